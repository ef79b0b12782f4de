#include "audit/audit.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "documents/iso_date.h"
#include "documents/json_writer.h"
#include "documents/utf8_text.h"
#include "scoring/results.h"

namespace sweetspot {
namespace {

// Role skills and priorities that no course teaches, not even through a related skill.
std::vector<AuditGap> coverage_gaps(const CatalogIndex& ix) {
  std::map<std::int32_t, std::vector<std::pair<std::string, std::string>>> needed;  // skill -> (source, ref)
  for (std::size_t p = 0; p < ix.priority_skill.size(); ++p)
    needed[ix.priority_skill[p]].push_back({"priority", ix.organization.priorities[p].need});
  for (std::size_t r = 0; r < ix.role_requirements.size(); ++r)
    for (const auto& req : ix.role_requirements[r]) needed[req.first].push_back({"role", ix.organization.roles[r].id});
  std::vector<AuditGap> gaps;
  for (auto& [skill, sources] : needed) {
    bool taught = false;
    for (std::uint32_t k = ix.related_begin[skill]; k < ix.related_begin[skill + 1] && !taught; ++k) {
      const std::int32_t s = ix.related[k].skill;
      taught = ix.posting_begin[s + 1] > ix.posting_begin[s];
    }
    if (taught) continue;
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    AuditGap gap{std::string(ix.skill_ids[skill]), std::string(ix.skill_labels[skill]), {}};
    for (auto& [source, ref] : sources) gap.needed_by.push_back({source, ref});
    gaps.push_back(std::move(gap));
  }
  return gaps;
}

template <class Counts>
void write_counts(JsonWriter& w, const Counts& counts) {
  w.begin_object();
  for (int q = 0; q < kQuadrantCount; ++q) w.key(kQuadrantNames[q]).integer(static_cast<std::int64_t>(counts[q]));
  w.end_object();
}

}  // namespace

AuditBuilder::AuditBuilder(const CatalogIndex& index, std::optional<Date> as_of, std::string learners_path, std::string team)
    : ix_(&index),
      as_of_(as_of),
      learners_path_(std::move(learners_path)),
      team_(std::move(team)),
      scorer_(index),
      course_counts_(index.course_count() * 4, 0) {}

void AuditBuilder::add(const Learner& learner, std::uint64_t seq) {
  if (!team_.empty() && learner.team != team_) return;
  scratch_.clear();
  scorer_.set_learner(learner, learners_path_ + "/" + std::to_string(seq), scratch_);
  for (Warning& w : scratch_) score_warnings_.emplace_back(seq, std::move(w));
  scorer_.score_all(scores_);

  Row row{seq, {}};
  AuditLearner& r = row.learner;
  r.id = learner.id;
  r.team = learner.team;
  r.role = learner.role;
  r.no_personal_agenda = scorer_.no_personal_agenda();
  const std::size_t courses = ix_->course_count();
  const std::uint8_t* quadrant = scores_.quadrant.data();
  std::uint32_t* counts = course_counts_.data();
  // Per-learner totals in registers: ++r.counts[q] would hit one memory slot thousands of times in
  // a row and wait on store-to-load forwarding each time.
  std::uint32_t n0 = 0, n1 = 0, n2 = 0;
  for (std::size_t c = 0; c < courses; ++c) {
    const std::uint8_t q = quadrant[c];
    ++counts[c * 4 + q];
    n0 += q == 0;
    n1 += q == 1;
    n2 += q == 2;
  }
  r.counts[0] += n0;
  r.counts[1] += n1;
  r.counts[2] += n2;
  r.counts[3] += static_cast<std::uint32_t>(courses) - n0 - n1 - n2;
  // Completed courses are few: look at those rather than at every course.
  completed_.clear();
  for (const std::string& id : learner.completed)
    if (const std::int32_t c = ix_->find_course(id); c >= 0) completed_.push_back(c);
  std::sort(completed_.begin(), completed_.end());
  completed_.erase(std::unique(completed_.begin(), completed_.end()), completed_.end());
  for (std::int32_t c : completed_) r.sweet_spot_completed += quadrant[c] == kSweetSpot;
  r.sweet_spot_available = r.counts[kSweetSpot] - r.sweet_spot_completed;
  if (learner.role_since && as_of_) r.years_in_role = whole_years_between(*learner.role_since, *as_of_);
  r.stagnant = r.years_in_role && *r.years_in_role >= kStagnationYears && r.sweet_spot_completed == 0;
  rows_.push_back(std::move(row));
}

void AuditBuilder::add_read_warnings(std::uint64_t seq, Warnings warnings) {
  for (Warning& w : warnings) read_warnings_.emplace_back(seq, std::move(w));
}

void AuditBuilder::merge(AuditBuilder&& other) {
  for (std::size_t i = 0; i < course_counts_.size(); ++i) course_counts_[i] += other.course_counts_[i];
  rows_.insert(rows_.end(), std::make_move_iterator(other.rows_.begin()), std::make_move_iterator(other.rows_.end()));
  other.rows_.clear();
  // Each builder's warnings are in input order (it saw its learners in that order): merge them so.
  auto merged = [](std::vector<SeqWarning>& mine, std::vector<SeqWarning>& theirs) {
    std::vector<SeqWarning> out;
    out.reserve(mine.size() + theirs.size());
    std::merge(std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()),
               std::make_move_iterator(theirs.begin()), std::make_move_iterator(theirs.end()), std::back_inserter(out),
               [](const SeqWarning& a, const SeqWarning& b) { return a.first < b.first; });
    mine = std::move(out);
    theirs.clear();
  };
  merged(read_warnings_, other.read_warnings_);
  merged(score_warnings_, other.score_warnings_);
}

bool AuditBuilder::finish(AuditReport& out, Error& error, Warnings documents, const Warnings& index) {
  const CatalogIndex& ix = *ix_;
  // Learner id order, the input order breaking ties (warnings are in input order already).
  std::sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
    return a.learner.id != b.learner.id ? a.learner.id < b.learner.id : a.seq < b.seq;
  });
  // A learner id twice (only streamed learners get here: a document's reader refuses it). As the
  // reader would, the error names the repeat that comes first in the input: the earliest second
  // row of any group of equal ids (rows of a group are in input order).
  std::size_t repeat = 0;
  for (std::size_t i = 1; i < rows_.size(); ++i)
    if (rows_[i].learner.id == rows_[i - 1].learner.id && (i < 2 || rows_[i - 2].learner.id != rows_[i].learner.id) &&
        (repeat == 0 || rows_[i].seq < rows_[repeat].seq))
      repeat = i;
  if (repeat > 0) {
    const Row& again = rows_[repeat];
    error = make_error(learners_path_ + "/" + std::to_string(again.seq) + "/id", "a unique learner id",
                       "\"" + clip(again.learner.id, 40) + "\" again (first at " + learners_path_ + "/" +
                           std::to_string(rows_[repeat - 1].seq) + ")");
    return false;
  }

  out = AuditReport{};
  out.as_of = as_of_ ? format_iso_date(*as_of_) : "";
  out.learners = rows_.size();
  out.personal_threshold = ix.personal_threshold;
  out.org_threshold = ix.org_threshold;
  const std::size_t courses = ix.course_count();
  out.courses.resize(courses);
  for (std::size_t c = 0; c < courses; ++c) {
    AuditCourse& course = out.courses[c];
    course.id = ix.course_ids[c];
    course.title = ix.course_titles[c];
    for (int q = 0; q < kQuadrantCount; ++q) {
      course.counts[q] = course_counts_[c * 4 + q];
      out.summary[q] += course.counts[q];
    }
  }
  // Waste for most: a strict majority of the learners.
  for (std::size_t c = 0; c < courses; ++c)
    if (out.learners > 0 && std::uint64_t{out.courses[c].counts[kWaste]} * 2 > out.learners) out.waste_for_most.push_back(c);
  std::stable_sort(out.waste_for_most.begin(), out.waste_for_most.end(), [&](std::size_t a, std::size_t b) {
    return out.courses[a].counts[kWaste] > out.courses[b].counts[kWaste];
  });
  out.coverage_gaps = coverage_gaps(ix);

  std::map<std::string, AuditTeam> teams;
  out.learner_results.reserve(rows_.size());
  for (Row& row : rows_) {
    const AuditLearner& l = row.learner;
    if (!l.team.empty()) {
      AuditTeam& t = teams[l.team];
      ++t.learners;
      t.stagnant += l.stagnant;
      for (int q = 0; q < kQuadrantCount; ++q) t.counts[q] += l.counts[q];
    }
    out.learner_results.push_back(std::move(row.learner));
  }
  rows_.clear();
  for (auto& [name, t] : teams) {
    t.name = name;
    out.teams.push_back(std::move(t));
  }

  out.warnings = std::move(documents);
  for (SeqWarning& w : read_warnings_) out.warnings.push_back(std::move(w.second));
  out.warnings.insert(out.warnings.end(), index.begin(), index.end());
  for (SeqWarning& w : score_warnings_) out.warnings.push_back(std::move(w.second));
  read_warnings_.clear();
  score_warnings_.clear();
  return true;
}

std::string audit_report_json(const AuditReport& r, bool pretty) {
  JsonWriter w(pretty);
  w.begin_object();
  w.key("schema").string(kSchema);
  w.key("asOf");
  if (!r.as_of.empty()) w.string(r.as_of);
  else w.null();
  w.key("learners").integer(static_cast<std::int64_t>(r.learners));
  w.key("thresholds").begin_object().key("personal").units(r.personal_threshold).key("org").units(r.org_threshold).end_object();
  w.key("summary");
  write_counts(w, r.summary);

  w.key("courses").begin_array();
  for (const AuditCourse& c : r.courses) {
    w.begin_object().key("course").string(c.id).key("title").string(c.title);
    for (int q = 0; q < kQuadrantCount; ++q) w.key(kQuadrantNames[q]).integer(c.counts[q]);
    w.end_object();
  }
  w.end_array();

  w.key("wasteForMost").begin_array();
  for (std::size_t c : r.waste_for_most)
    w.begin_object().key("course").string(r.courses[c].id).key("title").string(r.courses[c].title)
        .key("waste").integer(r.courses[c].counts[kWaste]).end_object();
  w.end_array();

  w.key("coverageGaps").begin_array();
  for (const AuditGap& g : r.coverage_gaps) {
    w.begin_object().key("skill").string(g.skill).key("label").string(g.label);
    w.key("neededBy").begin_array();
    for (const AuditNeed& n : g.needed_by)
      w.begin_object().key("source").string(n.source).key(n.source == "role" ? "role" : "need").string(n.ref).end_object();
    w.end_array().end_object();
  }
  w.end_array();

  w.key("learnerResults").begin_array();
  for (const AuditLearner& l : r.learner_results) {
    w.begin_object().key("learner").string(l.id);
    if (!l.team.empty()) w.key("team").string(l.team);
    w.key("role");
    if (l.role.empty()) w.null();
    else w.string(l.role);
    w.key("yearsInRole");
    if (l.years_in_role) w.integer(*l.years_in_role);
    else w.null();
    w.key("stagnant").boolean(l.stagnant);
    w.key("sweetSpotCompleted").integer(l.sweet_spot_completed);
    w.key("sweetSpotAvailable").integer(l.sweet_spot_available);
    w.key("noPersonalAgenda").boolean(l.no_personal_agenda);
    w.key("summary");
    write_counts(w, l.counts);
    w.end_object();
  }
  w.end_array();

  w.key("teams").begin_array();
  for (const AuditTeam& t : r.teams) {
    w.begin_object().key("team").string(t.name).key("learners").integer(static_cast<std::int64_t>(t.learners));
    w.key("stagnant").integer(static_cast<std::int64_t>(t.stagnant));
    w.key("summary");
    write_counts(w, t.counts);
    w.end_object();
  }
  w.end_array();
  w.key("warnings");
  write_warnings(w, r.warnings);
  w.end_object();
  return w.take();
}

std::string audit_json(const CatalogIndex& ix, const std::vector<Learner>& learners, const std::string& learners_path,
                       const std::optional<Date>& as_of, Warnings warnings, bool pretty) {
  AuditBuilder builder(ix, as_of, learners_path);
  for (std::size_t i = 0; i < learners.size(); ++i) builder.add(learners[i], i);
  AuditReport report;
  Error unused;  // learners from a document have unique ids (the reader checks)
  builder.finish(report, unused, std::move(warnings));
  return audit_report_json(report, pretty);
}

}  // namespace sweetspot
