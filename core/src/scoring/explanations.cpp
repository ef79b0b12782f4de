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

// A skill label as a name: ESCO labels are verb phrases ("speak different languages"), which no
// sentence can take as its object, so every sentence names "the skill “…”".
std::string quoted(std::string_view label) {
  std::string s = "\u201C";
  s += label;
  return s += "\u201D";
}
std::string skill_name(const CatalogIndex& ix, std::int32_t skill) { return "the skill " + quoted(ix.skill_labels[skill]); }

std::string steps(int hops) { return std::to_string(hops) + (hops == 1 ? " step" : " steps"); }

std::string need_text(const std::string& need) {
  if (need == "job") return "needed for the job";
  if (need == "improve") return "improvement";
  if (need == "future") return "future needs";
  return need;  // "leadership"
}

// An organization's text ends a sentence of its own: one written without a final stop gets one, so
// the sentence after it does not run into it ("...Python This course teaches...").
std::string as_sentence(const std::string& text) {
  static const char* const kClosers[] = {"\"", "'", ")", "]", "\u00BB", "\u201D", "\u2019"};
  static const char* const kStops[] = {".", "!", "?", ":", "\u2026", "\u3002", "\uFF01", "\uFF1F"};
  auto ends_with = [](std::string_view s, std::string_view end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
  };
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
  std::string_view core = t;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const char* c : kClosers)
      if (ends_with(core, c)) {
        core.remove_suffix(std::string_view(c).size());
        stripped = true;
      }
  }
  for (const char* stop : kStops)
    if (ends_with(core, stop)) return std::string(t);
  return std::string(t) + ".";
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

std::string reason_text(const CatalogIndex& ix, const Reason& r) {
  if (r.source == Source::kMandatory) return "This course is mandatory in the organization.";
  const std::string wanted = skill_name(ix, r.via >= 0 ? r.via : r.skill);
  std::string text;
  switch (r.source) {
    case Source::kInterest: text = "You want to learn " + wanted + " (interest " + format_units(r.strength) + ")."; break;
    case Source::kFeedback: text = "Your 360 feedback names " + wanted + " as a development need you accepted."; break;
    case Source::kAspiration:
      text = ix.organization.roles[r.role].title + ", a role you aspire to, needs " + wanted + " at level " +
             std::to_string(r.required) + "; you are at " + std::to_string(r.current) + ".";
      break;
    case Source::kRole:
      text = "Your role as " + ix.organization.roles[r.role].title + " needs " + wanted + " at level " +
             std::to_string(r.required) + "; you are at " + std::to_string(r.current) + ".";
      break;
    case Source::kPriority: {
      const Priority& p = ix.organization.priorities[r.priority];
      text = "Organization priority (" + need_text(p.need) + ") on " + wanted + (p.rationale.empty() ? "." : ": " + as_sentence(p.rationale));
      break;
    }
    default: break;
  }
  if (r.via >= 0) text += " This course teaches " + skill_name(ix, r.skill) + ", " + steps(r.hops) + " from it in the skill taxonomy.";
  return text;
}

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
  w.key("text").string(reason_text(ix, r));
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

std::string not_for_me_text(const CatalogIndex& ix, const NotForMe& n) {
  std::string text = "You said " + skill_name(ix, n.via >= 0 ? n.via : n.skill) + " is not for you.";
  if (n.via >= 0) text += " This course teaches " + skill_name(ix, n.skill) + ", " + steps(n.hops) + " from it in the skill taxonomy.";
  return text;
}

void write_not_for_me(JsonWriter& w, const CatalogIndex& ix, const NotForMe& n) {
  w.begin_object();
  w.key("skill").string(ix.skill_ids[n.skill]).key("label").string(ix.skill_labels[n.skill]);
  if (n.via >= 0) {
    w.key("via").string(ix.skill_ids[n.via]).key("viaLabel").string(ix.skill_labels[n.via]);
    w.key("hops").integer(n.hops);
  }
  w.key("text").string(not_for_me_text(ix, n));
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

std::string framing_text(const CatalogIndex& ix, const Frame& f, const std::vector<Reason>& reasons) {
  const Policy& policy = ix.organization.policy;
  switch (f.kind) {
    case Frame::Kind::kGift:
      if (!policy.gift_note.empty()) return policy.gift_note;
      return policy.gifts_allowed ? "The organization can support this as a one-off gift: ask your manager."
                                  : "The organization does not fund this; it is yours to pursue outside work.";
    case Frame::Kind::kMandatory:
      return policy.mandatory_note.empty() ? "Everyone in the organization takes this course." : policy.mandatory_note;
    case Frame::Kind::kPriority: {
      const Reason& r = reasons[f.reason];
      const Priority& p = ix.organization.priorities[r.priority];
      if (!p.rationale.empty()) return p.rationale;  // the framing is the rationale itself, verbatim
      return "The organization has made " + skill_name(ix, r.via >= 0 ? r.via : r.skill) + " a priority (" + need_text(p.need) + ").";
    }
    case Frame::Kind::kRole: {
      const Reason& r = reasons[f.reason];
      return "Your role as " + ix.organization.roles[r.role].title + " requires " + skill_name(ix, r.via >= 0 ? r.via : r.skill) +
             " at level " + std::to_string(r.required) +
             (r.via < 0 ? "; this course takes you to level " + std::to_string(r.level) + "."
                        : "; this course teaches the related skill " + quoted(ix.skill_labels[r.skill]) + " to level " +
                              std::to_string(r.level) + ".");
    }
    default: return "";
  }
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

std::vector<GrowthMessage> growth_messages(const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores) {
  std::vector<GrowthMessage> out;
  const Learner& learner = scorer.learner();
  std::vector<std::int32_t> toward;  // skills related to the initiative's skills
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
    std::vector<std::int32_t> courses;
    for (std::int32_t s : toward) {
      for (std::uint32_t k = ix.posting_begin[s]; k < ix.posting_begin[s + 1]; ++k) {
        const std::int32_t c = ix.posting_course[k];
        if (ix.posting_level[k] > scorer.current_level(s) && scores.quadrant[c] == kSweetSpot) courses.push_back(c);
      }
    }
    std::sort(courses.begin(), courses.end());
    courses.erase(std::unique(courses.begin(), courses.end()), courses.end());
    const GrowthInitiative& init = ix.organization.growth[g];
    std::string message = "When we grow, you grow: " + as_sentence(init.name) + (init.rationale.empty() ? "" : " " + as_sentence(init.rationale));
    if (!courses.empty())
      message += " " + std::to_string(courses.size()) + (courses.size() == 1 ? " Sweet Spot course builds" : " Sweet Spot courses build") +
                 " toward it.";
    out.push_back({static_cast<std::int32_t>(g), std::move(message), std::move(courses)});
  }
  return out;
}

}  // namespace sweetspot
