// What a learner reads, as data first: each score term becomes a Reason holding the facts behind it
// (which skill, demanded through which, from which source, at which levels), and the framing of an
// Uphill or Gift course a Frame. Hosts render sentences in any language from these facts (the web
// package's i18n catalogs do); the engine renders the English ones from the same facts, for the CLI
// and for hosts that show the engine's text as is.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "documents/json_writer.h"
#include "index/catalog_index.h"
#include "scoring/scoring.h"

namespace sweetspot {

struct Reason {
  Axis axis = Axis::kPersonal;
  Source source = Source::kNone;
  std::uint16_t amount = 0;  // units
  std::int32_t skill = -1;   // the course skill; -1 for the mandatory rule
  std::int32_t via = -1;     // the demanded skill when it is another one (a taxonomy match)
  int hops = 0;              // distance from `via` to `skill` in the taxonomy
  int level = 0;             // the level the course teaches `skill` to
  int strength = -1;         // units: the interest's strength or the accepted feedback need
  std::int32_t role = -1;    // aspiration or role: the role (index)
  int required = 0;          // ... the level it requires of the demanded skill
  int current = 0;           // ... and the learner's level in it
  std::int32_t priority = -1;  // priority: its index (need and rationale in the organization)
};

// The facts behind one score term.
Reason reason_of(const CatalogIndex& ix, const LearnerScorer& scorer, const Contribution& term);
// {axis, skill?, label?, via?, viaLabel?, hops?, source, amount, level?, strength?, role?,
//  roleTitle?, required?, current?, need?, rationale?, text}: text is the English sentence for them
void write_reason(JsonWriter& w, const CatalogIndex& ix, const Reason& reason);

// The learner's own "not for me" on a skill the course teaches: `skill` is the course skill, `via`
// the skill the learner named when it is a broader one (the closest, then the earlier interest).
struct NotForMe {
  std::int32_t skill = -1;
  std::int32_t via = -1;
  int hops = 0;
};
std::vector<NotForMe> not_for_me_of(const CatalogIndex& ix, const LearnerScorer& scorer, std::int32_t course);
// {skill, label, via?, viaLabel?, hops?, text}: text is the English sentence.
void write_not_for_me(JsonWriter& w, const CatalogIndex& ix, const NotForMe& n);

// Why an Uphill course matters, or what the organization says of a Gift.
struct Frame {
  enum class Kind : std::uint8_t { kNone, kGift, kMandatory, kPriority, kRole } kind = Kind::kNone;
  int reason = -1;  // priority, role: the reason it frames (the largest org term)
};
Frame frame_of(Quadrant quadrant, const std::vector<Reason>& reasons);
// The English framing of a frame of any kind but kNone, as a string value (never empty).
void write_framing(JsonWriter& w, const CatalogIndex& ix, const Frame& frame, const std::vector<Reason>& reasons);
// {kind, allowed?, note?, reason?}
void write_frame(JsonWriter& w, const CatalogIndex& ix, const Frame& frame);

// Lists write_growth reuses from call to call, so that a classify of a learner the engine has seen
// allocates nothing for its growth messages.
struct GrowthScratch {
  std::vector<std::int32_t> toward;   // skills related to an initiative's skills
  std::vector<std::int32_t> courses;  // Sweet Spot courses that build toward it
};

// "growth": [{initiative, rationale?, message, courses}] for the initiatives whose roles the learner
// aspires to, or whose skills the learner wants; the message is English.
void write_growth(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores, GrowthScratch& scratch);

}  // namespace sweetspot
