#include "documents/document_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "documents/broader_cycle.h"
#include "documents/first_seen.h"
#include "documents/input_limits.h"
#include "documents/iso_date.h"
#include "documents/utf8_text.h"
#include "sweetspot/codes.h"

namespace sweetspot {
namespace {

std::string format_number(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

std::string range_phrase(double lo, double hi) { return format_number(lo) + ".." + format_number(hi); }

// Keys are string_views, as in warn_unknown_keys: a literal's length is known when compiling, so
// comparing it with the document's keys needs no strlen each time.
const Json* member(const Json& obj, std::string_view key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

}  // namespace

std::string JsonPath::str() const {
  if (!parent_) return std::string(text_);
  return parent_->str() + "/" + (is_index_ ? std::to_string(index_) : pointer_token(std::string(text_)));
}

std::string describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer: return "number " + std::to_string(v.get<std::int64_t>());
    case Json::value_t::number_unsigned: return "number " + std::to_string(v.get<std::uint64_t>());
    case Json::value_t::number_float: {
      double d = v.get<double>();
      return std::isfinite(d) ? "number " + format_number(d) : std::string("a number too large to represent");
    }
    case Json::value_t::string: return "string \"" + clip(v.get_ref<const std::string&>(), 40) + "\"";
    case Json::value_t::array: return "array of " + std::to_string(v.size());
    case Json::value_t::object: return "object";
    default: return "unsupported value";
  }
}

bool DocumentReader::fail(Error e) {
  error_ = std::move(e);
  return false;
}

bool DocumentReader::object(const Json& v, const JsonPath& path) {
  return v.is_object() || fail(make_error(path.str(), "object", describe(v)));
}

bool DocumentReader::array(const Json& v, const JsonPath& path, std::size_t max_items) {
  if (!v.is_array()) return fail(make_error(path.str(), "array", describe(v)));
  if (v.size() > max_items)
    return fail(make_error(path.str(), "at most " + std::to_string(max_items) + " items", std::to_string(v.size()) + " items"));
  return true;
}

bool DocumentReader::string_value(const Json& v, const JsonPath& path, std::string& out, bool allow_empty) {
  if (!v.is_string()) return fail(make_error(path.str(), allow_empty ? "string" : "non-empty string", describe(v)));
  const std::string& s = v.get_ref<const std::string&>();
  if (!allow_empty && s.empty()) return fail(make_error(path.str(), "non-empty string", "empty string"));
  out = s;
  return true;
}

bool DocumentReader::number_value(const Json& v, const JsonPath& path, double lo, double hi, double& out) {
  if (v.is_number()) {
    const double d = v.get<double>();
    if (std::isfinite(d) && d >= lo && d <= hi) {
      out = d;
      return true;
    }
  }
  return fail(make_error(path.str(), "number " + range_phrase(lo, hi), describe(v)));  // the message only when needed
}

bool DocumentReader::level_value(const Json& v, const JsonPath& path, int& out, int min) {
  if (v.is_number()) {
    const double d = v.get<double>();
    if (std::isfinite(d) && d >= min && d <= 5 && std::floor(d) == d) {
      out = static_cast<int>(d);
      return true;
    }
  }
  return fail(make_error(path.str(), "integer level " + std::to_string(min) + "..5", describe(v)));
}

bool DocumentReader::id_list(const Json& obj, const JsonPath& path, std::string_view key, std::vector<std::string>& out,
                             bool unique) {
  const Json* v = member(obj, key);
  if (!v) return true;
  const JsonPath p = path.key(key);
  if (!array(*v, p, limits::kMaxListItems)) return false;
  FirstSeen seen;
  for (std::size_t i = 0; i < v->size(); ++i) {
    std::string id;
    if (!string_value((*v)[i], p.index(i), id, false)) return false;
    if (auto first = seen.add((*v)[i].get_ref<const std::string&>(), i)) {  // the DOM's string: `out` moves
      if (unique)
        return fail(make_error(p.index(i).str(), "each id once", "\"" + clip(id, 40) + "\" again (first at " + p.index(*first).str() + ")"));
      continue;  // a repeated reference means nothing more; keep the first
    }
    out.push_back(std::move(id));
  }
  return true;
}

void DocumentReader::warn_unknown_keys(const Json& obj, const JsonPath& path, std::initializer_list<std::string_view> known) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (std::string_view k : known) ok = ok || it.key() == k;
    if (!ok) warnings_.push_back({path.key(it.key()).str(), "unknown key ignored"});
  }
}

bool DocumentReader::read_date(const Json& v, const JsonPath& path, Date& out) {
  const char* expected = "ISO date YYYY-MM-DD";
  if (!v.is_string()) return fail(make_error(path.str(), expected, describe(v)));
  auto d = parse_iso_date(v.get_ref<const std::string&>());
  if (!d) return fail(make_error(path.str(), expected, describe(v)));
  out = *d;
  return true;
}

// ---- taxonomy ----------------------------------------------------------------------------------

bool DocumentReader::read_taxonomy(const Json& v, const JsonPath& path, Taxonomy& out) {
  if (!object(v, path)) return false;
  warn_unknown_keys(v, path, {"schema", "skills"});
  const Json* skills = member(v, "skills");
  const JsonPath sp = path.key("skills");
  if (!skills) return fail(make_error(sp.str(), "array of skills", "nothing (missing)"));
  if (!array(*skills, sp, limits::kMaxSkills)) return false;
  out.present = true;
  out.skills.resize(skills->size());
  FirstSeen ids;
  for (std::size_t i = 0; i < skills->size(); ++i) {
    const Json& s = (*skills)[i];
    const JsonPath p = sp.index(i);
    TaxonomySkill& skill = out.skills[i];
    if (!object(s, p)) return false;
    warn_unknown_keys(s, p, {"id", "label", "aliases", "broader"});
    const Json* id = member(s, "id");
    if (!id) return fail(make_error(p.key("id").str(), "non-empty string", "nothing (missing)"));
    if (!string_value(*id, p.key("id"), skill.id, false)) return false;
    if (auto first = ids.add(skill.id, i))
      return fail(make_error(p.key("id").str(), "a unique skill id",
                             "\"" + clip(skill.id, 40) + "\" again (first at " + sp.index(*first).str() + ")"));
    const Json* label = member(s, "label");
    if (label && !string_value(*label, p.key("label"), skill.label, false)) return false;
    if (!label) skill.label = skill.id;
    if (!id_list(s, p, "aliases", skill.aliases, false)) return false;
    if (!id_list(s, p, "broader", skill.broader, false)) return false;
  }
  return check_taxonomy_cycles(out, sp);
}

// A cycle in `broader` would make "broader than" meaningless; refuse it, naming the edge that closes it.
bool DocumentReader::check_taxonomy_cycles(const Taxonomy& t, const JsonPath& skills_path) {
  std::unordered_map<std::string_view, std::size_t> index;  // views of the ids in `t`
  for (std::size_t i = 0; i < t.skills.size(); ++i) index.emplace(t.skills[i].id, i);
  BroaderLinks links;
  for (const TaxonomySkill& skill : t.skills) {
    for (const std::string& id : skill.broader) {
      const auto it = index.find(id);
      links.add(it == index.end() ? BroaderLinks::kUnknownSkill : it->second);  // unknown: a warning at index time
    }
    links.end_skill();
  }
  BroaderCycle cycle;
  if (!find_broader_cycle(links, cycle)) return true;
  std::string text;
  for (std::size_t s : cycle.path) text += clip(t.skills[s].id, 40) + " -> ";
  text += clip(t.skills[cycle.returns_to()].id, 40);
  return fail(make_error(skills_path.index(cycle.path.back()).key("broader").index(cycle.closing_link).str(),
                         "a broader skill that is not narrower than this one", "a cycle " + text));
}

// ---- organization ------------------------------------------------------------------------------

bool DocumentReader::read_skill_levels(const Json& v, const JsonPath& path, std::vector<SkillLevel>& out) {
  if (!array(v, path, limits::kMaxListItems)) return false;
  FirstSeen seen;
  out.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const JsonPath p = path.index(i);
    const Json& e = v[i];
    if (!object(e, p)) return false;
    warn_unknown_keys(e, p, {"skill", "level"});
    const Json* skill = member(e, "skill");
    const Json* level = member(e, "level");
    if (!skill) return fail(make_error(p.key("skill").str(), "skill id", "nothing (missing)"));
    if (!string_value(*skill, p.key("skill"), out[i].skill, false)) return false;
    if (!level) return fail(make_error(p.key("level").str(), "integer level 0..5", "nothing (missing)"));
    if (!level_value(*level, p.key("level"), out[i].level)) return false;
    if (auto first = seen.add(out[i].skill, i))
      return fail(make_error(p.key("skill").str(), "each skill once",
                             "\"" + clip(out[i].skill, 40) + "\" again (first at " + path.index(*first).str() + ")"));
  }
  return true;
}

bool DocumentReader::read_role(const Json& v, const JsonPath& p, Role& out) {
  if (!object(v, p)) return false;
  warn_unknown_keys(v, p, {"id", "title", "skills", "next"});
  const Json* id = member(v, "id");
  if (!id) return fail(make_error(p.key("id").str(), "non-empty string", "nothing (missing)"));
  if (!string_value(*id, p.key("id"), out.id, false)) return false;
  const Json* title = member(v, "title");
  if (title && !string_value(*title, p.key("title"), out.title, false)) return false;
  if (!title) out.title = out.id;
  const Json* skills = member(v, "skills");
  if (skills && !read_skill_levels(*skills, p.key("skills"), out.skills)) return false;
  return id_list(v, p, "next", out.next, false);
}

bool DocumentReader::read_priority(const Json& v, const JsonPath& p, Priority& out) {
  if (!object(v, p)) return false;
  warn_unknown_keys(v, p, {"skill", "weight", "need", "rationale"});
  const Json* skill = member(v, "skill");
  if (!skill) return fail(make_error(p.key("skill").str(), "skill id", "nothing (missing)"));
  if (!string_value(*skill, p.key("skill"), out.skill, false)) return false;
  const Json* weight = member(v, "weight");
  if (!weight) return fail(make_error(p.key("weight").str(), "number 0..1", "nothing (missing)"));
  if (!number_value(*weight, p.key("weight"), 0, 1, out.weight)) return false;
  const Json* need = member(v, "need");
  out.need = "improve";
  if (need) {
    const char* expected = "one of \"job\", \"improve\", \"future\", \"leadership\"";
    if (!need->is_string()) return fail(make_error(p.key("need").str(), expected, describe(*need)));
    const std::string& n = need->get_ref<const std::string&>();
    if (n != "job" && n != "improve" && n != "future" && n != "leadership")
      return fail(make_error(p.key("need").str(), expected, describe(*need)));
    out.need = n;
  }
  const Json* rationale = member(v, "rationale");
  if (rationale && !string_value(*rationale, p.key("rationale"), out.rationale, true)) return false;
  return true;
}

bool DocumentReader::read_growth(const Json& v, const JsonPath& p, GrowthInitiative& out) {
  if (!object(v, p)) return false;
  warn_unknown_keys(v, p, {"name", "rationale", "skills", "roles"});
  const Json* name = member(v, "name");
  if (!name) return fail(make_error(p.key("name").str(), "non-empty string", "nothing (missing)"));
  if (!string_value(*name, p.key("name"), out.name, false)) return false;
  const Json* rationale = member(v, "rationale");
  if (rationale && !string_value(*rationale, p.key("rationale"), out.rationale, true)) return false;
  if (!id_list(v, p, "skills", out.skills, false)) return false;
  return id_list(v, p, "roles", out.roles, false);
}

bool DocumentReader::read_policy(const Json& v, const JsonPath& p, Policy& out) {
  if (!object(v, p)) return false;
  warn_unknown_keys(v, p, {"thresholds", "gifts", "borderlineMargin", "mandatoryNote", "taxonomy", "weights"});
  if (const Json* t = member(v, "thresholds")) {
    const JsonPath tp = p.key("thresholds");
    if (!object(*t, tp)) return false;
    warn_unknown_keys(*t, tp, {"personal", "org"});
    if (const Json* x = member(*t, "personal"); x && !number_value(*x, tp.key("personal"), 0, 1, out.personal_threshold)) return false;
    if (const Json* x = member(*t, "org"); x && !number_value(*x, tp.key("org"), 0, 1, out.org_threshold)) return false;
  }
  if (const Json* g = member(v, "gifts")) {
    const JsonPath gp = p.key("gifts");
    if (!object(*g, gp)) return false;
    warn_unknown_keys(*g, gp, {"allowed", "note"});
    if (const Json* a = member(*g, "allowed")) {
      if (!a->is_boolean()) return fail(make_error(gp.key("allowed").str(), "true or false", describe(*a)));
      out.gifts_allowed = a->get<bool>();
    }
    if (const Json* n = member(*g, "note"); n && !string_value(*n, gp.key("note"), out.gift_note, true)) return false;
  }
  if (const Json* m = member(v, "borderlineMargin"); m && !number_value(*m, p.key("borderlineMargin"), 0, 0.5, out.borderline_margin))
    return false;
  if (const Json* n = member(v, "mandatoryNote"); n && !string_value(*n, p.key("mandatoryNote"), out.mandatory_note, true))
    return false;
  if (const Json* t = member(v, "taxonomy")) {
    const JsonPath tp = p.key("taxonomy");
    if (!object(*t, tp)) return false;
    warn_unknown_keys(*t, tp, {"decay", "maxHops"});
    if (const Json* d = member(*t, "decay"); d && !number_value(*d, tp.key("decay"), 0, 1, out.taxonomy_decay)) return false;
    if (const Json* h = member(*t, "maxHops")) {
      double hops = 0;
      const JsonPath hp = tp.key("maxHops");
      const std::string expected = "integer 0.." + std::to_string(limits::kMaxTaxonomyHops);
      if (!h->is_number() || !std::isfinite(h->get<double>())) return fail(make_error(hp.str(), expected, describe(*h)));
      hops = h->get<double>();
      if (hops < 0 || hops > limits::kMaxTaxonomyHops || std::floor(hops) != hops) return fail(make_error(hp.str(), expected, describe(*h)));
      out.taxonomy_max_hops = static_cast<int>(hops);
    }
  }
  if (const Json* w = member(v, "weights")) {
    const JsonPath wp = p.key("weights");
    if (!object(*w, wp)) return false;
    warn_unknown_keys(*w, wp, {"aspiration", "role"});
    if (const Json* a = member(*w, "aspiration"); a && !number_value(*a, wp.key("aspiration"), 0, 1, out.aspiration_weight)) return false;
    if (const Json* r = member(*w, "role"); r && !number_value(*r, wp.key("role"), 0, 1, out.role_weight)) return false;
  }
  return true;
}

bool DocumentReader::read_organization(const Json& v, const JsonPath& path, Organization& out) {
  if (!object(v, path)) return false;
  warn_unknown_keys(v, path, {"schema", "roles", "priorities", "mandatory", "growth", "policy"});
  if (const Json* roles = member(v, "roles")) {
    const JsonPath rp = path.key("roles");
    if (!array(*roles, rp, limits::kMaxRoles)) return false;
    out.roles.resize(roles->size());
    FirstSeen ids;
    for (std::size_t i = 0; i < roles->size(); ++i) {
      if (!read_role((*roles)[i], rp.index(i), out.roles[i])) return false;
      if (auto first = ids.add(out.roles[i].id, i))
        return fail(make_error(rp.index(i).key("id").str(), "a unique role id",
                               "\"" + clip(out.roles[i].id, 40) + "\" again (first at " + rp.index(*first).str() + ")"));
    }
  }
  if (const Json* prios = member(v, "priorities")) {
    const JsonPath pp = path.key("priorities");
    if (!array(*prios, pp, limits::kMaxListItems)) return false;
    out.priorities.resize(prios->size());
    for (std::size_t i = 0; i < prios->size(); ++i)
      if (!read_priority((*prios)[i], pp.index(i), out.priorities[i])) return false;
  }
  if (!id_list(v, path, "mandatory", out.mandatory, false)) return false;
  if (const Json* growth = member(v, "growth")) {
    const JsonPath gp = path.key("growth");
    if (!array(*growth, gp, limits::kMaxListItems)) return false;
    out.growth.resize(growth->size());
    for (std::size_t i = 0; i < growth->size(); ++i)
      if (!read_growth((*growth)[i], gp.index(i), out.growth[i])) return false;
  }
  if (const Json* policy = member(v, "policy"); policy && !read_policy(*policy, path.key("policy"), out.policy)) return false;
  return true;
}

// ---- catalog -----------------------------------------------------------------------------------

bool DocumentReader::read_course(const Json& v, const JsonPath& p, Course& out) {
  if (!object(v, p)) return false;
  warn_unknown_keys(v, p, {"id", "title", "skills", "hours", "language", "format", "tags", "url", "summary"});
  const Json* id = member(v, "id");
  if (!id) return fail(make_error(p.key("id").str(), "non-empty string", "nothing (missing)"));
  if (!string_value(*id, p.key("id"), out.id, false)) return false;
  const Json* title = member(v, "title");
  if (title && !string_value(*title, p.key("title"), out.title, true)) return false;
  if (!title) out.title = out.id;
  if (const Json* skills = member(v, "skills")) {
    const JsonPath sp = p.key("skills");
    if (!array(*skills, sp, limits::kMaxSkillsPerCourse)) return false;
    out.skills.resize(skills->size());
    FirstSeen seen;
    double total_weight = 0;
    bool any_weight = false;
    for (std::size_t i = 0; i < skills->size(); ++i) {
      const Json& e = (*skills)[i];
      const JsonPath ep = sp.index(i);
      CourseSkill& cs = out.skills[i];
      if (!object(e, ep)) return false;
      warn_unknown_keys(e, ep, {"skill", "level", "weight"});
      const Json* skill = member(e, "skill");
      if (!skill) return fail(make_error(ep.key("skill").str(), "skill id", "nothing (missing)"));
      if (!string_value(*skill, ep.key("skill"), cs.skill, false)) return false;
      const Json* level = member(e, "level");
      // A course teaches up to a level of at least 1: level 0 would teach nothing.
      if (!level) return fail(make_error(ep.key("level").str(), "integer level 1..5", "nothing (missing)"));
      if (!level_value(*level, ep.key("level"), cs.level, 1)) return false;
      if (const Json* w = member(e, "weight")) {
        double weight = 0;
        if (!number_value(*w, ep.key("weight"), 0, 1, weight)) return false;
        cs.weight = weight;
        total_weight += weight;
        any_weight = true;
      }
      if (auto first = seen.add(cs.skill, i))
        return fail(make_error(ep.key("skill").str(), "each skill once per course",
                               "\"" + clip(cs.skill, 40) + "\" again (first at " + sp.index(*first).str() + ")"));
    }
    // Weights are relative; if every skill is weighted 0 there is nothing to share out.
    if (any_weight && total_weight == 0 && std::all_of(out.skills.begin(), out.skills.end(), [](const CourseSkill& s) { return s.weight.has_value(); }))
      return fail(make_error(sp.str(), "at least one skill with a weight above 0", "all weights 0"));
  }
  if (const Json* h = member(v, "hours")) {
    double hours = 0;
    if (!number_value(*h, p.key("hours"), 0, 100000, hours)) return false;
    out.hours = hours;
  }
  if (const Json* l = member(v, "language"); l && !string_value(*l, p.key("language"), out.language, true)) return false;
  if (const Json* f = member(v, "format"); f && !string_value(*f, p.key("format"), out.format, true)) return false;
  if (const Json* u = member(v, "url"); u && !u->is_string()) return fail(make_error(p.key("url").str(), "string", describe(*u)));
  if (const Json* s = member(v, "summary"); s && !s->is_string()) return fail(make_error(p.key("summary").str(), "string", describe(*s)));
  return id_list(v, p, "tags", out.tags, false);
}

bool DocumentReader::read_catalog(const Json& v, const JsonPath& path, Catalog& out) {
  if (!object(v, path)) return false;
  warn_unknown_keys(v, path, {"schema", "courses"});
  const Json* courses = member(v, "courses");
  const JsonPath cp = path.key("courses");
  if (!courses) return fail(make_error(cp.str(), "array of courses", "nothing (missing)"));
  if (!array(*courses, cp, limits::kMaxCourses)) return false;
  out.courses.resize(courses->size());
  FirstSeen ids;
  for (std::size_t i = 0; i < courses->size(); ++i) {
    if (!read_course((*courses)[i], cp.index(i), out.courses[i])) return false;
    if (auto first = ids.add(out.courses[i].id, i))
      return fail(make_error(cp.index(i).key("id").str(), "a unique course id",
                             "\"" + clip(out.courses[i].id, 40) + "\" again (first at " + cp.index(*first).str() + ")"));
  }
  return true;
}

// ---- learner -----------------------------------------------------------------------------------

bool DocumentReader::read_learner(const Json& v, const JsonPath& path, Learner& out) {
  if (!object(v, path)) return false;
  warn_unknown_keys(v, path, {"schema", "id", "name", "team", "role", "roleSince", "aspirations", "interests",
                              "proficiency", "feedback", "completed"});
  const Json* id = member(v, "id");
  if (!id) return fail(make_error(path.key("id").str(), "non-empty string", "nothing (missing)"));
  if (!string_value(*id, path.key("id"), out.id, false)) return false;
  if (const Json* n = member(v, "name"); n && !string_value(*n, path.key("name"), out.name, true)) return false;
  if (const Json* t = member(v, "team"); t && !string_value(*t, path.key("team"), out.team, true)) return false;
  if (const Json* r = member(v, "role"); r && !r->is_null() && !string_value(*r, path.key("role"), out.role, false)) return false;
  if (const Json* since = member(v, "roleSince"); since && !since->is_null()) {
    Date d;
    if (!read_date(*since, path.key("roleSince"), d)) return false;
    out.role_since = d;
  }
  if (!id_list(v, path, "aspirations", out.aspirations, false)) return false;
  if (const Json* interests = member(v, "interests")) {
    const JsonPath ip = path.key("interests");
    if (!array(*interests, ip, limits::kMaxListItems)) return false;
    FirstSeen seen;
    out.interests.resize(interests->size());
    for (std::size_t i = 0; i < interests->size(); ++i) {
      const JsonPath p = ip.index(i);
      const Json& e = (*interests)[i];
      if (!object(e, p)) return false;
      warn_unknown_keys(e, p, {"skill", "strength"});
      const Json* skill = member(e, "skill");
      if (!skill) return fail(make_error(p.key("skill").str(), "skill id", "nothing (missing)"));
      if (!string_value(*skill, p.key("skill"), out.interests[i].skill, false)) return false;
      const Json* strength = member(e, "strength");
      if (!strength) return fail(make_error(p.key("strength").str(), "number 0..1", "nothing (missing)"));
      if (!number_value(*strength, p.key("strength"), 0, 1, out.interests[i].strength)) return false;
      if (auto first = seen.add(out.interests[i].skill, i))
        return fail(make_error(p.key("skill").str(), "each skill once",
                               "\"" + clip(out.interests[i].skill, 40) + "\" again (first at " + ip.index(*first).str() + ")"));
    }
  }
  if (const Json* prof = member(v, "proficiency"); prof && !read_skill_levels(*prof, path.key("proficiency"), out.proficiency))
    return false;
  if (const Json* feedback = member(v, "feedback")) {
    const JsonPath fp = path.key("feedback");
    if (!array(*feedback, fp, limits::kMaxListItems)) return false;
    FirstSeen seen;
    out.feedback.resize(feedback->size());
    for (std::size_t i = 0; i < feedback->size(); ++i) {
      const JsonPath p = fp.index(i);
      const Json& e = (*feedback)[i];
      if (!object(e, p)) return false;
      warn_unknown_keys(e, p, {"skill", "need"});
      const Json* skill = member(e, "skill");
      if (!skill) return fail(make_error(p.key("skill").str(), "skill id", "nothing (missing)"));
      if (!string_value(*skill, p.key("skill"), out.feedback[i].skill, false)) return false;
      const Json* need = member(e, "need");
      if (!need) return fail(make_error(p.key("need").str(), "number 0..1", "nothing (missing)"));
      if (!number_value(*need, p.key("need"), 0, 1, out.feedback[i].need)) return false;
      if (auto first = seen.add(out.feedback[i].skill, i))
        return fail(make_error(p.key("skill").str(), "each skill once",
                               "\"" + clip(out.feedback[i].skill, 40) + "\" again (first at " + fp.index(*first).str() + ")"));
    }
  }
  return id_list(v, path, "completed", out.completed, false);
}

bool DocumentReader::read_learners(const Json& v, const JsonPath& path, std::vector<Learner>& out) {
  if (!array(v, path, limits::kMaxLearners)) return false;
  out.resize(v.size());
  FirstSeen ids;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!read_learner(v[i], path.index(i), out[i])) return false;
    if (auto first = ids.add(out[i].id, i))
      return fail(make_error(path.index(i).key("id").str(), "a unique learner id",
                             "\"" + clip(out[i].id, 40) + "\" again (first at " + path.index(*first).str() + ")"));
  }
  return true;
}

// ---- skill suggestions ---------------------------------------------------------------------------

bool DocumentReader::read_course_text(const Json& v, const JsonPath& p, CourseText& out) {
  if (const Json* id = member(v, "id"); id && !string_value(*id, p.key("id"), out.id, false)) return false;
  if (const Json* t = member(v, "title"); t && !string_value(*t, p.key("title"), out.title, true)) return false;
  if (const Json* s = member(v, "summary"); s && !string_value(*s, p.key("summary"), out.summary, true)) return false;
  return id_list(v, p, "tags", out.tags, false);
}

bool DocumentReader::read_rejected_aliases(const Json& v, const JsonPath& path, std::vector<RejectedAlias>& out) {
  if (!array(v, path, limits::kMaxCourses)) return false;
  out.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const JsonPath p = path.index(i);
    if (v[i].is_string()) {
      if (!string_value(v[i], p, out[i].term, false)) return false;
      continue;
    }
    if (!v[i].is_object()) return fail(make_error(p.str(), "a term (string) or {term, skill?}", describe(v[i])));
    warn_unknown_keys(v[i], p, {"term", "skill"});
    const Json* term = member(v[i], "term");
    if (!term) return fail(make_error(p.key("term").str(), "string", "nothing (missing)"));
    if (!string_value(*term, p.key("term"), out[i].term, false)) return false;
    if (const Json* skill = member(v[i], "skill"); skill && !string_value(*skill, p.key("skill"), out[i].skill, false)) return false;
  }
  return true;
}

bool DocumentReader::read_suggestion_request(const Json& v, SuggestionRequest& out, std::initializer_list<const char*> extra) {
  if (!object(v, "")) return false;
  std::vector<const char*> known{"schema", "courses", "id", "title", "summary", "tags", "limit", "minConfidence", "rejectedAliases"};
  known.insert(known.end(), extra.begin(), extra.end());
  for (auto it = v.begin(); it != v.end(); ++it)
    if (std::none_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; }))
      warnings_.push_back({"/" + pointer_token(it.key()), "unknown key ignored"});
  if (const Json* l = member(v, "limit")) {
    double d = 0;
    if (!number_value(*l, "/limit", 1, 100, d) || std::floor(d) != d) return fail(make_error("/limit", "integer 1..100", describe(*l)));
    out.limit = static_cast<std::size_t>(d);
  }
  if (const Json* m = member(v, "minConfidence")) {
    double d = 0;
    if (!number_value(*m, "/minConfidence", 0, 1, d)) return false;
    out.min_confidence = static_cast<int>(std::llround(d * 10000));
  }
  if (const Json* r = member(v, "rejectedAliases"); r && !read_rejected_aliases(*r, "/rejectedAliases", out.rejected)) return false;
  const Json* courses = member(v, "courses");
  out.batch = courses != nullptr;
  if (!out.batch) {
    out.courses.resize(1);
    return read_course_text(v, "", out.courses[0]);
  }
  if (!array(*courses, "/courses", limits::kMaxCourses)) return false;
  out.courses.resize(courses->size());
  const JsonPath courses_path("/courses");
  for (std::size_t i = 0; i < courses->size(); ++i) {
    const JsonPath p = courses_path.index(i);
    if (!object((*courses)[i], p)) return false;
    warn_unknown_keys((*courses)[i], p, {"id", "title", "summary", "tags", "skills", "hours", "language", "format", "url"});
    if (!read_course_text((*courses)[i], p, out.courses[i])) return false;
  }
  return true;
}

// ---- combined ----------------------------------------------------------------------------------

// Every part a request may hold, in a fixed order. A learner request (kAllParts false) refuses an
// organization, a catalog or learners before reading anything, so its instance leaves their readers
// out and the learner module never links them (5.3 KB gzip); what it reads and says is the same.
template <bool kAllParts>
bool DocumentReader::read_parts(const Json& doc, const DocumentShape& shape, Documents& out) {
  if (!object(doc, "")) return false;
  warn_unknown_keys(doc, "", {"schema", "taxonomy", "organization", "catalog", "learner", "learners", "asOf"});
  if (const Json* schema = member(doc, "schema")) {
    if (!schema->is_string() || schema->get_ref<const std::string&>() != kSchema)
      return fail(make_error("/schema", "\"sweetspot/1\"", describe(*schema)));
  }
  struct Part { const char* key; Need need; };
  for (const Part& part : {Part{"organization", shape.organization}, Part{"catalog", shape.catalog},
                           Part{"learner", shape.learner}, Part{"learners", shape.learners}}) {
    const bool present = member(doc, part.key) != nullptr;
    if (part.need == Need::kRequired && !present)
      return fail(make_error(std::string("/") + part.key, part.key == std::string("learners") ? "array of learners" : "object",
                             "nothing (missing)"));
    if (part.need == Need::kForbidden && present)
      return fail(make_error_message(std::string("/") + part.key, "not expected in this request"));
  }
  if (const Json* t = member(doc, "taxonomy"); t && !t->is_null() && !read_taxonomy(*t, "/taxonomy", out.taxonomy)) return false;
  if constexpr (kAllParts) {
    if (const Json* o = member(doc, "organization")) {
      out.organization.emplace();
      if (!read_organization(*o, "/organization", *out.organization)) return false;
    }
    if (const Json* c = member(doc, "catalog")) {
      out.catalog.emplace();
      if (!read_catalog(*c, "/catalog", *out.catalog)) return false;
    }
  }
  if (const Json* l = member(doc, "learner")) {
    out.learner.emplace();
    if (!read_learner(*l, "/learner", *out.learner)) return false;
  }
  if constexpr (kAllParts) {
    if (const Json* ls = member(doc, "learners")) {
      out.learners.emplace();
      if (!read_learners(*ls, "/learners", *out.learners)) return false;
    }
  }
  if (const Json* a = member(doc, "asOf"); a && !a->is_null()) {
    Date d;
    if (!read_date(*a, "/asOf", d)) return false;
    out.as_of = d;
  }
  return true;
}

bool DocumentReader::read_documents(const Json& doc, const DocumentShape& shape, Documents& out) {
  return read_parts<true>(doc, shape, out);
}

bool DocumentReader::read_learner_request(const Json& doc, Documents& out) {
  return read_parts<false>(doc, kLearnerRequestShape, out);
}

}  // namespace sweetspot
