#include "scoring/scoring.h"

#include <algorithm>
#include <cmath>

namespace sweetspot {

const char* quadrant_name(Quadrant q) {
  switch (q) {
    case kSweetSpot: return "sweet_spot";
    case kUphill: return "uphill";
    case kGift: return "gift";
    default: return "waste";
  }
}

const char* source_name(Source s) {
  switch (s) {
    case Source::kInterest: return "interest";
    case Source::kFeedback: return "feedback";
    case Source::kAspiration: return "aspiration";
    case Source::kPriority: return "priority";
    case Source::kRole: return "role";
    case Source::kMandatory: return "mandatory";
    default: return "none";
  }
}

namespace {

// "Strongest counts"; ties go to the earlier source, then the closer and smaller skill, then the
// smaller reference (references are canonical: roles and priorities are stored sorted).
bool stronger(const Demand& a, const Demand& b) {
  if (a.units != b.units) return a.units > b.units;
  if (a.source != b.source) return a.source < b.source;
  if (a.hops != b.hops) return a.hops < b.hops;
  if (a.origin != b.origin) return a.origin < b.origin;
  return a.ref < b.ref;
}

}  // namespace

LearnerScorer::LearnerScorer(const CatalogIndex& index) : ix_(index) {
  const std::size_t skills = ix_.skill_count(), courses = ix_.course_count();
  current_level_.assign(skills, 0);
  vetoed_.assign(skills, 0);
  direct_personal_.assign(skills, {});
  direct_org_.assign(skills, {});
  effective_personal_.assign(skills, {});
  effective_org_.assign(skills, {});
  in_touched_.assign(skills, 0);
  in_effective_.assign(skills, 0);
  completed_.assign(courses, 0);
  personal_sum_.assign(courses, 0);
  org_sum_.assign(courses, 0);
  mastered_skills_.assign(courses, 0);
  course_touched_.assign(courses, 0);
  // Results of an untouched course: personal 0, org 0 (kUnit if mandatory). Only the
  // no_personal_agenda flag depends on the learner, hence two flag arrays.
  const int tp = ix_.personal_threshold, to = ix_.org_threshold, margin = ix_.borderline_margin;
  base_org_.resize(courses);
  base_quadrant_.resize(courses);
  base_flags_[0].resize(courses);
  base_flags_[1].resize(courses);
  for (std::size_t c = 0; c < courses; ++c) {
    const int org = ix_.course_mandatory[c] ? kUnit : 0;
    const bool wanted = 0 >= tp, needed = org >= to;
    base_org_[c] = static_cast<std::uint16_t>(org);
    base_quadrant_[c] = needed ? (wanted ? kSweetSpot : kUphill) : (wanted ? kGift : kWaste);
    const unsigned mandatory = ix_.course_mandatory[c] ? unsigned{kFlagMandatory} : 0u;
    const unsigned org_borderline = std::abs(org - to) < margin ? unsigned{kFlagBorderline} : 0u;
    const unsigned personal_borderline = std::abs(0 - tp) < margin ? unsigned{kFlagBorderline} : 0u;
    base_flags_[0][c] = static_cast<std::uint8_t>(mandatory | org_borderline | personal_borderline);
    base_flags_[1][c] = static_cast<std::uint8_t>(mandatory | org_borderline | kFlagNoPersonalAgenda);
  }
}

void LearnerScorer::reset() {
  for (std::int32_t s : touched_) {
    current_level_[s] = 0;
    vetoed_[s] = 0;
    direct_personal_[s] = {};
    direct_org_[s] = {};
    in_touched_[s] = 0;
  }
  for (std::int32_t s : effective_touched_) {
    effective_personal_[s] = {};
    effective_org_[s] = {};
    in_effective_[s] = 0;
  }
  touched_.clear();
  demanded_.clear();
  effective_touched_.clear();
  for (std::int32_t c : completed_list_) completed_[c] = 0;
  completed_list_.clear();
}

void LearnerScorer::add_direct(std::vector<Demand>& direct, std::int32_t skill, Demand d) {
  d.origin = skill;
  if (!in_touched_[skill]) {
    in_touched_[skill] = 1;
    touched_.push_back(skill);
  }
  if (direct[skill].units == 0 && d.units > 0) demanded_.push_back(skill);
  if (stronger(d, direct[skill])) direct[skill] = d;
}

// "Not for me" covers the skill and every skill narrower than it, at any depth.
void LearnerScorer::veto_narrower_closure(std::int32_t skill) {
  std::vector<std::int32_t> stack{skill};
  while (!stack.empty()) {
    std::int32_t s = stack.back();
    stack.pop_back();
    if (vetoed_[s]) continue;
    vetoed_[s] = 1;
    if (!in_touched_[s]) {
      in_touched_[s] = 1;
      touched_.push_back(s);
    }
    if (ix_.narrower_begin.empty()) continue;
    for (std::uint32_t k = ix_.narrower_begin[s]; k < ix_.narrower_begin[s + 1]; ++k) stack.push_back(ix_.narrower[k]);
  }
}

// ---- 1. The agenda as direct demand ------------------------------------------------------------

void LearnerScorer::set_learner(const Learner& learner, const std::string& path, Warnings& warnings) {
  reset();
  learner_ = &learner;
  // The JSON pointer of an entry is built only for a warning: most learners have none.
  auto entry_path = [&](const char* list, std::size_t i, const char* key = nullptr) {
    std::string at = path + "/" + list + "/" + std::to_string(i);
    return key ? at + "/" + key : at;
  };
  auto known_skill = [&](const std::string& id, const char* list, std::size_t i) -> std::int32_t {
    const std::int32_t s = ix_.find_skill(id);  // still used when the catalog names it: equal ids always match
    if (!ix_.knows_skill_at(s)) warnings.push_back({entry_path(list, i, "skill"), "unknown skill \"" + id + "\""});
    return s;
  };

  // Current levels first: demand from roles counts only above them.
  for (std::size_t i = 0; i < learner.proficiency.size(); ++i) {
    std::int32_t s = known_skill(learner.proficiency[i].skill, "proficiency", i);
    if (s < 0) continue;
    current_level_[s] = static_cast<std::uint8_t>(learner.proficiency[i].level);
    if (!in_touched_[s]) {
      in_touched_[s] = 1;
      touched_.push_back(s);
    }
  }

  role_ = -1;
  if (!learner.role.empty()) {
    role_ = ix_.find_role(learner.role);
    if (role_ < 0) warnings.push_back({path + "/role", "unknown role \"" + learner.role + "\""});
  }
  std::vector<std::int32_t> aspired;
  for (std::size_t i = 0; i < learner.aspirations.size(); ++i) {
    std::int32_t r = ix_.find_role(learner.aspirations[i]);
    if (r < 0) warnings.push_back({entry_path("aspirations", i), "unknown role \"" + learner.aspirations[i] + "\""});
    else aspired.push_back(r);
  }
  for (std::size_t i = 0; i < learner.completed.size(); ++i) {
    std::int32_t c = ix_.find_course(learner.completed[i]);
    if (c < 0) warnings.push_back({entry_path("completed", i), "unknown course \"" + learner.completed[i] + "\""});
    else if (!completed_[c]) {
      completed_[c] = 1;
      completed_list_.push_back(c);
    }
  }
  no_personal_agenda_ = learner.interests.empty() && learner.aspirations.empty() && learner.feedback.empty();

  // Personal: interests, accepted 360 needs, and what aspired roles require above the current level.
  std::vector<std::int32_t> vetoes;
  for (std::size_t i = 0; i < learner.interests.size(); ++i) {
    const Interest& in = learner.interests[i];
    std::int32_t s = known_skill(in.skill, "interests", i);
    if (s < 0) continue;
    if (in.strength == 0) vetoes.push_back(s);
    else add_direct(direct_personal_, s, {static_cast<std::uint16_t>(to_units(in.strength)), Source::kInterest, static_cast<std::int32_t>(i)});
  }
  for (std::size_t i = 0; i < learner.feedback.size(); ++i) {
    std::int32_t s = known_skill(learner.feedback[i].skill, "feedback", i);
    if (s >= 0) add_direct(direct_personal_, s, {static_cast<std::uint16_t>(to_units(learner.feedback[i].need)), Source::kFeedback, static_cast<std::int32_t>(i)});
  }
  const auto aspiration = static_cast<std::uint16_t>(to_units(ix_.organization.policy.aspiration_weight));
  for (std::int32_t r : aspired)
    for (const auto& [s, level] : ix_.role_requirements[r])
      if (level > current_level_[s]) add_direct(direct_personal_, s, {aspiration, Source::kAspiration, r});
  for (std::int32_t s : vetoes) veto_narrower_closure(s);

  // Org: what the own role requires above the current level, and the organization's priorities.
  const auto role_units = static_cast<std::uint16_t>(to_units(ix_.organization.policy.role_weight));
  if (role_ >= 0)
    for (const auto& [s, level] : ix_.role_requirements[role_])
      if (level > current_level_[s]) add_direct(direct_org_, s, {role_units, Source::kRole, role_});
  for (std::size_t p = 0; p < ix_.priority_skill.size(); ++p)
    add_direct(direct_org_, ix_.priority_skill[p],
               {static_cast<std::uint16_t>(to_units(ix_.organization.priorities[p].weight)), Source::kPriority, static_cast<std::int32_t>(p)});

  // ---- 2. Spread through the taxonomy ----------------------------------------------------------
  std::sort(demanded_.begin(), demanded_.end());
  demanded_.erase(std::unique(demanded_.begin(), demanded_.end()), demanded_.end());
  spread(direct_personal_, effective_personal_, true);
  spread(direct_org_, effective_org_, false);
}

void LearnerScorer::spread(const std::vector<Demand>& direct, std::vector<Demand>& effective, bool personal) {
  for (std::int32_t t : demanded_) {
    const Demand& d = direct[t];
    if (d.units == 0 || (personal && vetoed_[t])) continue;
    for (std::uint32_t k = ix_.related_begin[t]; k < ix_.related_begin[t + 1]; ++k) {
      const Related& rel = ix_.related[k];
      if (personal && vetoed_[rel.skill]) continue;
      Demand e = d;
      e.units = static_cast<std::uint16_t>(std::llround(d.units * ix_.match_by_hops[rel.hops]));
      e.hops = static_cast<std::uint8_t>(rel.hops);
      if (e.units == 0 || !stronger(e, effective[rel.skill])) continue;
      effective[rel.skill] = e;
      if (!in_effective_[rel.skill]) {
        in_effective_[rel.skill] = 1;
        effective_touched_.push_back(rel.skill);
      }
    }
  }
}

// ---- 3 and 4. Course scores and quadrants -------------------------------------------------------

void LearnerScorer::score_all(Scores& out) {
  const std::size_t courses = ix_.course_count();
  // Sparse reset: only the courses the previous learner reached hold sums.
  for (std::int32_t c : touched_courses_) {
    personal_sum_[c] = org_sum_[c] = 0;
    mastered_skills_[c] = 0;
    course_touched_[c] = 0;
  }
  touched_courses_.clear();

  // Walk only the courses that teach a demanded skill (the inverted index); the rest score 0.
  for (std::int32_t s : effective_touched_) {
    const std::uint32_t personal = effective_personal_[s].units, org = effective_org_[s].units;
    const std::uint8_t held = current_level_[s];
    for (std::uint32_t k = ix_.posting_begin[s]; k < ix_.posting_begin[s + 1]; ++k) {
      if (ix_.posting_level[k] <= held) continue;  // no growth in a skill already held at that level
      const std::int32_t c = ix_.posting_course[k];
      const std::uint32_t share = ix_.posting_share[k];
      personal_sum_[c] += share * personal / kUnit;
      org_sum_[c] += share * org / kUnit;
      touch_course(c);
    }
  }
  // "Mastered": every skill of the course is held at or above the level it teaches.
  for (std::int32_t s : touched_) {
    const std::uint8_t held = current_level_[s];
    if (held == 0) continue;
    for (std::uint32_t k = ix_.posting_begin[s]; k < ix_.posting_begin[s + 1]; ++k)
      if (ix_.posting_level[k] <= held) {
        ++mastered_skills_[ix_.posting_course[k]];
        touch_course(ix_.posting_course[k]);
      }
  }
  for (std::int32_t c : completed_list_) touch_course(c);

  // Untouched courses: the precomputed results, copied in bulk.
  out.personal.assign(courses, 0);
  out.org.assign(base_org_.begin(), base_org_.end());
  out.quadrant.assign(base_quadrant_.begin(), base_quadrant_.end());
  out.flags.assign(base_flags_[no_personal_agenda_ ? 1 : 0].begin(), base_flags_[no_personal_agenda_ ? 1 : 0].end());

  const int tp = ix_.personal_threshold, to = ix_.org_threshold, margin = ix_.borderline_margin;
  const bool npa = no_personal_agenda_;
  for (std::int32_t c : touched_courses_) {
    const int personal = static_cast<int>(personal_sum_[c]);
    const int org = ix_.course_mandatory[c] ? kUnit : static_cast<int>(org_sum_[c]);
    const bool wanted = personal >= tp, needed = org >= to;
    out.personal[c] = static_cast<std::uint16_t>(personal);
    out.org[c] = static_cast<std::uint16_t>(org);
    out.quadrant[c] = needed ? (wanted ? kSweetSpot : kUphill) : (wanted ? kGift : kWaste);
    unsigned flags = npa ? unsigned{kFlagNoPersonalAgenda} : 0u;
    if (ix_.course_mandatory[c]) flags |= kFlagMandatory;
    if (completed_[c]) flags |= kFlagCompleted;
    const std::uint32_t skills = ix_.course_skill_begin[c + 1] - ix_.course_skill_begin[c];
    if (skills > 0 && mastered_skills_[c] == skills) flags |= kFlagMastered;
    if (std::abs(org - to) < margin || (!npa && std::abs(personal - tp) < margin)) flags |= kFlagBorderline;
    out.flags[c] = static_cast<std::uint8_t>(flags);
  }
}

std::vector<Contribution> LearnerScorer::explain(std::int32_t course) const {
  std::vector<Contribution> terms;
  std::uint32_t org_total = 0;
  for (std::uint32_t k = ix_.course_skill_begin[course]; k < ix_.course_skill_begin[course + 1]; ++k) {
    const std::int32_t s = ix_.course_skill[k];
    const int level = ix_.course_skill_level[k];
    if (level <= current_level_[s]) continue;
    const std::uint32_t share = ix_.course_skill_share[k];
    const Demand& p = effective_personal_[s];
    const Demand& o = effective_org_[s];
    if (auto amount = static_cast<std::uint16_t>(share * p.units / kUnit); amount > 0)
      terms.push_back({Axis::kPersonal, s, level, p, amount});
    if (auto amount = static_cast<std::uint16_t>(share * o.units / kUnit); amount > 0) {
      terms.push_back({Axis::kOrg, s, level, o, amount});
      org_total += amount;
    }
  }
  // A mandatory course has org = 1: the rule supplies whatever the other org terms leave.
  if (ix_.course_mandatory[course] && org_total < kUnit) {
    Demand rule;
    rule.units = kUnit;
    rule.source = Source::kMandatory;
    terms.push_back({Axis::kOrg, -1, 0, rule, static_cast<std::uint16_t>(kUnit - org_total)});
  }
  std::sort(terms.begin(), terms.end(), [](const Contribution& a, const Contribution& b) {
    if (a.axis != b.axis) return a.axis < b.axis;
    if (a.amount != b.amount) return a.amount > b.amount;
    return a.skill < b.skill;
  });
  return terms;
}

}  // namespace sweetspot
