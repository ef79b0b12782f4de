#include "audit.h"

#include <algorithm>
#include <map>

#include "iso_date.h"
#include "json_writer.h"
#include "results.h"
#include "scoring.h"

namespace sweetspot {
namespace {

struct LearnerRow {
  const Learner* learner;
  std::optional<int> years_in_role;
  std::uint32_t sweet_spot_available = 0, sweet_spot_completed = 0;
  std::uint32_t counts[4] = {0, 0, 0, 0};
  bool no_personal_agenda = false;
  bool stagnant = false;
};

struct TeamRow {
  std::uint32_t learners = 0, stagnant = 0;
  std::uint32_t counts[4] = {0, 0, 0, 0};
};

// Role skills and priorities that no course teaches, not even through a related skill.
void write_coverage_gaps(JsonWriter& w, const CatalogIndex& ix) {
  std::map<std::int32_t, std::vector<std::pair<std::string, std::string>>> needed;  // skill -> (source, detail)
  for (std::size_t p = 0; p < ix.priority_skill.size(); ++p)
    needed[ix.priority_skill[p]].push_back({"priority", ix.organization.priorities[p].need});
  for (std::size_t r = 0; r < ix.role_requirements.size(); ++r)
    for (const auto& req : ix.role_requirements[r]) needed[req.first].push_back({"role", ix.organization.roles[r].id});
  w.begin_array();
  for (auto& [skill, sources] : needed) {
    bool taught = false;
    for (std::uint32_t k = ix.related_begin[skill]; k < ix.related_begin[skill + 1] && !taught; ++k) {
      const std::int32_t s = ix.related[k].skill;
      taught = ix.posting_begin[s + 1] > ix.posting_begin[s];
    }
    if (taught) continue;
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    w.begin_object().key("skill").string(ix.skill_ids[skill]).key("label").string(ix.skill_labels[skill]);
    w.key("neededBy").begin_array();
    for (const auto& [source, detail] : sources)
      w.begin_object().key("source").string(source).key(source == "role" ? "role" : "need").string(detail).end_object();
    w.end_array().end_object();
  }
  w.end_array();
}

}  // namespace

std::string audit_json(const CatalogIndex& ix, const std::vector<Learner>& learners, const std::string& learners_path,
                       const std::optional<Date>& as_of, Warnings warnings, bool pretty) {
  const std::size_t courses = ix.course_count();
  std::vector<std::uint32_t> course_counts(courses * 4, 0);
  std::vector<LearnerRow> rows(learners.size());
  LearnerScorer scorer(ix);
  Scores scores;
  for (std::size_t i = 0; i < learners.size(); ++i) {
    const Learner& learner = learners[i];
    scorer.set_learner(learner, learners_path + "/" + std::to_string(i), warnings);
    scorer.score_all(scores);
    LearnerRow& row = rows[i];
    row.learner = &learner;
    row.no_personal_agenda = scorer.no_personal_agenda();
    for (std::size_t c = 0; c < courses; ++c) {
      const std::uint8_t q = scores.quadrant[c];
      ++course_counts[c * 4 + q];
      ++row.counts[q];
      if (q == kSweetSpot && scorer.completed(static_cast<std::int32_t>(c))) ++row.sweet_spot_completed;
    }
    row.sweet_spot_available = row.counts[kSweetSpot] - row.sweet_spot_completed;
    if (learner.role_since && as_of) row.years_in_role = whole_years_between(*learner.role_since, *as_of);
    row.stagnant = row.years_in_role && *row.years_in_role >= kStagnationYears && row.sweet_spot_completed == 0;
  }
  std::sort(rows.begin(), rows.end(), [](const LearnerRow& a, const LearnerRow& b) { return a.learner->id < b.learner->id; });

  JsonWriter w(pretty);
  w.begin_object();
  w.key("schema").string("sweetspot/1");
  w.key("asOf");
  if (as_of) w.string(format_iso_date(*as_of));
  else w.null();
  w.key("learners").integer(static_cast<std::int64_t>(learners.size()));
  w.key("thresholds").begin_object().key("personal").units(ix.personal_threshold).key("org").units(ix.org_threshold).end_object();
  std::uint32_t totals[4] = {0, 0, 0, 0};
  for (std::size_t c = 0; c < courses; ++c)
    for (int q = 0; q < 4; ++q) totals[q] += course_counts[c * 4 + q];
  w.key("summary");
  write_summary(w, totals);

  w.key("courses").begin_array();
  for (std::size_t c = 0; c < courses; ++c) {
    w.begin_object().key("course").string(ix.course_ids[c]).key("title").string(ix.course_titles[c]);
    for (int q = 0; q < 4; ++q) w.key(quadrant_name(static_cast<Quadrant>(q))).integer(course_counts[c * 4 + q]);
    w.end_object();
  }
  w.end_array();

  // Waste for most: a strict majority of the learners.
  std::vector<std::int32_t> waste;
  for (std::size_t c = 0; c < courses; ++c)
    if (!learners.empty() && course_counts[c * 4 + kWaste] * 2 > learners.size()) waste.push_back(static_cast<std::int32_t>(c));
  std::stable_sort(waste.begin(), waste.end(), [&](std::int32_t a, std::int32_t b) {
    return course_counts[a * 4 + kWaste] > course_counts[b * 4 + kWaste];
  });
  w.key("wasteForMost").begin_array();
  for (std::int32_t c : waste)
    w.begin_object().key("course").string(ix.course_ids[c]).key("title").string(ix.course_titles[c])
        .key("waste").integer(course_counts[c * 4 + kWaste]).end_object();
  w.end_array();

  w.key("coverageGaps");
  write_coverage_gaps(w, ix);

  std::map<std::string, TeamRow> teams;
  w.key("learnerResults").begin_array();
  for (const LearnerRow& row : rows) {
    const Learner& l = *row.learner;
    w.begin_object().key("learner").string(l.id);
    if (!l.team.empty()) w.key("team").string(l.team);
    w.key("role");
    if (l.role.empty()) w.null();
    else w.string(l.role);
    w.key("yearsInRole");
    if (row.years_in_role) w.integer(*row.years_in_role);
    else w.null();
    w.key("stagnant").boolean(row.stagnant);
    w.key("sweetSpotCompleted").integer(row.sweet_spot_completed);
    w.key("sweetSpotAvailable").integer(row.sweet_spot_available);
    w.key("noPersonalAgenda").boolean(row.no_personal_agenda);
    w.key("summary");
    write_summary(w, row.counts);
    w.end_object();
    if (!l.team.empty()) {
      TeamRow& t = teams[l.team];
      ++t.learners;
      t.stagnant += row.stagnant;
      for (int q = 0; q < 4; ++q) t.counts[q] += row.counts[q];
    }
  }
  w.end_array();

  w.key("teams").begin_array();
  for (const auto& [name, t] : teams) {
    w.begin_object().key("team").string(name).key("learners").integer(t.learners).key("stagnant").integer(t.stagnant);
    w.key("summary");
    write_summary(w, t.counts);
    w.end_object();
  }
  w.end_array();
  w.key("warnings");
  write_warnings(w, warnings);
  w.end_object();
  return w.take();
}

}  // namespace sweetspot
