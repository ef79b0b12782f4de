// Skill suggestions as JSON: {courses: [{id?, suggestions}]} for a batch, else {suggestions}, then
// warnings. Each suggestion is {skill, label, confidence, why, matches: [{field, tag?, start, end,
// text, kind, term}]}: `why` says in one plain sentence where the skill was found; `term` is the
// taxonomy's label or alias that matched, as an admin would put it in rejectedAliases.
#pragma once
#include <string>

#include "suggest/skill_suggester.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot {

std::string suggestions_json(const Taxonomy& taxonomy, const SkillSuggester& suggester, const SuggestionRequest& request,
                             const Warnings& warnings);

}  // namespace sweetspot
