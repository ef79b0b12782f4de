#include "import/imported_document.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "import/text_fields.h"
#include "documents/broader_cycle.h"
#include "documents/json_writer.h"
#include "documents/input_limits.h"
#include "sweetspot/codes.h"

namespace sweetspot::import {
namespace {

void normalize_skill(ImportedSkill& skill, ImportLog& log) {
  sort_unique(skill.aliases);
  skill.aliases.erase(std::remove(skill.aliases.begin(), skill.aliases.end(), skill.label), skill.aliases.end());
  std::vector<Link> kept;
  for (Link& link : skill.broader) {
    if (link.id == skill.id) {
      log.warn(link.origin, "skill " + quote(skill.id) + " named as its own broader skill: left out");
      continue;
    }
    kept.push_back(std::move(link));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Link& a, const Link& b) { return a.id < b.id; });
  kept.erase(std::unique(kept.begin(), kept.end(), [](const Link& a, const Link& b) { return a.id == b.id; }), kept.end());
  skill.broader = std::move(kept);
}

void normalize_role(ImportedRole& role) {
  std::sort(role.skills.begin(), role.skills.end(),
            [](const Requirement& a, const Requirement& b) { return a.skill < b.skill; });
  sort_unique(role.next);
}

bool too_long(const std::string& s) { return s.size() > limits::kMaxStringBytes; }

Error limit_error(const std::string& origin, const std::string& what, std::size_t limit, std::size_t found) {
  return make_error(origin, "at most " + std::to_string(limit) + " " + what, std::to_string(found));
}

// The engine refuses documents over its limits, so an import that would exceed them fails here,
// naming the source row instead of a position in JSON the admin never wrote.
bool check_limits(const ImportedDocument& doc, Error& error) {
  if (doc.skills.size() > limits::kMaxSkills) {
    error = limit_error("", "skills", limits::kMaxSkills, doc.skills.size());
    return false;
  }
  if (doc.roles.size() > limits::kMaxRoles) {
    error = limit_error("", "roles", limits::kMaxRoles, doc.roles.size());
    return false;
  }
  const std::string bytes = "bytes in a string (" + std::to_string(limits::kMaxStringBytes) + ")";
  for (const ImportedSkill& s : doc.skills) {
    if (too_long(s.id) || too_long(s.label)) {
      error = make_error(s.origin, "at most " + bytes, "a longer id or label");
      return false;
    }
    for (const std::string& a : s.aliases) {
      if (too_long(a)) {
        error = make_error(s.origin, "at most " + bytes, "a longer alias");
        return false;
      }
    }
    if (s.aliases.size() > limits::kMaxListItems || s.broader.size() > limits::kMaxListItems) {
      error = limit_error(s.origin, "aliases or broader skills", limits::kMaxListItems, std::max(s.aliases.size(), s.broader.size()));
      return false;
    }
  }
  for (const ImportedRole& r : doc.roles) {
    if (too_long(r.id) || too_long(r.title)) {
      error = make_error(r.origin, "at most " + bytes, "a longer id or title");
      return false;
    }
    if (r.skills.size() > limits::kMaxListItems) {
      error = limit_error(r.origin, "skills in a role", limits::kMaxListItems, r.skills.size());
      return false;
    }
  }
  return true;
}

// The engine refuses a cycle of broader links; find one here (skills in id order, so the same
// input names the same link) and name the row that closes it.
bool check_cycles(const ImportedDocument& doc, Error& error) {
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < doc.skills.size(); ++i) index.emplace(doc.skills[i].id, i);
  BroaderLinks links;
  for (const ImportedSkill& skill : doc.skills) {
    for (const Link& link : skill.broader) {
      const auto it = index.find(link.id);
      links.add(it == index.end() ? BroaderLinks::kUnknownSkill : it->second);
    }
    links.end_skill();
  }
  BroaderCycle cycle;
  if (!find_broader_cycle(links, cycle)) return true;
  std::string text;
  for (std::size_t s : cycle.path) text += quote(doc.skills[s].id, 40) + " -> ";
  const Link& closing = doc.skills[cycle.path.back()].broader[cycle.closing_link];
  error = make_error(closing.origin, "broader links without a cycle", "a cycle " + text + quote(closing.id, 40));
  return false;
}

std::string write_document(const ImportedDocument& doc, bool pretty) {
  JsonWriter w(pretty);
  w.begin_object().key("schema").string(kSchema);
  if (doc.has_taxonomy) {
    w.key("taxonomy").begin_object().key("skills").begin_array();
    for (const ImportedSkill& s : doc.skills) {
      w.begin_object().key("id").string(s.id).key("label").string(s.label);
      if (!s.aliases.empty()) {
        w.key("aliases").begin_array();
        for (const std::string& a : s.aliases) w.string(a);
        w.end_array();
      }
      if (!s.broader.empty()) {
        w.key("broader").begin_array();
        for (const Link& b : s.broader) w.string(b.id);
        w.end_array();
      }
      w.end_object();
    }
    w.end_array().end_object();
  }
  if (doc.has_organization) {
    w.key("organization").begin_object().key("roles").begin_array();
    for (const ImportedRole& r : doc.roles) {
      w.begin_object().key("id").string(r.id).key("title").string(r.title).key("skills").begin_array();
      for (const Requirement& q : r.skills) w.begin_object().key("skill").string(q.skill).key("level").integer(q.level).end_object();
      w.end_array();
      if (!r.next.empty()) {
        w.key("next").begin_array();
        for (const std::string& n : r.next) w.string(n);
        w.end_array();
      }
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_object();
  return w.take();
}

}  // namespace

ImportOutcome finish_import(ImportedDocument doc, ImportLog& log, const ImportOptions& options) {
  for (ImportedSkill& s : doc.skills) normalize_skill(s, log);
  for (ImportedRole& r : doc.roles) normalize_role(r);
  std::sort(doc.skills.begin(), doc.skills.end(), [](const ImportedSkill& a, const ImportedSkill& b) { return a.id < b.id; });
  std::sort(doc.roles.begin(), doc.roles.end(), [](const ImportedRole& a, const ImportedRole& b) { return a.id < b.id; });

  ImportOutcome out;
  std::int64_t links = 0, requirements = 0;
  for (const ImportedSkill& s : doc.skills) links += static_cast<std::int64_t>(s.broader.size());
  for (const ImportedRole& r : doc.roles) requirements += static_cast<std::int64_t>(r.skills.size());
  log.set("skills", static_cast<std::int64_t>(doc.skills.size()));
  log.set("broaderLinks", links);
  log.set("roles", static_cast<std::int64_t>(doc.roles.size()));
  log.set("requirements", requirements);
  if (!check_limits(doc, out.error) || !check_cycles(doc, out.error)) {
    log.fill(out);
    return out;
  }
  out.json = write_document(doc, options.pretty);
  out.ok = true;
  log.fill(out);
  return out;
}

ImportOutcome failed_import(Error error, ImportLog& log) {
  ImportOutcome out;
  out.error = std::move(error);
  log.fill(out);
  return out;
}

}  // namespace sweetspot::import

namespace sweetspot {

std::string import_report_json(const ImportOutcome& outcome, std::string_view format) {
  JsonWriter w;
  w.begin_object().key("format").string(format).key("ok").boolean(outcome.ok);
  if (!outcome.ok) {
    w.key("error").begin_object().key("path").string(outcome.error.path).key("expected").string(outcome.error.expected)
        .key("found").string(outcome.error.found).key("message").string(outcome.error.message).end_object();
  }
  w.key("counts").begin_object();
  for (const ImportCount& c : outcome.counts) w.key(c.name).integer(c.value);
  w.end_object().key("warnings").begin_array();
  for (const Warning& warning : outcome.warnings)
    w.begin_object().key("path").string(warning.path).key("message").string(warning.message).end_object();
  w.end_array().end_object();
  return w.take();
}

}  // namespace sweetspot
