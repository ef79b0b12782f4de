// What a learner reads: each score term in plain words, the framing of an Uphill course, the note
// of a Gift, and "when we grow, you grow". English sentences; hosts may rebuild them from the
// structured fields (source, skill, via, amount) in other languages.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "index/catalog_index.h"
#include "scoring/scoring.h"

namespace sweetspot {

std::string reason_text(const CatalogIndex& ix, const LearnerScorer& scorer, const Contribution& term);

// Uphill: the rationale of the largest org term. Gift: the gift policy's note. Otherwise "".
std::string framing_text(const CatalogIndex& ix, Quadrant quadrant, const std::vector<Contribution>& terms);

struct GrowthMessage {
  std::int32_t initiative;
  std::string message;
  std::vector<std::int32_t> courses;  // Sweet Spot courses that build toward it
};

// Initiatives whose roles the learner aspires to, or whose skills the learner wants.
std::vector<GrowthMessage> growth_messages(const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores);

}  // namespace sweetspot
