// ESCO v1.1 CSV export -> taxonomy (skills, broader links) and organization (occupations as roles).
// Choices (docs/importers.md): skill groups are left out unless skillGroups_en.csv is given;
// essential skills get `essential_level`, optional ones `optional_level` (default 0: left out,
// because the scoring model gives every role requirement the same full demand, so optional skills
// would weigh as much as essential ones); hiddenLabels are not aliases (they hold misspellings and
// search terms ESCO itself does not show).
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "import/csv_table.h"
#include "import/id_assigner.h"
#include "import/import_run.h"
#include "import/imported_document.h"
#include "import/text_fields.h"
#include "sweetspot/import.h"

namespace sweetspot {
namespace {

using import::CsvTable;
using import::ImportLog;
using import::lookup;
using import::quote;

struct Concept {
  std::string uri;
  std::string label;
  std::vector<std::string> alt_labels;
  std::string origin;
  std::vector<import::Link> broader;  // by URI until ids are assigned
};

struct Occupation {
  std::string uri;
  std::string title;
  std::string origin;
  std::unordered_map<std::string, int> levels;  // skill URI -> level
  std::vector<std::string> skill_order;         // first-seen order, for stable iteration
  std::size_t relations = 0;
};

class EscoImport : import::ImportRun {
 public:
  EscoImport(const EscoFiles& files, const EscoOptions& options)
      : ImportRun({"skillGroups", "groupLinksLeftOut", "essential", "optional", "optionalLeftOut", "occupationsWithoutSkills"}),
        files_(files), options_(options) {}

  ImportOutcome run() {
    const bool read = check_inputs() && read_concepts(files_.skills, false) &&
                      (!files_.skill_groups.given() || read_concepts(files_.skill_groups, true)) &&
                      (!files_.broader_relations.given() || read_broader()) &&
                      (!files_.occupations.given() || read_occupations()) &&
                      (!files_.occupation_skill_relations.given() || read_relations());
    return outcome(read, [&] { return build(); }, options_.common);
  }

 private:
  bool check_inputs() {
    if (!files_.skills.given()) return fail(make_error("skills_en.csv", "the ESCO skills file", "nothing (missing)"));
    if (files_.occupation_skill_relations.given() && !files_.occupations.given())
      return fail(make_error(files_.occupation_skill_relations.name, "occupations_en.csv with it (for the role titles)",
                             "nothing (missing)"));
    if (options_.essential_level < 1 || options_.essential_level > 5)
      return fail(make_error("essentialLevel", "integer 1..5", std::to_string(options_.essential_level)));
    if (options_.optional_level < 0 || options_.optional_level > 5)
      return fail(make_error("optionalLevel", "integer 0..5", std::to_string(options_.optional_level)));
    return true;
  }

  // skills_en.csv and skillGroups_en.csv share the columns the taxonomy needs.
  bool read_concepts(const NamedText& file, bool groups) {
    CsvTable table(file.name, file.text);
    if (!table.read_header({"conceptUri", "preferredLabel"}, error_)) return false;
    const auto uri_col = table.column("conceptUri");
    const auto label_col = table.column("preferredLabel");
    const auto alt_col = table.column("altLabels");
    while (table.next_row(error_)) {
      Concept c;
      c.uri = std::string(import::trim(table.get(uri_col)));
      c.origin = table.location(uri_col);
      if (c.uri.empty()) return fail(make_error(c.origin, "a concept URI", "an empty field"));
      c.label = std::string(import::trim(table.get(label_col)));
      if (c.label.empty()) {
        log_.warn(table.location(label_col), "no preferredLabel for " + quote(c.uri) + ": the URI is the label");
        c.label = c.uri;
      }
      c.alt_labels = import::split_list(table.get(alt_col), "\n");  // ESCO: one synonym per line
      const auto [it, inserted] = index_.emplace(c.uri, concepts_.size());
      if (!inserted)
        return fail(make_error(c.origin, "each concept URI once", quote(c.uri) + " again (first at " + concepts_[it->second].origin + ")"));
      concepts_.push_back(std::move(c));
      if (groups) log_.add("skillGroups");
    }
    return !table.failed();
  }

  bool read_broader() {
    const NamedText& file = files_.broader_relations;
    CsvTable table(file.name, file.text);
    if (!table.read_header({"conceptUri", "broaderUri"}, error_)) return false;
    const auto concept_col = table.column("conceptUri");
    const auto broader_col = table.column("broaderUri");
    const auto concept_type_col = table.column("conceptType");
    const auto broader_type_col = table.column("broaderType");
    const bool groups_kept = files_.skill_groups.given();
    while (table.next_row(error_)) {
      const std::string concept_uri(import::trim(table.get(concept_col)));
      const std::string broader_uri(import::trim(table.get(broader_col)));
      const bool concept_is_group = import::same_name(table.get(concept_type_col), "SkillGroup");
      const bool broader_is_group = import::same_name(table.get(broader_type_col), "SkillGroup");
      if (!groups_kept && (concept_is_group || (broader_is_group && !index_.count(broader_uri)))) {
        log_.add("groupLinksLeftOut");  // the documented choice, not a problem: no warning
        continue;
      }
      const auto concept_it = index_.find(concept_uri);
      if (concept_it == index_.end()) {
        log_.warn(table.location(concept_col), "unknown concept " + quote(concept_uri) + " (not in " + files_.skills.name +
                                                   (groups_kept ? " or " + files_.skill_groups.name : "") + "): row left out");
        continue;
      }
      if (!index_.count(broader_uri)) {
        log_.warn(table.location(broader_col), "unknown broader concept " + quote(broader_uri) + ": link left out");
        continue;
      }
      concepts_[concept_it->second].broader.push_back({broader_uri, table.location(broader_col)});
    }
    return !table.failed();
  }

  bool read_occupations() {
    const NamedText& file = files_.occupations;
    CsvTable table(file.name, file.text);
    if (!table.read_header({"conceptUri", "preferredLabel"}, error_)) return false;
    const auto uri_col = table.column("conceptUri");
    const auto label_col = table.column("preferredLabel");
    while (table.next_row(error_)) {
      Occupation o;
      o.uri = std::string(import::trim(table.get(uri_col)));
      o.origin = table.location(uri_col);
      if (o.uri.empty()) return fail(make_error(o.origin, "an occupation URI", "an empty field"));
      o.title = std::string(import::trim(table.get(label_col)));
      if (o.title.empty()) o.title = o.uri;
      const auto [it, inserted] = occupation_index_.emplace(o.uri, occupations_.size());
      if (!inserted)
        return fail(make_error(o.origin, "each occupation URI once",
                               quote(o.uri) + " again (first at " + occupations_[it->second].origin + ")"));
      occupations_.push_back(std::move(o));
    }
    return !table.failed();
  }

  bool read_relations() {
    const NamedText& file = files_.occupation_skill_relations;
    CsvTable table(file.name, file.text);
    if (!table.read_header({"occupationUri", "relationType", "skillUri"}, error_)) return false;
    const auto occupation_col = table.column("occupationUri");
    const auto type_col = table.column("relationType");
    const auto skill_col = table.column("skillUri");
    while (table.next_row(error_)) {
      const std::string occupation_uri(import::trim(table.get(occupation_col)));
      const std::string skill_uri(import::trim(table.get(skill_col)));
      const std::string_view type = import::trim(table.get(type_col));
      const auto occupation = occupation_index_.find(occupation_uri);
      if (occupation == occupation_index_.end()) {
        log_.warn(table.location(occupation_col), "unknown occupation " + quote(occupation_uri) + ": relation left out");
        continue;
      }
      if (!index_.count(skill_uri)) {
        log_.warn(table.location(skill_col), "unknown skill " + quote(skill_uri) + ": relation left out");
        continue;
      }
      const bool essential = type == "essential";
      if (!essential && type != "optional") {
        log_.warn(table.location(type_col), "relationType " + quote(type) + " is neither essential nor optional: relation left out");
        continue;
      }
      Occupation& o = occupations_[occupation->second];
      ++o.relations;
      log_.add(essential ? "essential" : "optional");
      const int level = essential ? options_.essential_level : options_.optional_level;
      if (level == 0) {
        log_.add("optionalLeftOut");
        continue;
      }
      const auto [it, inserted] = o.levels.emplace(skill_uri, level);
      if (inserted) o.skill_order.push_back(skill_uri);
      else if (level > it->second) it->second = level;  // listed twice: the stronger relation counts
    }
    return !table.failed();
  }

  import::ImportedDocument build() {
    std::vector<import::IdSource> skill_sources, role_sources;
    for (const Concept& c : concepts_) skill_sources.push_back({c.uri, c.label});
    for (const Occupation& o : occupations_) role_sources.push_back({o.uri, o.title});
    const auto skill_ids = import::assign_ids(skill_sources, options_.common.ids, "esco-");
    const auto role_ids = import::assign_ids(role_sources, options_.common.ids, "esco-");

    import::ImportedDocument doc;
    doc.has_taxonomy = true;
    doc.has_organization = files_.occupations.given();
    for (Concept& c : concepts_) {
      import::ImportedSkill s;
      s.id = lookup(skill_ids, c.uri);
      s.label = std::move(c.label);
      s.aliases = std::move(c.alt_labels);
      s.origin = std::move(c.origin);
      for (import::Link& link : c.broader) s.broader.push_back({lookup(skill_ids, link.id), std::move(link.origin)});
      doc.skills.push_back(std::move(s));
    }
    const bool relations_given = files_.occupation_skill_relations.given();
    if (doc.has_organization && !relations_given)
      log_.warn(files_.occupations.name, "no occupationSkillRelations.csv: every role is without skills");
    for (Occupation& o : occupations_) {
      import::ImportedRole r;
      r.id = lookup(role_ids, o.uri);
      r.title = std::move(o.title);
      r.origin = o.origin;
      for (const std::string& uri : o.skill_order) r.skills.push_back({lookup(skill_ids, uri), o.levels[uri]});
      if (r.skills.empty() && relations_given) {
        log_.add("occupationsWithoutSkills");
        log_.warn(o.origin, "occupation " + quote(r.title) + (o.relations ? " has only optional skills (left out)" : " has no skills in " +
                            files_.occupation_skill_relations.name) + ": kept as a role without skills");
      }
      doc.roles.push_back(std::move(r));
    }
    return doc;
  }

  const EscoFiles& files_;
  const EscoOptions& options_;
  std::vector<Concept> concepts_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Occupation> occupations_;
  std::unordered_map<std::string, std::size_t> occupation_index_;
};

}  // namespace

ImportOutcome import_esco(const EscoFiles& files, const EscoOptions& options) {
  return EscoImport(files, options).run();
}

}  // namespace sweetspot
