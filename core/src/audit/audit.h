// The team and catalog view: many learners against one index. Per course, how many learners it is
// each quadrant for; courses that are Waste for most; coverage gaps; per-learner stagnation
// (two years or more in the role with no Sweet Spot course completed); the same per team.
//
// One implementation, incremental: an AuditBuilder takes learners one at a time and keeps only
// counts and one small row per learner, so learners can be streamed. Several builders (one per
// thread, each with its own scorer over the shared, read-only index) merge into one; every learner
// carries its position in the input (`seq`), which orders the warnings and breaks ties, so the
// result does not depend on how learners were spread over builders or in which order they merged.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "index/catalog_index.h"
#include "model.h"
#include "scoring/scoring.h"
#include "sweetspot/audit.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot {

// Years in the role that count as stagnation when no Sweet Spot course was completed (the seeds:
// learning slows after about two years).
constexpr int kStagnationYears = 2;

class AuditBuilder {
 public:
  // `learners_path` is the pointer of the learners array ("/learners"), for warning paths. A
  // non-empty `team` keeps only that team's learners.
  AuditBuilder(const CatalogIndex& index, std::optional<Date> as_of, std::string learners_path = "/learners",
               std::string team = {});
  AuditBuilder(AuditBuilder&&) = default;

  // Scores learner number `seq` of the input (0-based). The learner is not kept. One builder sees
  // its learners in increasing `seq` (their warnings stay in input order without a sort).
  void add(const Learner& learner, std::uint64_t seq);
  // Warnings found while reading learner `seq` (streamed learners): reported with the documents'.
  void add_read_warnings(std::uint64_t seq, Warnings warnings);
  // Takes over another builder's learners (any order of merges gives the same result).
  void merge(AuditBuilder&& other);
  std::uint64_t size() const { return rows_.size(); }

  // The report. Warnings, in order: `documents` (what reading the documents found), the streamed
  // learners' read warnings, `index` (compiling the catalog), then the scoring warnings of each
  // learner, all in input order. Fails only on a learner id seen twice (streamed learners).
  bool finish(AuditReport& out, Error& error, Warnings documents, const Warnings& index = {});

 private:
  struct Row {
    std::uint64_t seq;
    AuditLearner learner;
  };
  using SeqWarning = std::pair<std::uint64_t, Warning>;

  const CatalogIndex* ix_;
  std::optional<Date> as_of_;
  std::string learners_path_, team_;
  LearnerScorer scorer_;
  Scores scores_;
  std::vector<std::uint32_t> course_counts_;  // course * 4 + quadrant
  std::vector<Row> rows_;
  std::vector<SeqWarning> read_warnings_, score_warnings_;
  Warnings scratch_;
  std::vector<std::int32_t> completed_;
};

// The audit of learners already in memory, as JSON (Engine::audit, audit_document): one builder.
std::string audit_json(const CatalogIndex& ix, const std::vector<Learner>& learners, const std::string& learners_path,
                       const std::optional<Date>& as_of, Warnings warnings, bool pretty);

}  // namespace sweetspot
