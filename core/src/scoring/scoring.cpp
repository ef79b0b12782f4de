// The scoring model, in the order of scoring.h: 1. the agenda as direct demand, 2. spread through
// the taxonomy, 3. course scores, 4. quadrant and flags; then the explanation of one course, the
// numbers the steps use, and the bookkeeping that lets a learner cost only what it touches.
#include "scoring/scoring.h"

#include <algorithm>
#include <cmath>

#include "documents/input_limits.h"

namespace sweetspot {
namespace {

// "Strongest counts"; ties go to the earlier source, then the closer and smaller skill, then the
// smaller reference (references are canonical: roles and priorities are stored sorted). A total
// order: the strongest of a set of demands is the same whatever order they come in. (Inlined:
// spread asks it once per related skill, and at -Oz it stayed a call.)
__attribute__((always_inline)) inline bool stronger(const Demand& a, const Demand& b) {
  if (a.units != b.units) return a.units > b.units;
  if (a.source != b.source) return a.source < b.source;
  if (a.hops != b.hops) return a.hops < b.hops;
  if (a.origin != b.origin) return a.origin < b.origin;
  return a.ref < b.ref;
}

// std::llround for 0 <= x < 2^32, without its library call (one per related skill in spread): x
// minus its integer part is exact, so the half-way test is too, and ties go up as llround's do.
std::uint32_t round_nonnegative(double x) {
  const auto whole = static_cast<std::uint32_t>(x);
  return x - whole >= 0.5 ? whole + 1 : whole;
}

Demand demand(double weight, Source source, std::size_t ref) {
  Demand d;
  d.units = static_cast<std::uint16_t>(to_units(weight));
  d.source = source;
  d.ref = static_cast<std::int32_t>(ref);
  return d;
}

}  // namespace

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
    const std::int32_t s = skills_.find(id);  // still used when the catalog names it: equal ids always match
    if (!ix_.knows_skill_at(s)) warnings.push_back({entry_path(list, i, "skill"), "unknown skill \"" + id + "\""});
    return s;
  };

  // Current levels first: demand from roles counts only above them.
  for (std::size_t i = 0; i < learner.proficiency.size(); ++i) {
    std::int32_t s = known_skill(learner.proficiency[i].skill, "proficiency", i);
    if (s < 0) continue;
    current_level_[s] = static_cast<std::uint8_t>(learner.proficiency[i].level);
    touched_.add(s);
  }

  role_ = -1;
  if (!learner.role.empty()) {
    role_ = ix_.find_role(learner.role);
    if (role_ < 0) warnings.push_back({path + "/role", "unknown role \"" + learner.role + "\""});
  }
  std::vector<std::int32_t>& aspired = aspired_;  // members, so that a learner allocates nothing once warm
  aspired.clear();
  for (std::size_t i = 0; i < learner.aspirations.size(); ++i) {
    std::int32_t r = ix_.find_role(learner.aspirations[i]);
    if (r < 0) warnings.push_back({entry_path("aspirations", i), "unknown role \"" + learner.aspirations[i] + "\""});
    else aspired.push_back(r);
  }
  for (std::size_t i = 0; i < learner.completed.size(); ++i) {
    std::int32_t c = courses_.find(learner.completed[i]);
    if (c < 0) warnings.push_back({entry_path("completed", i), "unknown course \"" + learner.completed[i] + "\""});
    else completed_.add(c);
  }
  no_personal_agenda_ = learner.interests.empty() && learner.aspirations.empty() && learner.feedback.empty();

  // Personal: interests, accepted 360 needs, and what aspired roles require above the current level.
  std::vector<std::int32_t>& vetoes = vetoes_;
  vetoes.clear();
  for (std::size_t i = 0; i < learner.interests.size(); ++i) {
    const Interest& in = learner.interests[i];
    std::int32_t s = known_skill(in.skill, "interests", i);
    if (s < 0) continue;
    if (in.strength == 0) vetoes.push_back(s);
    else add_direct(direct_personal_, demanded_personal_, s, demand(in.strength, Source::kInterest, i));
  }
  for (std::size_t i = 0; i < learner.feedback.size(); ++i) {
    std::int32_t s = known_skill(learner.feedback[i].skill, "feedback", i);
    if (s >= 0) add_direct(direct_personal_, demanded_personal_, s, demand(learner.feedback[i].need, Source::kFeedback, i));
  }
  const Policy& policy = ix_.organization.policy;
  for (std::int32_t r : aspired)
    for (const auto& [s, level] : ix_.role_requirements[r])
      if (level > current_level_[s]) add_direct(direct_personal_, demanded_personal_, s, demand(policy.aspiration_weight, Source::kAspiration, r));
  for (std::int32_t s : vetoes) veto_narrower_closure(s);

  // Org: what the own role requires above the current level, and the organization's priorities.
  if (role_ >= 0)
    for (const auto& [s, level] : ix_.role_requirements[role_])
      if (level > current_level_[s]) add_direct(direct_org_, demanded_org_, s, demand(policy.role_weight, Source::kRole, role_));
  for (std::size_t p = 0; p < ix_.priority_skill.size(); ++p)
    add_direct(direct_org_, demanded_org_, ix_.priority_skill[p], demand(ix_.organization.priorities[p].weight, Source::kPriority, p));

  spread(direct_personal_, demanded_personal_, effective_personal_, true);
  spread(direct_org_, demanded_org_, effective_org_, false);
}

// `demanded` gets each skill once, when its direct demand first becomes positive (a demand never
// loses units: the strongest counts), so it needs no sorting or deduplication.
void LearnerScorer::add_direct(std::vector<Demand>& direct, std::vector<std::int32_t>& demanded, std::int32_t skill, Demand d) {
  d.origin = skill;
  touched_.add(skill);
  if (direct[skill].units == 0 && d.units > 0) demanded.push_back(skill);
  if (stronger(d, direct[skill])) direct[skill] = d;
}

// "Not for me" covers the skill and every skill narrower than it, at any depth.
void LearnerScorer::veto_narrower_closure(std::int32_t skill) {
  std::vector<std::int32_t>& stack = veto_stack_;
  stack.assign(1, skill);
  while (!stack.empty()) {
    std::int32_t s = stack.back();
    stack.pop_back();
    if (vetoed_[s]) continue;
    vetoed_[s] = 1;
    touched_.add(s);
    if (ix_.narrower_begin.empty()) continue;
    for (std::uint32_t k = ix_.narrower_begin[s]; k < ix_.narrower_begin[s + 1]; ++k) stack.push_back(ix_.narrower[k]);
  }
}

// ---- 2. Spread through the taxonomy ------------------------------------------------------------

// Each demanded skill meets every skill related to it. The order of `demanded` does not matter:
// each skill keeps the strongest demand that reaches it, and `stronger` is a total order.
void LearnerScorer::spread(const std::vector<Demand>& direct, const std::vector<std::int32_t>& demanded,
                           std::vector<Demand>& effective, bool personal) {
  // Local pointers: the stores of Demands (bytes among them) may alias any member.
  const std::uint32_t* const related_begin = ix_.related_begin.data();
  const Related* const related = ix_.related.data();
  const std::uint8_t* const vetoed = vetoed_.data();
  Demand* const out = effective.data();
  constexpr std::size_t kHops = limits::kMaxTaxonomyHops + 1;
  const std::size_t hops = std::min(ix_.match_by_hops.size(), kHops);
  TouchedSet::Adder reached(effective_touched_);
  for (std::int32_t t : demanded) {
    const Demand& d = direct[t];
    if (personal && vetoed[t]) continue;
    // The demand at each distance, rounded once per demanded skill rather than per related one.
    std::uint16_t units_at[kHops];
    for (std::size_t h = 0; h < hops; ++h) units_at[h] = static_cast<std::uint16_t>(round_nonnegative(d.units * ix_.match_by_hops[h]));
    for (std::uint32_t k = related_begin[t], end = related_begin[t + 1]; k < end; ++k) {
      const Related& rel = related[k];
      const std::uint16_t units = units_at[rel.hops];
      if (units == 0 || (personal && vetoed[rel.skill])) continue;
      Demand e = d;
      e.units = units;
      e.hops = static_cast<std::uint8_t>(rel.hops);
      if (!stronger(e, out[rel.skill])) continue;
      out[rel.skill] = e;
      reached.add(rel.skill);
    }
  }
}

// ---- 3. Course scores --------------------------------------------------------------------------

void LearnerScorer::score_all(Scores& out) {
  // Locals, not members: the stores into out.flags (bytes) may alias any member, which would make
  // the compiler reload them for every course.
  const bool no_agenda = no_personal_agenda_;
  const int npa = no_agenda ? 1 : 0;
  const std::size_t courses = ix_.course_count();
  // `out` holds this scorer's last results (same Scores, untouched since, same agenda flag for the
  // courses no agenda reaches): only the courses the previous learner reached go back to their
  // cached results. Otherwise every course does (four bulk copies of the catalog's size).
  // The flags of those courses depend on the agenda flag too: when it changed, only they are
  // copied in bulk.
  const bool sparse = &out == last_out_ && out.writer == this && out.stamp == last_stamp_ && out.size() == courses;
  const bool sparse_flags = sparse && last_no_agenda_ == no_agenda;
  if (!sparse) {
    out.personal.assign(courses, 0);
    out.org.assign(untouched_org_.begin(), untouched_org_.end());
    out.quadrant.assign(untouched_quadrant_.begin(), untouched_quadrant_.end());
  }
  if (!sparse_flags) out.flags.assign(untouched_flags_[npa].begin(), untouched_flags_[npa].end());
  // The arrays are read through local pointers: stores of bytes may alias any member, and the
  // compiler would reload every member pointer after each one.
  const std::uint32_t* const posting_begin = ix_.posting_begin.data();
  const std::int32_t* const posting_course = ix_.posting_course.data();
  const std::uint8_t* const posting_level = ix_.posting_level.data();
  const std::uint16_t* const posting_share = ix_.posting_share.data();
  const std::uint8_t* const current_level = current_level_.data();
  CourseSums* const sums = course_sums_.get();  // all zero between calls
  std::uint64_t* const reached = reached_.get();  // all zero between calls
  auto reach = [reached](std::int32_t c) __attribute__((always_inline)) { reached[c >> 6] |= std::uint64_t{1} << (c & 63); };

  // Walk only the courses that teach a demanded skill (the inverted index); the rest score 0.
  // A course's sum on an axis stays within kUnit, so 16 bits hold it: each term is at most its
  // share (a demand is at most one unit: weights are in [0, 1], the decay too) and the shares of a
  // course sum to kUnit (the index and the snapshot reader hold both). One loop for both axes: a
  // second loop for the skills with demand on one axis only (most of them) added nothing in wasm
  // once both sums share a record, and cost 48 B of the learner module's gzip.
  for (std::int32_t s : effective_touched_.items()) {
    const std::uint32_t personal = effective_personal_[s].units, org = effective_org_[s].units;
    const std::uint8_t held = current_level[s];
    const std::uint32_t end = posting_begin[s + 1];
    for (std::uint32_t k = posting_begin[s]; k != end; ++k) {
      if (posting_level[k] <= held) continue;  // no growth in a skill already held at that level
      const std::int32_t c = posting_course[k];
      const std::uint32_t share = posting_share[k];
      CourseSums& cs = sums[c];
      cs.personal += share * personal / kUnit;
      cs.org += share * org / kUnit;
      reach(c);
    }
  }
  // "Mastered": every skill of the course is held at or above the level it teaches.
  for (std::int32_t s : touched_.items()) {
    const std::uint8_t held = current_level[s];
    if (held == 0) continue;
    for (std::uint32_t k = posting_begin[s], end = posting_begin[s + 1]; k != end; ++k)
      if (posting_level[k] <= held) {
        const std::int32_t c = posting_course[k];
        ++sums[c].mastered;
        reach(c);
      }
  }
  for (std::int32_t c : completed_.items()) reach(c);

  // ---- 4. Quadrants and flags ------------------------------------------------------------------
  // A course no agenda reaches has the results cached for it (see cache_untouched_results), already
  // in `out` (above) or put back here when the previous learner reached it and this one does not.
  // The courses come in index order, 64 to a word of the bit sets.
  std::uint16_t* const personal_out = out.personal.data();
  std::uint16_t* const org_out = out.org.data();
  std::uint8_t* const quadrant_out = out.quadrant.data();
  std::uint8_t* const flags_out = out.flags.data();
  const std::uint16_t* const untouched_org = untouched_org_.data();
  const std::uint8_t* const untouched_quadrant = untouched_quadrant_.data();
  const std::uint8_t* const untouched_flags = untouched_flags_[npa].data();
  const Thresholds thresholds = thresholds_of(ix_);
  const std::uint8_t* const mandatory = ix_.course_mandatory.data();
  const std::uint32_t* const course_skill_begin = ix_.course_skill_begin.data();
  const std::uint8_t* const completed = completed_.flags();
  std::uint64_t* const previously = reached + words_;
  // Courses per quadrant: those of the cached results, moved for each course the learner reached.
  // The cached quadrant of a course is that of personal 0 and org 0, or org 1 when mandatory, so
  // the courses leaving it are counted after the loop (one count in memory per course, not two:
  // score_all 2-7 % faster in wasm).
  std::uint32_t counts[kQuadrantCount] = {0, 0, 0, 0};
  std::uint32_t reached_courses = 0, reached_mandatory = 0;
  for (std::size_t w = 0, words = words_; w < words; ++w) {
    const std::int32_t first = static_cast<std::int32_t>(w * 64);
    for (std::uint64_t gone = sparse ? previously[w] & ~reached[w] : 0; gone != 0; gone &= gone - 1) {
      const std::int32_t c = first + __builtin_ctzll(gone);
      personal_out[c] = 0;
      org_out[c] = untouched_org[c];
      quadrant_out[c] = untouched_quadrant[c];
      flags_out[c] = untouched_flags[c];  // (already so when the flags were copied in bulk)
    }
    for (std::uint64_t bits = reached[w]; bits != 0; bits &= bits - 1) {
      const std::int32_t c = first + __builtin_ctzll(bits);
      CourseSums& cs = sums[c];
      const int personal = static_cast<int>(cs.personal);
      const int org = mandatory[c] ? kUnit : static_cast<int>(cs.org);  // a mandatory course has org = 1
      CourseStanding standing;
      standing.mandatory = mandatory[c] != 0;
      standing.completed = completed[c] != 0;
      const std::uint32_t skills = course_skill_begin[c + 1] - course_skill_begin[c];
      standing.mastered = skills > 0 && cs.mastered == skills;
      cs.personal = cs.org = cs.mastered = 0;  // zero again for the next call
      const Quadrant quadrant = quadrant_of(personal, org, thresholds);
      personal_out[c] = static_cast<std::uint16_t>(personal);
      org_out[c] = static_cast<std::uint16_t>(org);
      quadrant_out[c] = quadrant;
      flags_out[c] = static_cast<std::uint8_t>(flags_of(personal, org, standing, no_agenda, thresholds));
      ++counts[quadrant];
      ++reached_courses;
      reached_mandatory += standing.mandatory;
    }
    previously[w] = reached[w];
    reached[w] = 0;  // empty again for the next call
  }
  counts[quadrant_of(0, 0, thresholds)] -= reached_courses - reached_mandatory;
  counts[quadrant_of(0, kUnit, thresholds)] -= reached_mandatory;
  for (int q = 0; q < kQuadrantCount; ++q) out.counts[q] = untouched_counts_[q] + counts[q];
  last_out_ = &out;
  out.writer = this;
  out.stamp = last_stamp_ = last_stamp_ + 1;
  last_no_agenda_ = no_agenda;
}

// Step 4 for a course no agenda reaches: personal 0, org 0 (1 if mandatory), neither completed nor
// mastered. Only the no-personal-agenda flag depends on the learner, hence two flag arrays.
void LearnerScorer::cache_untouched_results() {
  const std::size_t courses = ix_.course_count();
  const Thresholds thresholds = thresholds_of(ix_);
  untouched_org_.resize(courses);
  untouched_quadrant_.resize(courses);
  untouched_flags_[0].resize(courses);
  untouched_flags_[1].resize(courses);
  for (std::size_t c = 0; c < courses; ++c) {
    CourseStanding standing;
    standing.mandatory = ix_.course_mandatory[c] != 0;
    const int org = standing.mandatory ? kUnit : 0;
    untouched_org_[c] = static_cast<std::uint16_t>(org);
    untouched_quadrant_[c] = quadrant_of(0, org, thresholds);
    ++untouched_counts_[untouched_quadrant_[c]];
    for (int npa = 0; npa < 2; ++npa) untouched_flags_[npa][c] = static_cast<std::uint8_t>(flags_of(0, org, standing, npa != 0, thresholds));
  }
}

// ---- The terms behind one course's scores ------------------------------------------------------

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
  // Personal first, largest first, then by skill: a total order (a course names a skill once), so
  // any sort gives these bytes. Shellsort (Ciura's gaps): a course has a handful of terms (at most
  // 513), and std::sort's instantiation for them was 1 KB gzip of the learner module.
  auto before = [](const Contribution& a, const Contribution& b) {
    if (a.axis != b.axis) return a.axis < b.axis;
    if (a.amount != b.amount) return a.amount > b.amount;
    return a.skill < b.skill;
  };
  for (std::size_t gap : {301u, 132u, 57u, 23u, 10u, 4u, 1u})
    for (std::size_t i = gap; i < terms.size(); ++i)
      for (std::size_t j = i; j >= gap && before(terms[j], terms[j - gap]); j -= gap) std::swap(terms[j], terms[j - gap]);
  return terms;
}

const char* quadrant_name(Quadrant q) { return kQuadrantNames[q]; }

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

// ---- The numbers the steps use (model_numbers.h) -----------------------------------------------

int to_units(double x) { return static_cast<int>(std::llround(x * kUnit)); }

std::vector<double> match_by_hops(double decay, int max_hops) {
  std::vector<double> factor(static_cast<std::size_t>(max_hops) + 1, 1.0);
  for (int h = 1; h <= max_hops; ++h) factor[h] = factor[h - 1] * decay;
  return factor;
}

void shares_from_weights(const std::vector<double>& weights, std::vector<int>& shares) {
  double total = 0;
  for (double w : weights) total += w;
  shares.assign(weights.size(), 0);
  if (!(total > 0)) return;
  std::vector<std::pair<double, std::size_t>> remainders;
  remainders.reserve(weights.size());
  int given = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    const double exact = weights[k] / total * kUnit;
    shares[k] = static_cast<int>(std::floor(exact));
    given += shares[k];
    remainders.push_back({exact - shares[k], k});
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < kUnit && k < remainders.size(); ++k, ++given) ++shares[remainders[k].second];
}

// ---- Bookkeeping -------------------------------------------------------------------------------

LearnerScorer::LearnerScorer(const CatalogIndex& index) : ix_(index), skills_(index.skill_ids), courses_(index.course_ids) {
  const std::size_t skills = ix_.skill_count(), courses = ix_.course_count();
  current_level_.assign(skills, 0);
  vetoed_.assign(skills, 0);
  direct_personal_.assign(skills, {});
  direct_org_.assign(skills, {});
  effective_personal_.assign(skills, {});
  effective_org_.assign(skills, {});
  touched_.resize(skills);
  effective_touched_.resize(skills);
  completed_.resize(courses);
  // Zeroed arrays by new[] rather than std::vector: two vector instantiations fewer in the learner
  // module (190 B of gzip, which its size budget counts).
  course_sums_.reset(new CourseSums[courses]());
  words_ = (courses + 63) / 64;
  reached_.reset(new std::uint64_t[2 * words_]());
  cache_untouched_results();
}

// Forgets the previous learner, at the cost of what it touched.
void LearnerScorer::reset() {
  touched_.clear([&](std::int32_t s) {
    current_level_[s] = 0;
    vetoed_[s] = 0;
    direct_personal_[s] = {};
    direct_org_[s] = {};
  });
  effective_touched_.clear([&](std::int32_t s) {
    effective_personal_[s] = {};
    effective_org_[s] = {};
  });
  demanded_personal_.clear();
  demanded_org_.clear();
  completed_.clear();
}

}  // namespace sweetspot
