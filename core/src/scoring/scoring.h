// THE SCORING MODEL. Read scoring.cpp top to bottom: it is the whole of what makes a course Sweet
// Spot, Uphill, Gift or Waste for one learner.
//
//   1. The learner's agenda becomes a *direct demand* per skill on each axis: personal (interest
//      strength, an aspired role's requirement, an accepted 360 need) and org (the own role's
//      requirement, a priority's weight). Where several sources name a skill, the strongest counts.
//      "Not for me" (interest strength 0) zeroes personal demand for that skill and everything
//      narrower than it.
//   2. Direct demand spreads through the taxonomy to an *effective demand* per skill: a demand for
//      `t` meets a course skill `s` that is broader or narrower, at decay^hops (ids alone match
//      without a taxonomy).
//   3. A course scores, per axis, Σ over its skills of share × effective demand, counting only the
//      skills taught above the learner's current level. A mandatory course has org = 1.
//   4. The quadrant follows from the two thresholds (quadrant_of), the flags from the scores and
//      the learner's record (flags_of).
//
// All quantities are integers in units of 1/10000 (model_numbers.h) so results are exact,
// order-independent and identical on every platform. The shares of step 3 and the decay table of
// step 2 are compiled into the index once per catalog, by the functions of model_numbers.h that
// scoring.cpp defines.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "index/catalog_index.h"
#include "model.h"
#include "scoring/id_table.h"
#include "scoring/model_numbers.h"
#include "scoring/touched_set.h"
#include "sweetspot/codes.h"  // Quadrant and Flag, generated from wasm/abi.json

namespace sweetspot {

enum class Axis : std::uint8_t { kPersonal, kOrg };

// Sources in order of precedence when two give the same demand (the first one wins the tie).
enum class Source : std::uint8_t { kNone, kInterest, kFeedback, kAspiration, kPriority, kRole, kMandatory };

// The strongest demand for one skill on one axis, and where it comes from.
struct Demand {
  std::uint16_t units = 0;
  Source source = Source::kNone;
  std::int32_t ref = -1;     // index of the interest, feedback entry, role or priority
  std::int32_t origin = -1;  // the demanded skill (differs from the course skill after a taxonomy match)
  std::uint8_t hops = 0;
};

// The policy's thresholds in units, by value (a copy the scoring loop keeps in registers).
struct Thresholds {
  int personal = 0, org = 0, margin = 0;
};
inline Thresholds thresholds_of(const CatalogIndex& ix) { return {ix.personal_threshold, ix.org_threshold, ix.borderline_margin}; }

// Step 4 for one course: its quadrant from its two scores (units)... (Defined here, and inlined
// always: they run once per course the learner reaches, and at -Oz a call costs more than they do.)
#define SWEETSPOT_STEP_4 __attribute__((always_inline)) inline
SWEETSPOT_STEP_4 Quadrant quadrant_of(int personal, int org, Thresholds t) {
  const bool wanted = personal >= t.personal, needed = org >= t.org;
  return needed ? (wanted ? kSweetSpot : kUphill) : (wanted ? kGift : kWaste);
}
// ...and its flags. Borderline: a score strictly within the margin of its threshold; without a
// personal agenda only the org score counts (personal is unknown, not low).
struct CourseStanding {
  bool mandatory = false, completed = false, mastered = false;
};
SWEETSPOT_STEP_4 unsigned flags_of(int personal, int org, CourseStanding standing, bool no_personal_agenda, Thresholds t) {
  unsigned flags = no_personal_agenda ? unsigned{kFlagNoPersonalAgenda} : 0u;
  if (standing.mandatory) flags |= kFlagMandatory;
  if (standing.completed) flags |= kFlagCompleted;
  if (standing.mastered) flags |= kFlagMastered;
  const int org_off = org > t.org ? org - t.org : t.org - org;
  const int personal_off = personal > t.personal ? personal - t.personal : t.personal - personal;
  if (org_off < t.margin || (!no_personal_agenda && personal_off < t.margin)) flags |= kFlagBorderline;
  return flags;
}
#undef SWEETSPOT_STEP_4

// Per-course results in index order, as parallel arrays (hosts read them as typed arrays).
struct Scores {
  std::vector<std::uint16_t> personal;  // units
  std::vector<std::uint16_t> org;       // units
  std::vector<std::uint8_t> quadrant;   // Quadrant
  std::vector<std::uint8_t> flags;      // Flag bits
  std::size_t size() const { return quadrant.size(); }
  std::uint32_t counts[kQuadrantCount] = {0, 0, 0, 0};  // courses per Quadrant
  // Which scorer's score_all wrote these, and which of its calls: the same scorer's next score_all
  // into the same Scores rewrites only the courses either learner reached. Results are read, never
  // written, by anyone else.
  const void* writer = nullptr;
  std::uint64_t stamp = 0;
};

// One term of an axis score: a course skill (or the mandatory rule, skill -1) and its amount.
struct Contribution {
  Axis axis;
  std::int32_t skill;
  int course_level;
  Demand demand;
  std::uint16_t amount;
};

class LearnerScorer {
 public:
  explicit LearnerScorer(const CatalogIndex& index);

  // Compiles one learner's agenda against the index; unknown references become warnings under `path`.
  void set_learner(const Learner& learner, const std::string& path, Warnings& warnings);

  // Scores every course (index order) into `out`.
  void score_all(Scores& out);

  // The terms of one course's scores, personal first, largest first. They sum to its scores.
  std::vector<Contribution> explain(std::int32_t course) const;

  bool no_personal_agenda() const { return no_personal_agenda_; }
  int current_level(std::int32_t skill) const { return current_level_[skill]; }
  // Whether the learner's own "not for me" covers the skill (the stated skill or one narrower).
  bool vetoed(std::int32_t skill) const { return vetoed_[skill] != 0; }
  const Demand& effective_personal(std::int32_t skill) const { return effective_personal_[skill]; }
  bool completed(std::int32_t course) const { return completed_.contains(course); }
  const Learner& learner() const { return *learner_; }
  std::int32_t role() const { return role_; }

 private:
  void reset();
  void add_direct(std::vector<Demand>& direct, std::vector<std::int32_t>& demanded, std::int32_t skill, Demand d);
  void veto_narrower_closure(std::int32_t skill);
  void spread(const std::vector<Demand>& direct, const std::vector<std::int32_t>& demanded, std::vector<Demand>& effective,
              bool personal);
  void cache_untouched_results();

  const CatalogIndex& ix_;
  IdTable skills_, courses_;  // ix_.find_skill / find_course, hashed
  const Learner* learner_ = nullptr;
  std::int32_t role_ = -1;
  bool no_personal_agenda_ = true;
  // Dense per-skill state, reset through the touched sets so a learner costs what its agenda touches.
  std::vector<std::uint8_t> current_level_, vetoed_;
  std::vector<Demand> direct_personal_, direct_org_, effective_personal_, effective_org_;
  TouchedSet touched_;            // skills with a level, a veto or a direct demand
  TouchedSet effective_touched_;  // skills with an effective demand
  std::vector<std::int32_t> demanded_personal_, demanded_org_;  // skills with a direct demand, per axis
  std::vector<std::int32_t> aspired_, vetoes_, veto_stack_;     // set_learner's scratch, kept for its capacity
  TouchedSet completed_;
  // Dense per-course state of score_all, all zero between calls (step 4 zeroes what it reads): one
  // 6-byte record per course rather than three arrays, so that a posting finds its course's sums at
  // one address and 10,000 courses take 60 KB instead of 100 KB (with the bit sets below: score_all
  // x0.70 in wasm, 1 learner x 10,000 courses).
  struct CourseSums {
    std::uint16_t personal, org;  // Σ share × effective demand, units (at most kUnit: see score_all)
    std::uint16_t mastered;       // its skills held at or above the level it teaches
  };
  std::unique_ptr<CourseSums[]> course_sums_;
  // The courses this call reaches, then those the previous call reached: two bit sets of words_
  // words (bit c % 64 of word c / 64), empty and kept between calls. Marking a course is one OR, no
  // test; step 4 visits the courses in index order, so the per-course arrays are read and written
  // in order rather than at random, and finds those to put back to their cached results as
  // previous & ~reached, a word at a time. (A list of courses with a flag per course, before, was
  // a third slower in wasm: the flag's test per posting, and the reset of each course's sums.)
  std::size_t words_ = 0;
  std::unique_ptr<std::uint64_t[]> reached_;
  // The results of a course no agenda reaches (personal 0, org 0 or 1 if mandatory) depend only on
  // the catalog and on whether the learner has a personal agenda: computed once by step 4 and
  // copied in bulk, so a learner costs the courses it reaches, not the catalog.
  std::vector<std::uint16_t> untouched_org_;
  std::vector<std::uint8_t> untouched_quadrant_, untouched_flags_[2];
  std::uint32_t untouched_counts_[kQuadrantCount] = {0, 0, 0, 0};  // courses per quadrant when no agenda reaches any
  // The Scores the last score_all wrote, its stamp and whether that learner had a personal agenda:
  // when the next one writes the same Scores, only the courses touched then and now change.
  const Scores* last_out_ = nullptr;
  std::uint64_t last_stamp_ = 0;
  bool last_no_agenda_ = false;
};

const char* quadrant_name(Quadrant q);
const char* source_name(Source s);

}  // namespace sweetspot
