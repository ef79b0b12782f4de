// The catalog audit for hosts that need more than engine.h's audit_document(): the report as values
// (for CSV and HTML renderers), several threads, learners streamed one at a time (NDJSON), a team
// filter (the manager's view), progress. The JSON of audit_report_json() is byte for byte the JSON
// of audit_document() (README "Output"), whatever the number of threads and whether the learners
// came in one document or streamed.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sweetspot/codes.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot {

struct AuditCourse {
  std::string id, title;
  std::array<std::uint32_t, kQuadrantCount> counts{};  // learners it is each quadrant for, by Quadrant code
};

// Who needs a skill no course teaches: {source "priority", ref = its need} or {source "role", ref = the role id}.
struct AuditNeed {
  std::string source, ref;
};

struct AuditGap {
  std::string skill, label;
  std::vector<AuditNeed> needed_by;
};

struct AuditLearner {
  std::string id, team, role;  // team and role "" when not given
  std::optional<int> years_in_role;  // unknown without roleSince or asOf
  bool stagnant = false;       // two whole years or more in the role, no Sweet Spot course completed
  std::uint32_t sweet_spot_completed = 0, sweet_spot_available = 0;
  bool no_personal_agenda = false;
  std::array<std::uint32_t, kQuadrantCount> counts{};  // courses in each quadrant for this learner, by Quadrant code
};

struct AuditTeam {
  std::string name;
  std::uint64_t learners = 0, stagnant = 0;
  std::array<std::uint64_t, 4> counts{};
};

struct AuditReport {
  std::string as_of;  // YYYY-MM-DD, "" when not given
  std::uint64_t learners = 0;
  int personal_threshold = 0, org_threshold = 0;  // units of 1/10000
  std::array<std::uint64_t, 4> summary{};
  std::vector<AuditCourse> courses;             // course id order
  std::vector<std::size_t> waste_for_most;      // indexes into `courses`: Waste for a strict majority, most first
  std::vector<AuditGap> coverage_gaps;          // skill id order
  std::vector<AuditLearner> learner_results;    // learner id order
  std::vector<AuditTeam> teams;                 // team name order (learners without a team are in none)
  Warnings warnings;
};

// The audit JSON (README "Output").
std::string audit_report_json(const AuditReport& report, bool pretty = false);

struct AuditOptions {
  // Learners scored in parallel, each thread with its own scorer over the shared catalog index.
  // 0: the hardware's concurrency. Builds without threads (WebAssembly) always use 1.
  unsigned threads = 1;
  // Non-empty: only the learners of this team are audited (a manager's view of the same report).
  std::string team;
  // Called from the calling thread, often (after every few learners): learners audited so far, and
  // out of how many (0 when not known in advance, as for streamed learners).
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

struct AuditResult {
  bool ok = false;
  AuditReport report;
  Error error;
};

// {schema?, taxonomy?, organization, catalog, learners, asOf?} -> the audit.
AuditResult audit_report(std::string_view json, const AuditOptions& options = {});

// Learners one JSON object at a time, e.g. the lines of an NDJSON file. `next` sets `text` to the
// next learner and `line` to where it starts, and returns true; at the end it returns false. On a
// read failure it returns false with `error.message` set. Blank texts are skipped.
class LearnerSource {
 public:
  virtual ~LearnerSource() = default;
  virtual bool next(std::string& text, std::uint64_t& line, Error& error) = 0;
};

// The largest number of streamed learners (a document holds at most 100,000): each costs a small
// row in memory (learnerResults), never its whole profile.
constexpr std::uint64_t kMaxStreamedLearners = 5000000;

// {schema?, taxonomy?, organization, catalog, asOf?} plus the learners of `learners`, read, scored
// and dropped one at a time. Paths in errors and warnings are those of the same learners in a
// `learners` array ("/learners/12/interests/0/skill"); error messages also name `source_name:line`.
// The output is byte for byte what audit_report() gives for the same learners in a `learners` array.
AuditResult audit_report_stream(std::string_view documents, LearnerSource& learners, std::string_view source_name,
                                const AuditOptions& options = {});

}  // namespace sweetspot
