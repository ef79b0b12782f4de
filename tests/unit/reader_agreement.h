// The direct reader (documents/direct_reader.h) against the full one (read_json + DocumentReader),
// shared by direct_reader_test.cpp and the differential fuzz target (tests/fuzz/fuzz_direct_reader.cpp):
// wherever the direct reader accepts a text, the full reader must accept it too, with no warning,
// and leave the same values, field by field, bit for bit.
#pragma once
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "documents/direct_reader.h"
#include "documents/json_reader.h"

namespace sweetspot::test {

// Every value a Documents holds, doubles to the bit (so -0 and 0 differ).
inline std::string dump(const Documents& d) {
  std::string out;
  auto num = [&](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%a ", v);
    out += buf;
  };
  auto str = [&](const std::string& s) { out += '"' + s + "\" "; };
  auto list = [&](const std::vector<std::string>& l) {
    out += '[';
    for (const auto& s : l) str(s);
    out += "] ";
  };
  auto levels = [&](const std::vector<SkillLevel>& l) {
    for (const auto& s : l) str(s.skill), out += std::to_string(s.level) + ' ';
    out += "; ";
  };
  auto date = [&](const std::optional<Date>& dt) {
    out += dt ? std::to_string(dt->year) + "-" + std::to_string(dt->month) + "-" + std::to_string(dt->day) + "/" + std::to_string(dt->days) : "none";
    out += ' ';
  };
  auto learner = [&](const Learner& l) {
    out += "learner ";
    str(l.id), str(l.name), str(l.team), str(l.role), date(l.role_since), list(l.aspirations);
    for (const auto& i : l.interests) str(i.skill), num(i.strength);
    levels(l.proficiency);
    for (const auto& f : l.feedback) str(f.skill), num(f.need);
    list(l.completed);
    out += '\n';
  };
  out += d.taxonomy.present ? "taxonomy\n" : "no taxonomy\n";
  for (const auto& s : d.taxonomy.skills) str(s.id), str(s.label), list(s.aliases), list(s.broader), out += '\n';
  if (d.organization) {
    const Organization& o = *d.organization;
    out += "organization\n";
    for (const auto& r : o.roles) str(r.id), str(r.title), levels(r.skills), list(r.next), out += '\n';
    for (const auto& p : o.priorities) str(p.skill), num(p.weight), str(p.need), str(p.rationale), out += '\n';
    list(o.mandatory);
    for (const auto& g : o.growth) str(g.name), str(g.rationale), list(g.skills), list(g.roles), out += '\n';
    const Policy& p = o.policy;
    for (double v : {p.personal_threshold, p.org_threshold, p.borderline_margin, p.taxonomy_decay, p.aspiration_weight, p.role_weight}) num(v);
    out += std::to_string(p.gifts_allowed) + ' ' + std::to_string(p.taxonomy_max_hops) + ' ';
    str(p.gift_note), str(p.mandatory_note), out += '\n';
  }
  if (d.catalog)
    for (const auto& c : d.catalog->courses) {
      str(c.id), str(c.title);
      for (const auto& s : c.skills) str(s.skill), out += std::to_string(s.level) + ' ', s.weight ? num(*s.weight) : (void)(out += "- ");
      c.hours ? num(*c.hours) : (void)(out += "- ");
      str(c.language), str(c.format), list(c.tags), out += '\n';
    }
  if (d.learner) learner(*d.learner);
  if (d.learners)
    for (const auto& l : *d.learners) learner(l);
  date(d.as_of);
  return out;
}

inline const DocumentShape kShapes[] = {
    {},                                                                     // validate
    {Need::kRequired, Need::kRequired, Need::kRequired, Need::kForbidden},  // classify_document
    {Need::kRequired, Need::kRequired, Need::kForbidden, Need::kRequired},  // audit_document
    {Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden},  // load
    {Need::kForbidden, Need::kForbidden, Need::kRequired, Need::kForbidden},  // Engine::classify
};

// What the full reader makes of a text the direct reader accepted in `shape`: "" when both agree,
// else what differs.
inline std::string disagreement(const std::string& text, const DocumentShape& shape, const Documents& direct) {
  Error error;
  Warnings warnings;
  Documents full;
  auto json = read_json(text, error);
  if (!json) return "the direct reader accepted what read_json refuses: " + error.message;
  DocumentReader reader(error, warnings);
  if (!reader.read_documents(*json, shape, full)) return "the direct reader accepted what the full reader refuses: " + error.message;
  if (!warnings.empty()) return "the direct reader accepted a document with warnings, first: " + warnings[0].path;
  const std::string a = dump(direct), b = dump(full);
  return a == b ? std::string() : "different values:\n" + a + "\nvs\n" + b;
}

}  // namespace sweetspot::test
