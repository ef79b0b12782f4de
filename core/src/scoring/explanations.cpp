#include "scoring/explanations.h"

#include <algorithm>
#include <string_view>

namespace sweetspot {
namespace {

int required_level(const CatalogIndex& ix, std::int32_t role, std::int32_t skill) {
  for (const auto& [s, level] : ix.role_requirements[role])
    if (s == skill) return level;
  return 0;
}

// ---- English -----------------------------------------------------------------------------------
// The sentences of web/src/i18n/en.js, which renders the same facts; tests/js/reasons.test.mjs checks
// that both give the same text for every reason, framing and growth message of the golden corpus.

// An organization's text ends a sentence of its own: one written without a final stop gets one, so
// the sentence after it does not run into it ("...Python This course teaches..."). The text without
// its trailing white space, and whether it needs that stop.
std::string_view sentence_of(const std::string& text, bool& needs_stop) {
  // string_views, not C strings: a priority's reason checks these every time (a strlen each).
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\u00BB", "\u201D", "\u2019"};
  static constexpr std::string_view kStops[] = {".", "!", "?", ":", "\u2026", "\u3002", "\uFF01", "\uFF1F"};
  // A byte loop: the ends are 1 to 3 bytes, and string_view::compare is three calls at -Oz.
  auto ends_with = [](std::string_view s, std::string_view end) {
    if (s.size() < end.size()) return false;
    const char* tail = s.data() + (s.size() - end.size());
    for (std::size_t i = 0; i < end.size(); ++i)
      if (tail[i] != end[i]) return false;
    return true;
  };
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
  std::string_view core = t;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view c : kClosers)
      if (ends_with(core, c)) {
        core.remove_suffix(c.size());
        stripped = true;
      }
  }
  needs_stop = true;
  for (std::string_view stop : kStops)
    if (ends_with(core, stop)) needs_stop = false;
  return t;
}

// The sentences are written straight into a string value of `w` (a full classify writes one per
// reason: building each as a std::string cost an allocation per piece).

// A skill label as a name: ESCO labels are verb phrases ("speak different languages"), which no
// sentence can take as its object, so every sentence names "the skill “…”".
void write_skill_name(JsonWriter& w, const CatalogIndex& ix, std::int32_t skill) {
  w.plain("the skill \\u201c").text(ix.skill_labels[skill]).plain("\\u201d");
}

// " This course teaches the skill “X”, N steps from it in the skill taxonomy.": how a reason or a
// "not for me" reached a skill the learner did not name.
void write_taught_from(JsonWriter& w, const CatalogIndex& ix, std::int32_t skill, int hops) {
  w.plain(" This course teaches ");
  write_skill_name(w, ix, skill);
  w.plain(", ").integer_part(hops);
  if (hops == 1) w.plain(" step from it in the skill taxonomy.");
  else w.plain(" steps from it in the skill taxonomy.");
}

void write_need(JsonWriter& w, const std::string& need) {
  if (need == "job") w.plain("needed for the job");
  else if (need == "improve") w.plain("improvement");
  else if (need == "future") w.plain("future needs");
  else w.text(need);  // "leadership"
}

// as_sentence(text), written.
void write_as_sentence(JsonWriter& w, const std::string& text) {
  bool needs_stop = false;
  w.text(sentence_of(text, needs_stop));
  if (needs_stop) w.plain(".");
}

}  // namespace

Reason reason_of(const CatalogIndex& ix, const LearnerScorer& scorer, const Contribution& term) {
  const Demand& d = term.demand;
  Reason r;
  r.axis = term.axis;
  r.source = d.source;
  r.amount = term.amount;
  if (d.source == Source::kMandatory) return r;
  r.skill = term.skill;
  r.level = term.course_level;
  if (d.origin != term.skill) {
    r.via = d.origin;
    r.hops = d.hops;
  }
  switch (d.source) {
    case Source::kInterest: r.strength = to_units(scorer.learner().interests[d.ref].strength); break;
    case Source::kFeedback: r.strength = to_units(scorer.learner().feedback[d.ref].need); break;
    case Source::kAspiration:
    case Source::kRole:
      r.role = d.ref;
      r.required = required_level(ix, d.ref, d.origin);
      r.current = scorer.current_level(d.origin);
      break;
    case Source::kPriority: r.priority = d.ref; break;
    default: break;
  }
  return r;
}

namespace {

// The English sentence of a reason, as the string value of "text".
void write_reason_text(JsonWriter& w, const CatalogIndex& ix, const Reason& r) {
  w.begin_string();
  if (r.source == Source::kMandatory) {
    w.plain("This course is mandatory in the organization.");
    w.end_string();
    return;
  }
  const std::int32_t wanted = r.via >= 0 ? r.via : r.skill;
  switch (r.source) {
    case Source::kInterest:
      w.plain("You want to learn ");
      write_skill_name(w, ix, wanted);
      w.plain(" (interest ").units_part(r.strength).plain(").");
      break;
    case Source::kFeedback:
      w.plain("Your 360 feedback names ");
      write_skill_name(w, ix, wanted);
      w.plain(" as a development need you accepted.");
      break;
    case Source::kAspiration:
      w.text(ix.organization.roles[r.role].title).plain(", a role you aspire to, needs ");
      write_skill_name(w, ix, wanted);
      w.plain(" at level ").integer_part(r.required).plain("; you are at ").integer_part(r.current).plain(".");
      break;
    case Source::kRole:
      w.plain("Your role as ").text(ix.organization.roles[r.role].title).plain(" needs ");
      write_skill_name(w, ix, wanted);
      w.plain(" at level ").integer_part(r.required).plain("; you are at ").integer_part(r.current).plain(".");
      break;
    case Source::kPriority: {
      const Priority& p = ix.organization.priorities[r.priority];
      w.plain("Organization priority (");
      write_need(w, p.need);
      w.plain(") on ");
      write_skill_name(w, ix, wanted);
      if (p.rationale.empty()) {
        w.plain(".");
      } else {
        w.plain(": ");
        write_as_sentence(w, p.rationale);
      }
      break;
    }
    default: break;
  }
  if (r.via >= 0) {
    write_taught_from(w, ix, r.skill, r.hops);
  }
  w.end_string();
}

}  // namespace

void write_reason(JsonWriter& w, const CatalogIndex& ix, const Reason& r) {
  w.begin_object();
  w.key("axis").string(r.axis == Axis::kPersonal ? "personal" : "org");
  if (r.skill >= 0) w.key("skill").string(ix.skill_ids[r.skill]).key("label").string(ix.skill_labels[r.skill]);
  if (r.via >= 0) {
    w.key("via").string(ix.skill_ids[r.via]).key("viaLabel").string(ix.skill_labels[r.via]);
    w.key("hops").integer(r.hops);
  }
  w.key("source").string(source_name(r.source));
  w.key("amount").units(r.amount);
  if (r.skill >= 0) w.key("level").integer(r.level);
  if (r.strength >= 0) w.key("strength").units(r.strength);
  if (r.role >= 0) {
    w.key("role").string(ix.organization.roles[r.role].id).key("roleTitle").string(ix.organization.roles[r.role].title);
    w.key("required").integer(r.required).key("current").integer(r.current);
  }
  if (r.priority >= 0) {
    const Priority& p = ix.organization.priorities[r.priority];
    w.key("need").string(p.need);
    if (!p.rationale.empty()) w.key("rationale").string(p.rationale);
  }
  w.key("text");
  write_reason_text(w, ix, r);
  w.end_object();
}

// ---- Not for me ---------------------------------------------------------------------------------

namespace {
// Steps from `from` down its narrower skills to `to`; -1 when `to` is not in its narrower closure.
int narrower_distance(const CatalogIndex& ix, std::int32_t from, std::int32_t to) {
  if (from == to) return 0;
  if (ix.narrower_begin.empty()) return -1;
  std::vector<std::uint8_t> seen(ix.skill_count(), 0);
  std::vector<std::int32_t> level{from}, next;
  seen[from] = 1;
  for (int hops = 1; !level.empty(); ++hops) {
    next.clear();
    for (std::int32_t s : level)
      for (std::uint32_t k = ix.narrower_begin[s]; k < ix.narrower_begin[s + 1]; ++k) {
        const std::int32_t n = ix.narrower[k];
        if (n == to) return hops;
        if (!seen[n]) seen[n] = 1, next.push_back(n);
      }
    level.swap(next);
  }
  return -1;
}
}  // namespace

std::vector<NotForMe> not_for_me_of(const CatalogIndex& ix, const LearnerScorer& scorer, std::int32_t course) {
  std::vector<NotForMe> out;
  for (std::uint32_t k = ix.course_skill_begin[course]; k < ix.course_skill_begin[course + 1]; ++k) {
    const std::int32_t s = ix.course_skill[k];
    if (!scorer.vetoed(s)) continue;  // the common case: one byte per course skill
    NotForMe best;
    best.hops = -1;
    for (const Interest& in : scorer.learner().interests) {
      if (in.strength != 0) continue;
      const std::int32_t v = ix.find_skill(in.skill);
      if (v < 0) continue;
      const int hops = narrower_distance(ix, v, s);
      if (hops < 0 || (best.hops >= 0 && hops >= best.hops)) continue;
      best.skill = s;
      best.via = v == s ? -1 : v;
      best.hops = hops;
    }
    if (best.skill >= 0) out.push_back(best);
  }
  return out;
}

namespace {

// The English sentence, as the string value of "text".
void write_not_for_me_text(JsonWriter& w, const CatalogIndex& ix, const NotForMe& n) {
  w.begin_string().plain("You said ");
  write_skill_name(w, ix, n.via >= 0 ? n.via : n.skill);
  w.plain(" is not for you.");
  if (n.via >= 0) {
    write_taught_from(w, ix, n.skill, n.hops);
  }
  w.end_string();
}

}  // namespace

void write_not_for_me(JsonWriter& w, const CatalogIndex& ix, const NotForMe& n) {
  w.begin_object();
  w.key("skill").string(ix.skill_ids[n.skill]).key("label").string(ix.skill_labels[n.skill]);
  if (n.via >= 0) {
    w.key("via").string(ix.skill_ids[n.via]).key("viaLabel").string(ix.skill_labels[n.via]);
    w.key("hops").integer(n.hops);
  }
  w.key("text");
  write_not_for_me_text(w, ix, n);
  w.end_object();
}

// ---- Framing -----------------------------------------------------------------------------------

Frame frame_of(Quadrant quadrant, const std::vector<Reason>& reasons) {
  Frame f;
  if (quadrant == kGift) {
    f.kind = Frame::Kind::kGift;
    return f;
  }
  if (quadrant != kUphill) return f;
  // Uphill: the largest org term says why the organization needs it.
  for (std::size_t i = 0; i < reasons.size(); ++i)
    if (reasons[i].axis == Axis::kOrg && (f.reason < 0 || reasons[i].amount > reasons[f.reason].amount)) f.reason = static_cast<int>(i);
  if (f.reason < 0) return f;
  switch (reasons[f.reason].source) {
    case Source::kMandatory: f.kind = Frame::Kind::kMandatory; f.reason = -1; break;
    case Source::kPriority: f.kind = Frame::Kind::kPriority; break;
    case Source::kRole: f.kind = Frame::Kind::kRole; break;
    default: f.reason = -1; break;
  }
  return f;
}

void write_framing(JsonWriter& w, const CatalogIndex& ix, const Frame& f, const std::vector<Reason>& reasons) {
  const Policy& policy = ix.organization.policy;
  w.begin_string();
  switch (f.kind) {
    case Frame::Kind::kGift:
      if (!policy.gift_note.empty()) w.text(policy.gift_note);
      else if (policy.gifts_allowed) w.plain("The organization can support this as a one-off gift: ask your manager.");
      else w.plain("The organization does not fund this; it is yours to pursue outside work.");
      break;
    case Frame::Kind::kMandatory:
      if (policy.mandatory_note.empty()) w.plain("Everyone in the organization takes this course.");
      else w.text(policy.mandatory_note);
      break;
    case Frame::Kind::kPriority: {
      const Reason& r = reasons[f.reason];
      const Priority& p = ix.organization.priorities[r.priority];
      if (!p.rationale.empty()) {
        w.text(p.rationale);  // the framing is the rationale itself, verbatim
        break;
      }
      w.plain("The organization has made ");
      write_skill_name(w, ix, r.via >= 0 ? r.via : r.skill);
      w.plain(" a priority (");
      write_need(w, p.need);
      w.plain(").");
      break;
    }
    case Frame::Kind::kRole: {
      const Reason& r = reasons[f.reason];
      w.plain("Your role as ").text(ix.organization.roles[r.role].title).plain(" requires ");
      write_skill_name(w, ix, r.via >= 0 ? r.via : r.skill);
      w.plain(" at level ").integer_part(r.required);
      if (r.via < 0) w.plain("; this course takes you to level ");
      else w.plain("; this course teaches the related skill \\u201c").text(ix.skill_labels[r.skill]).plain("\\u201d to level ");
      w.integer_part(r.level).plain(".");
      break;
    }
    default: break;
  }
  w.end_string();
}

void write_frame(JsonWriter& w, const CatalogIndex& ix, const Frame& f) {
  static const char* const kKinds[] = {"none", "gift", "mandatory", "priority", "role"};
  const Policy& policy = ix.organization.policy;
  w.begin_object().key("kind").string(kKinds[static_cast<int>(f.kind)]);
  if (f.kind == Frame::Kind::kGift) {
    w.key("allowed").boolean(policy.gifts_allowed);
    if (!policy.gift_note.empty()) w.key("note").string(policy.gift_note);
  }
  if (f.kind == Frame::Kind::kMandatory && !policy.mandatory_note.empty()) w.key("note").string(policy.mandatory_note);
  if (f.reason >= 0) w.key("reason").integer(f.reason);
  w.end_object();
}

// ---- When we grow, you grow --------------------------------------------------------------------

void write_growth(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores, GrowthScratch& scratch) {
  const Learner& learner = scorer.learner();
  std::vector<std::int32_t>& toward = scratch.toward;  // skills related to the initiative's skills
  std::vector<std::int32_t>& courses = scratch.courses;
  w.begin_array();
  for (std::size_t g = 0; g < ix.growth_skills.size(); ++g) {
    bool meets = false;
    for (std::int32_t r : ix.growth_roles[g])
      for (const std::string& a : learner.aspirations) meets = meets || ix.organization.roles[r].id == a;
    for (std::int32_t s : ix.growth_skills[g]) meets = meets || scorer.effective_personal(s).units > 0;
    if (!meets) continue;

    // Courses build toward the initiative when they grow a skill related to one of its skills.
    // (A list of those skills, not a flag per skill of the catalog: filling and scanning one per
    // initiative cost more than the rest of a compact classify's JSON.)
    toward.clear();
    for (std::int32_t s : ix.growth_skills[g])
      for (std::uint32_t k = ix.related_begin[s]; k < ix.related_begin[s + 1]; ++k) toward.push_back(ix.related[k].skill);
    std::sort(toward.begin(), toward.end());
    toward.erase(std::unique(toward.begin(), toward.end()), toward.end());
    courses.clear();
    for (std::int32_t s : toward) {
      for (std::uint32_t k = ix.posting_begin[s]; k < ix.posting_begin[s + 1]; ++k) {
        const std::int32_t c = ix.posting_course[k];
        if (ix.posting_level[k] > scorer.current_level(s) && scores.quadrant[c] == kSweetSpot) courses.push_back(c);
      }
    }
    std::sort(courses.begin(), courses.end());
    courses.erase(std::unique(courses.begin(), courses.end()), courses.end());

    const GrowthInitiative& init = ix.organization.growth[g];
    w.begin_object();
    w.key("initiative").string(init.name);
    if (!init.rationale.empty()) w.key("rationale").string(init.rationale);
    // The message is written in parts, as the reasons are: no string built for it.
    w.key("message").begin_string().plain("When we grow, you grow: ");
    write_as_sentence(w, init.name);
    if (!init.rationale.empty()) {
      w.plain(" ");
      write_as_sentence(w, init.rationale);
    }
    if (!courses.empty()) {
      w.plain(" ").integer_part(static_cast<std::int64_t>(courses.size()));
      if (courses.size() == 1) w.plain(" Sweet Spot course builds toward it.");
      else w.plain(" Sweet Spot courses build toward it.");
    }
    w.end_string();
    w.key("courses").begin_array();
    for (std::int32_t c : courses) w.string(ix.course_ids[c]);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

}  // namespace sweetspot
