// Plain CSV an admin writes in a spreadsheet -> taxonomy and/or organization.
//   taxonomy: id,label,aliases,broader      (aliases and broader: lists separated by | or ;)
//   roles:    role,title,skill,level[,next] (one row per requirement; a row without a skill just
//             names a role; level on `level_scale`, mapped onto 0..5)
// Columns are found by name, in any order. A header without commas but with semicolons (Excel in
// many European locales) or tabs switches the delimiter; then only | separates list items. Ids are
// kept as written: they are the admin's own.
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "import/csv_table.h"
#include "import/import_run.h"
#include "import/imported_document.h"
#include "import/level_scale.h"
#include "import/text_fields.h"
#include "sweetspot/import.h"

namespace sweetspot {
namespace {

using import::CsvTable;
using import::ImportLog;
using import::quote;

// The delimiter the header row uses: ',' unless the first line has none but has ';' or a tab.
char detect_delimiter(std::string_view text) {
  const std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  if (first_line.find(',') != std::string_view::npos) return ',';
  if (first_line.find(';') != std::string_view::npos) return ';';
  if (first_line.find('\t') != std::string_view::npos) return '\t';
  return ',';
}

class PlainCsvImport : import::ImportRun {
 public:
  PlainCsvImport(const CsvFiles& files, const CsvImportOptions& options)
      : ImportRun({"unusedColumns"}), files_(files), options_(options) {}

  ImportOutcome run() {
    const bool read = check_inputs() && (!files_.taxonomy.given() || read_taxonomy()) && (!files_.roles.given() || read_roles());
    return outcome(read, [&] { return build(); }, options_.common);
  }

 private:
  bool check_inputs() {
    if (!files_.taxonomy.given() && !files_.roles.given())
      return fail(make_error("", "a taxonomy CSV (id,label,aliases,broader) or a roles CSV (role,title,skill,level)", "no file"));
    const auto scale = import::parse_level_scale(options_.level_scale);
    if (!scale) return fail(make_error("levelScale", "\"0-5\", \"1-5\", \"1-8\", \"0-7\", \"1-100\" or \"percent\"", quote(options_.level_scale)));
    scale_ = *scale;
    return true;
  }

  // Columns the header has but the importer does not read: a warning, so a typo ("alias") shows.
  void warn_unused_columns(const CsvTable& table, const std::vector<std::string_view>& known) {
    for (const std::string& name : table.header()) {
      bool used = false;
      for (std::string_view k : known) used = used || import::same_name(name, k);
      if (!used) {
        log_.add("unusedColumns");
        log_.warn(table.file_name() + ":1", "column " + quote(import::trim(name)) + " is not used (known: " + join(known) + ")");
      }
    }
  }

  static std::string join(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
  }

  static import::CsvOptions options_for(std::string_view text) {
    import::CsvOptions o;
    o.delimiter = detect_delimiter(text);
    return o;
  }

  static std::string_view list_separators(char delimiter) { return delimiter == ';' ? "|" : "|;"; }

  bool read_taxonomy() {
    const NamedText& file = files_.taxonomy;
    const import::CsvOptions csv = options_for(file.text);
    CsvTable table(file.name, file.text, csv);
    if (!table.read_header({"id"}, error_)) return false;
    warn_unused_columns(table, {"id", "label", "aliases", "broader"});
    const auto id_col = table.column("id");
    const auto label_col = table.column("label");
    const auto aliases_col = table.column("aliases");
    const auto broader_col = table.column("broader");
    const std::string_view separators = list_separators(csv.delimiter);
    while (table.next_row(error_)) {
      import::ImportedSkill s;
      s.id = std::string(import::trim(table.get(id_col)));
      s.origin = table.location(id_col);
      if (s.id.empty()) return fail(make_error(s.origin, "a skill id", "an empty field"));
      s.label = std::string(import::trim(table.get(label_col)));
      if (s.label.empty()) s.label = s.id;
      s.aliases = import::split_list(table.get(aliases_col), separators);
      for (std::string& b : import::split_list(table.get(broader_col), separators)) s.broader.push_back({std::move(b), table.location(broader_col)});
      const auto [it, inserted] = skill_index_.emplace(s.id, skills_.size());
      if (!inserted) return fail(make_error(s.origin, "each skill id once", quote(s.id) + " again (first at " + skills_[it->second].origin + ")"));
      skills_.push_back(std::move(s));
    }
    return !table.failed();
  }

  bool read_roles() {
    const NamedText& file = files_.roles;
    const import::CsvOptions csv = options_for(file.text);
    CsvTable table(file.name, file.text, csv);
    if (!table.read_header({"role", "skill", "level"}, error_)) return false;
    warn_unused_columns(table, {"role", "title", "skill", "level", "next"});
    const auto role_col = table.column("role");
    const auto title_col = table.column("title");
    const auto skill_col = table.column("skill");
    const auto level_col = table.column("level");
    const auto next_col = table.column("next");
    std::map<std::pair<std::string, std::string>, std::string> seen;  // (role, skill) -> first location
    while (table.next_row(error_)) {
      const std::string role_id(import::trim(table.get(role_col)));
      if (role_id.empty()) return fail(make_error(table.location(role_col), "a role id", "an empty field"));
      auto [it, inserted] = role_index_.emplace(role_id, roles_.size());
      if (inserted) roles_.push_back({role_id, "", {}, {}, table.location(role_col)});
      import::ImportedRole& role = roles_[it->second];
      const std::string title(import::trim(table.get(title_col)));
      if (!title.empty() && role.title.empty()) role.title = title;
      else if (!title.empty() && title != role.title)
        log_.warn(table.location(title_col), "role " + quote(role_id) + " already has the title " + quote(role.title) + ": " + quote(title) + " ignored");
      for (std::string& n : import::split_list(table.get(next_col), list_separators(csv.delimiter)))
        next_origins_.push_back({it->second, n, table.location(next_col)}), role.next.push_back(std::move(n));
      const std::string skill(import::trim(table.get(skill_col)));
      const std::string_view level_text = import::trim(table.get(level_col));
      if (skill.empty()) {
        if (!level_text.empty()) return fail(make_error(table.location(skill_col), "a skill id for the level " + quote(level_text), "an empty field"));
        continue;  // a row that only names the role (title, next)
      }
      std::string problem;
      const auto level = import::to_engine_level(level_text, scale_, problem);
      if (!level) return fail(make_error(table.location(level_col), problem + " (scale " + scale_.name + ")", level_text.empty() ? "an empty field" : quote(level_text)));
      const auto [first, fresh] = seen.emplace(std::make_pair(role_id, skill), table.location(skill_col));
      if (!fresh) return fail(make_error(table.location(skill_col), "each skill once per role", quote(skill) + " again (first at " + first->second + ")"));
      role.skills.push_back({skill, *level});
      requirement_origins_.push_back({it->second, skill, table.location(skill_col)});
    }
    return !table.failed();
  }

  import::ImportedDocument build() {
    import::ImportedDocument doc;
    doc.has_taxonomy = files_.taxonomy.given();
    doc.has_organization = files_.roles.given();
    for (import::ImportedSkill& s : skills_) {
      std::vector<import::Link> known;
      for (import::Link& b : s.broader) {
        if (skill_index_.count(b.id)) known.push_back(std::move(b));
        else log_.warn(b.origin, "broader skill " + quote(b.id) + " of " + quote(s.id) + " is not in " + files_.taxonomy.name + ": link left out");
      }
      s.broader = std::move(known);
    }
    if (doc.has_taxonomy) {
      for (const Reference& r : requirement_origins_)
        if (!skill_index_.count(r.id))
          log_.warn(r.origin, "skill " + quote(r.id) + " is not in " + files_.taxonomy.name + " (kept: it still matches a course skill of the same id)");
    }
    for (const Reference& r : next_origins_) {
      if (role_index_.count(r.id)) continue;
      log_.warn(r.origin, "next role " + quote(r.id) + " is not in " + files_.roles.name + ": left out");
      auto& next = roles_[r.owner].next;
      next.erase(std::remove(next.begin(), next.end(), r.id), next.end());
    }
    for (import::ImportedRole& role : roles_)
      if (role.title.empty()) role.title = role.id;
    doc.skills = std::move(skills_);
    doc.roles = std::move(roles_);
    return doc;
  }

  struct Reference {
    std::size_t owner;
    std::string id;
    std::string origin;
  };

  const CsvFiles& files_;
  const CsvImportOptions& options_;
  import::LevelScale scale_;
  std::vector<import::ImportedSkill> skills_;
  std::unordered_map<std::string, std::size_t> skill_index_;
  std::vector<import::ImportedRole> roles_;
  std::unordered_map<std::string, std::size_t> role_index_;
  std::vector<Reference> requirement_origins_, next_origins_;
};

}  // namespace

ImportOutcome import_csv(const CsvFiles& files, const CsvImportOptions& options) {
  return PlainCsvImport(files, options).run();
}

}  // namespace sweetspot
