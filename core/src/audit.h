// The team and catalog view: many learners against one index. Per course, how many learners it is
// each quadrant for; courses that are Waste for most; coverage gaps; per-learner stagnation
// (two years or more in the role with no Sweet Spot course completed); the same per team.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog_index.h"
#include "sweetspot/diagnostics.h"
#include "model.h"

namespace sweetspot {

std::string audit_json(const CatalogIndex& ix, const std::vector<Learner>& learners, const std::string& learners_path,
                       const std::optional<Date>& as_of, Warnings warnings, bool pretty);

// Years in the role that count as stagnation when no Sweet Spot course was completed (the seeds:
// learning slows after about two years).
constexpr int kStagnationYears = 2;

}  // namespace sweetspot
