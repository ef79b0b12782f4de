// Classification results as JSON, in one fixed key order (see README "Output").
#pragma once
#include <optional>
#include <string>

#include "index/catalog_index.h"
#include "sweetspot/diagnostics.h"
#include "documents/json_writer.h"
#include "scoring/explanations.h"
#include "scoring/scoring.h"

namespace sweetspot {

// One course: {course, title, quadrant, personal, org, reasons, framing?, flags}.
void write_course_result(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                         std::int32_t course);

void write_warnings(JsonWriter& w, const Warnings& warnings);
void write_summary(JsonWriter& w, const std::uint32_t counts[kQuadrantCount]);

// The whole classification of the scorer's learner. Not `full`: only {learner, asOf, growth,
// warnings}, for hosts that read the arrays and totals from memory and call explain per course.
std::string classification_json(const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                                 const std::optional<Date>& as_of, const Warnings& warnings, bool full, bool pretty);

// The same into `w` (compact or pretty as `w` was made): the compact classification of every call
// goes into one writer, and its growth messages through one scratch, that the engine reuses.
void write_classification(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                          const std::optional<Date>& as_of, const Warnings& warnings, bool full, GrowthScratch& scratch);

}  // namespace sweetspot
