#include "scoring/explanations.h"

#include <algorithm>
#include <string_view>

#include "documents/json_writer.h"

namespace sweetspot {
namespace {

int required_level(const CatalogIndex& ix, std::int32_t role, std::int32_t skill) {
  for (const auto& [s, level] : ix.role_requirements[role])
    if (s == skill) return level;
  return 0;
}

std::string steps(int hops) { return std::to_string(hops) + (hops == 1 ? " step" : " steps"); }

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

std::string reason_text(const CatalogIndex& ix, const LearnerScorer& scorer, const Contribution& term) {
  const Demand& d = term.demand;
  if (d.source == Source::kMandatory) return "This course is mandatory in the organization.";
  const std::string& wanted = ix.skill_labels[d.origin];
  const std::string held = std::to_string(scorer.current_level(d.origin));
  std::string text;
  switch (d.source) {
    case Source::kInterest:
      text = "You want to learn " + wanted + " (interest " +
             format_units(to_units(scorer.learner().interests[d.ref].strength)) + ").";
      break;
    case Source::kFeedback:
      text = "Your 360 feedback names " + wanted + " as a development need you accepted.";
      break;
    case Source::kAspiration:
      text = ix.organization.roles[d.ref].title + ", a role you aspire to, needs " + wanted + " at level " +
             std::to_string(required_level(ix, d.ref, d.origin)) + "; you are at " + held + ".";
      break;
    case Source::kRole:
      text = "Your role as " + ix.organization.roles[d.ref].title + " needs " + wanted + " at level " +
             std::to_string(required_level(ix, d.ref, d.origin)) + "; you are at " + held + ".";
      break;
    case Source::kPriority: {
      const Priority& p = ix.organization.priorities[d.ref];
      text = "Organization priority (" + p.need + ") on " + wanted + (p.rationale.empty() ? "." : ": " + as_sentence(p.rationale));
      break;
    }
    default: break;
  }
  if (d.origin != term.skill)
    text += " This course teaches " + ix.skill_labels[term.skill] + ", " + steps(d.hops) + " from it in the skill taxonomy.";
  return text;
}

std::string framing_text(const CatalogIndex& ix, Quadrant quadrant, const std::vector<Contribution>& terms) {
  const Policy& policy = ix.organization.policy;
  if (quadrant == kGift) {
    if (!policy.gift_note.empty()) return policy.gift_note;
    return policy.gifts_allowed ? "The organization can support this as a one-off gift: ask your manager."
                                : "The organization does not fund this; it is yours to pursue outside work.";
  }
  if (quadrant != kUphill) return "";
  const Contribution* largest = nullptr;
  for (const Contribution& t : terms)
    if (t.axis == Axis::kOrg && (!largest || t.amount > largest->amount)) largest = &t;
  if (!largest) return "";
  const Demand& d = largest->demand;
  switch (d.source) {
    case Source::kMandatory:
      return policy.mandatory_note.empty() ? "Everyone in the organization takes this course." : policy.mandatory_note;
    case Source::kPriority: {
      const Priority& p = ix.organization.priorities[d.ref];
      return p.rationale.empty() ? "The organization has made " + ix.skill_labels[d.origin] + " a priority (" + p.need + ")."
                                 : p.rationale;  // the framing is the rationale itself, verbatim
    }
    case Source::kRole:
      return "Your role as " + ix.organization.roles[d.ref].title + " requires " + ix.skill_labels[d.origin] + " at level " +
             std::to_string(required_level(ix, d.ref, d.origin)) +
             (largest->skill == d.origin ? "; this course takes you to level " + std::to_string(largest->course_level) + "."
                                         : "; this course teaches the related " + ix.skill_labels[largest->skill] + " to level " +
                                               std::to_string(largest->course_level) + ".");
    default: return "";
  }
}

std::vector<GrowthMessage> growth_messages(const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores) {
  std::vector<GrowthMessage> out;
  const Learner& learner = scorer.learner();
  std::vector<std::uint8_t> toward(ix.skill_count(), 0);
  for (std::size_t g = 0; g < ix.growth_skills.size(); ++g) {
    bool meets = false;
    for (std::int32_t r : ix.growth_roles[g])
      for (const std::string& a : learner.aspirations) meets = meets || ix.organization.roles[r].id == a;
    for (std::int32_t s : ix.growth_skills[g]) meets = meets || scorer.effective_personal(s).units > 0;
    if (!meets) continue;

    // Courses build toward the initiative when they grow a skill related to one of its skills.
    std::fill(toward.begin(), toward.end(), 0);
    for (std::int32_t s : ix.growth_skills[g])
      for (std::uint32_t k = ix.related_begin[s]; k < ix.related_begin[s + 1]; ++k) toward[ix.related[k].skill] = 1;
    std::vector<std::int32_t> courses;
    for (std::size_t s = 0; s < ix.skill_count(); ++s) {
      if (!toward[s]) continue;
      for (std::uint32_t k = ix.posting_begin[s]; k < ix.posting_begin[s + 1]; ++k) {
        const std::int32_t c = ix.posting_course[k];
        if (ix.posting_level[k] > scorer.current_level(static_cast<std::int32_t>(s)) && scores.quadrant[c] == kSweetSpot)
          courses.push_back(c);
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
