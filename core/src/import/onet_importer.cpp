// O*NET text release -> taxonomy of the rated elements (skills, knowledge areas and their content
// model ancestors) and of the hot technologies (under their commodity titles), and organization
// (occupations as roles). A rated requirement is kept when its importance IM is at least
// `min_importance`; its level is LV on 0–7 mapped onto 0–5 (level_scale.h). A hot technology is
// required at `technology_level` by each occupation that lists it (Technology Skills.txt has no
// ratings). Left out, and counted: ratings below the importance cut, LV marked "Not Relevant",
// ratings marked "Recommend Suppress" (unless kept by option; each one a warning, as it would
// otherwise have counted), levels that map to 0, and technologies O*NET does not mark hot.
// Occupation titles come from Occupation Data.txt when it is given, else from the files' Title
// column. Occupations with no requirement left stay as roles without skills, each with a warning.
// Choices: docs/importers.md.
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "import/csv_table.h"
#include "import/id_assigner.h"
#include "import/import_run.h"
#include "import/imported_document.h"
#include "import/level_scale.h"
#include "import/text_fields.h"
#include "sweetspot/import.h"

namespace sweetspot {
namespace {

using import::CsvTable;
using import::ImportLog;
using import::kNanosPerUnit;
using import::lookup;
using import::quote;

// O*NET's text files: tab-separated, one line per row, and never quoted.
import::CsvOptions onet_text() {
  import::CsvOptions o;
  o.delimiter = '\t';
  o.quoting = false;
  return o;
}

struct Occupation {
  std::string code;
  std::string title;
  std::string origin;
};

struct Element {
  std::string name;
  std::string origin;
};

// A hot technology ("Python") and the commodity codes it was listed under.
struct Technology {
  std::set<std::string> commodities;
  std::string origin;
};

// Source ids of technologies: the product name, marked so it cannot meet an element ID or a code.
std::string technology_id(const std::string& example) { return "tech:" + example; }

// The two ratings of one occupation × element.
struct Rating {
  std::optional<std::int64_t> importance, level;  // 10^-9 units
  bool not_relevant = false;
  bool suppressed = false;
  std::string origin;  // the first of its rows
};

class OnetImport : import::ImportRun {
 public:
  OnetImport(const OnetFiles& files, const OnetOptions& options)
      : ImportRun({"ratings", "belowImportance", "notRelevant", "suppressed", "levelZero", "occupationsWithoutRatings",
                   "technologies", "commodities", "technologiesNotHot"}),
        files_(files), options_(options) {}

  ImportOutcome run() {
    const bool read = check_inputs() && (!files_.occupation_data.given() || read_occupations()) &&
                      (!files_.content_model.given() || read_content_model()) &&
                      (!files_.skills.given() || read_ratings(files_.skills)) &&
                      (!files_.knowledge.given() || read_ratings(files_.knowledge)) &&
                      (!files_.technology.given() || read_technology());
    return outcome(read, [&] { return build(); }, options_.common);
  }

 private:
  bool check_inputs() {
    if (!files_.skills.given() && !files_.knowledge.given() && !files_.technology.given())
      return fail(make_error("Skills.txt", "Skills.txt, Knowledge.txt or Technology Skills.txt", "nothing (missing)"));
    if (options_.technology_level < 0 || options_.technology_level > 5)
      return fail(make_error("technologyLevel", "integer 0..5", std::to_string(options_.technology_level)));
    if (!(options_.min_importance >= 1.0 && options_.min_importance <= 5.0))  // also refuses NaN
      return fail(make_error("minImportance", "a number 1..5", std::to_string(options_.min_importance)));
    min_importance_ = std::llround(options_.min_importance * static_cast<double>(kNanosPerUnit));
    return true;
  }

  bool read_occupations() {
    CsvTable table(files_.occupation_data.name, files_.occupation_data.text, onet_text());
    if (!table.read_header({"O*NET-SOC Code", "Title"}, error_)) return false;
    const auto code_col = table.column("O*NET-SOC Code");
    const auto title_col = table.column("Title");
    while (table.next_row(error_)) {
      Occupation o{std::string(import::trim(table.get(code_col))), std::string(import::trim(table.get(title_col))),
                   table.location(code_col)};
      if (o.code.empty()) return fail(make_error(o.origin, "an O*NET-SOC code", "an empty field"));
      if (o.title.empty()) o.title = o.code;
      const auto [it, inserted] = occupation_index_.emplace(o.code, occupations_.size());
      if (!inserted)
        return fail(make_error(o.origin, "each O*NET-SOC code once", quote(o.code) + " again (first at " + occupations_[it->second].origin + ")"));
      occupations_.push_back(std::move(o));
    }
    return !table.failed();
  }

  bool read_content_model() {
    CsvTable table(files_.content_model.name, files_.content_model.text, onet_text());
    if (!table.read_header({"Element ID", "Element Name"}, error_)) return false;
    const auto id_col = table.column("Element ID");
    const auto name_col = table.column("Element Name");
    while (table.next_row(error_)) {
      const std::string id(import::trim(table.get(id_col)));
      if (id.empty()) return fail(make_error(table.location(id_col), "an element ID", "an empty field"));
      const auto [it, inserted] = content_model_.emplace(id, Element{std::string(import::trim(table.get(name_col))), table.location(id_col)});
      if (!inserted) return fail(make_error(table.location(id_col), "each element ID once", quote(id) + " again (first at " + it->second.origin + ")"));
    }
    return !table.failed();
  }

  bool read_ratings(const NamedText& file) {
    CsvTable table(file.name, file.text, onet_text());
    if (!table.read_header({"O*NET-SOC Code", "Element ID", "Scale ID", "Data Value"}, error_)) return false;
    const auto code_col = table.column("O*NET-SOC Code");
    const auto title_col = table.column("Title");
    const auto element_col = table.column("Element ID");
    const auto name_col = table.column("Element Name");
    const auto scale_col = table.column("Scale ID");
    const auto value_col = table.column("Data Value");
    const auto suppress_col = table.column("Recommend Suppress");
    const auto relevant_col = table.column("Not Relevant");
    while (table.next_row(error_)) {
      const std::string code(import::trim(table.get(code_col)));
      const std::string element(import::trim(table.get(element_col)));
      const std::string_view scale = import::trim(table.get(scale_col));
      const bool importance = scale == "IM";
      if (!importance && scale != "LV") {
        log_.warn(table.location(scale_col), "scale " + quote(scale) + " is neither IM nor LV: row left out");
        continue;
      }
      if (code.empty() || element.empty())
        return fail(make_error(table.location(code.empty() ? code_col : element_col), "an O*NET-SOC code and an element ID", "an empty field"));
      const auto value = import::parse_decimal_nanos(table.get(value_col));
      const std::int64_t lo = importance ? 1 : 0, hi = importance ? 5 : 7;
      if (!value || *value < lo * kNanosPerUnit || *value > hi * kNanosPerUnit)
        return fail(make_error(table.location(value_col), std::string(importance ? "importance" : "level") + " " + std::to_string(lo) + ".." + std::to_string(hi),
                               quote(table.get(value_col))));
      note_occupation(table, code, code_col, title_col);
      elements_.emplace(element, Element{std::string(import::trim(table.get(name_col))), table.location(element_col)});
      auto [it, inserted] = ratings_.try_emplace({code, element});
      Rating& r = it->second;
      if (inserted) {
        r.origin = table.location(code_col);
        log_.add("ratings");
      }
      std::optional<std::int64_t>& slot = importance ? r.importance : r.level;
      if (slot)
        return fail(make_error(table.location(scale_col), "one " + std::string(scale) + " rating per occupation and element",
                               "a second one for " + quote(code) + " × " + quote(element)));
      slot = *value;
      r.suppressed = r.suppressed || import::same_name(table.get(suppress_col), "Y");
      if (!importance) r.not_relevant = import::same_name(table.get(relevant_col), "Y");
    }
    return !table.failed();
  }

  // An occupation first seen in a ratings or technology file: titled from its Title column (a
  // warning when Occupation Data.txt was given and lacks it; with no Title column, the code).
  void note_occupation(const CsvTable& table, const std::string& code, std::optional<std::size_t> code_col,
                       std::optional<std::size_t> title_col) {
    if (occupation_index_.count(code) || extra_occupations_.count(code)) return;
    if (files_.occupation_data.given())
      log_.warn(table.location(code_col), "occupation " + quote(code) + " is not in " + files_.occupation_data.name + ": its title is taken from here");
    extra_occupations_.emplace(code, Occupation{code, std::string(import::trim(table.get(title_col))), table.location(code_col)});
  }

  // Technology Skills.txt: each hot technology ("Hot Technology" = Y) is a skill under its commodity
  // (UNSPSC class) title, required by the occupations that list it. The others are counted, not kept.
  bool read_technology() {
    const NamedText& file = files_.technology;
    CsvTable table(file.name, file.text, onet_text());
    if (!table.read_header({"O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology"}, error_)) return false;
    const auto code_col = table.column("O*NET-SOC Code");
    const auto title_col = table.column("Title");
    const auto example_col = table.column("Example");
    const auto commodity_col = table.column("Commodity Code");
    const auto commodity_title_col = table.column("Commodity Title");
    const auto hot_col = table.column("Hot Technology");
    while (table.next_row(error_)) {
      const std::string code(import::trim(table.get(code_col)));
      const std::string example(import::trim(table.get(example_col)));
      const std::string commodity(import::trim(table.get(commodity_col)));
      if (code.empty() || example.empty() || commodity.empty())
        return fail(make_error(table.location(code.empty() ? code_col : example.empty() ? example_col : commodity_col),
                               "an O*NET-SOC code, an example and a commodity code", "an empty field"));
      if (!import::same_name(table.get(hot_col), "Y")) {
        log_.add("technologiesNotHot");
        continue;
      }
      note_occupation(table, code, code_col, title_col);
      std::string commodity_title(import::trim(table.get(commodity_title_col)));
      if (commodity_title.empty()) commodity_title = commodity;
      commodities_.emplace(commodity, Element{commodity_title, table.location(commodity_col)});
      Technology& t = technologies_.try_emplace(example, Technology{{}, table.location(example_col)}).first->second;
      t.commodities.insert(commodity);
      technology_uses_[code].insert(example);
    }
    return !table.failed();
  }

  // The element's parent in the content model: its ID without the last part, as long as two parts
  // remain ("2.A.1.a" -> "2.A.1" -> "2.A"). "2" (Worker Requirements) is a part of the content model,
  // not a skill, so the taxonomy's roots are the categories below it (2.A Basic Skills, 2.C Knowledge).
  static std::optional<std::string> parent_of(const std::string& id) {
    const std::size_t dot = id.rfind('.');
    if (dot == std::string::npos || id.find('.') == dot) return std::nullopt;
    return id.substr(0, dot);
  }

  // Rated elements, and their ancestors when the content model is given.
  std::map<std::string, Element> taxonomy_elements() {
    std::map<std::string, Element> out;
    const bool model = files_.content_model.given();
    for (const auto& [id, rated] : elements_) {
      const auto known = content_model_.find(id);
      if (model && known == content_model_.end())
        log_.warn(rated.origin, "element " + quote(id) + " is not in " + files_.content_model.name + ": its name is taken from here");
      Element e = model && known != content_model_.end() ? known->second : rated;
      if (e.name.empty()) e.name = id;
      out.emplace(id, e);
      for (auto up = parent_of(id); model && up; up = parent_of(*up)) {
        const auto ancestor = content_model_.find(*up);
        if (ancestor != content_model_.end()) out.emplace(*up, ancestor->second);
      }
    }
    return out;
  }

  std::optional<int> requirement_level(const std::string& code, const std::string& element, const Rating& r) {
    if (!r.importance || !r.level) {
      log_.warn(r.origin, quote(code) + " × " + quote(element) + " has only its " + (r.importance ? "importance (IM)" : "level (LV)") +
                              " rated: left out");
      return std::nullopt;
    }
    if (*r.importance < min_importance_) {
      log_.add("belowImportance");
      return std::nullopt;
    }
    if (r.not_relevant) {
      log_.add("notRelevant");
      return std::nullopt;
    }
    if (r.suppressed && !options_.keep_suppressed) {
      log_.add("suppressed");
      log_.warn(r.origin, quote(code) + " × " + quote(element) + " is marked Recommend Suppress (low precision): left out");
      return std::nullopt;
    }
    const int level = import::to_engine_level(*r.level, import::LevelScale{0, 7, false, "0-7"});
    if (level == 0) {
      log_.add("levelZero");
      return std::nullopt;
    }
    return level;
  }

  import::ImportedDocument build() {
    for (auto& [code, o] : extra_occupations_) {
      if (o.title.empty()) o.title = code;
      occupation_index_.emplace(code, occupations_.size());
      occupations_.push_back(std::move(o));
    }
    const std::map<std::string, Element> elements = taxonomy_elements();
    std::vector<import::IdSource> skill_sources, role_sources;
    for (const auto& [id, e] : elements) skill_sources.push_back({id, e.name});
    for (const auto& [code, c] : commodities_) skill_sources.push_back({code, c.name});
    for (const auto& [example, t] : technologies_) skill_sources.push_back({technology_id(example), example});
    for (const Occupation& o : occupations_) role_sources.push_back({o.code, o.title});
    const auto skill_ids = import::assign_ids(skill_sources, options_.common.ids, "onet-");
    const auto role_ids = import::assign_ids(role_sources, options_.common.ids, "onet-");

    import::ImportedDocument doc;
    doc.has_taxonomy = doc.has_organization = true;
    for (const auto& [id, e] : elements) {
      import::ImportedSkill s{lookup(skill_ids, id), e.name, {}, {}, e.origin};
      for (auto up = parent_of(id); up; up = parent_of(*up)) {
        if (!elements.count(*up)) continue;  // a gap in the IDs: link to the nearest ancestor present
        s.broader.push_back({lookup(skill_ids, *up), e.origin});
        break;
      }
      doc.skills.push_back(std::move(s));
    }
    for (const auto& [code, c] : commodities_) doc.skills.push_back({lookup(skill_ids, code), c.name, {}, {}, c.origin});
    for (const auto& [example, t] : technologies_) {
      import::ImportedSkill s{lookup(skill_ids, technology_id(example)), example, {}, {}, t.origin};
      for (const std::string& commodity : t.commodities) s.broader.push_back({lookup(skill_ids, commodity), t.origin});
      doc.skills.push_back(std::move(s));
    }
    log_.set("technologies", static_cast<std::int64_t>(technologies_.size()));
    log_.set("commodities", static_cast<std::int64_t>(commodities_.size()));
    std::vector<std::size_t> rated(occupations_.size(), 0);
    std::vector<import::ImportedRole> roles(occupations_.size());
    for (std::size_t i = 0; i < occupations_.size(); ++i)
      roles[i] = {lookup(role_ids, occupations_[i].code), occupations_[i].title, {}, {}, occupations_[i].origin};
    for (const auto& [key, r] : ratings_) {  // std::map: occupation, then element order
      const std::size_t i = occupation_index_[key.first];
      ++rated[i];
      if (const auto level = requirement_level(key.first, key.second, r)) roles[i].skills.push_back({lookup(skill_ids, key.second), *level});
    }
    if (options_.technology_level > 0)
      for (const auto& [code, examples] : technology_uses_)
        for (const std::string& example : examples)
          roles[occupation_index_[code]].skills.push_back({lookup(skill_ids, technology_id(example)), options_.technology_level});
    const bool ratings_given = files_.skills.given() || files_.knowledge.given();
    for (std::size_t i = 0; i < occupations_.size(); ++i) {
      if (ratings_given && rated[i] == 0) log_.add("occupationsWithoutRatings");
      if (ratings_given && rated[i] == 0 && roles[i].skills.empty()) {
        log_.warn(occupations_[i].origin, "occupation " + quote(occupations_[i].code) + " (" + occupations_[i].title +
                                              ") has no skill or knowledge ratings: kept as a role without skills");
      } else if (roles[i].skills.empty()) {
        log_.warn(occupations_[i].origin, "occupation " + quote(occupations_[i].code) + " has no requirement that passes the filters: kept as a role without skills");
      }
      doc.roles.push_back(std::move(roles[i]));
    }
    return doc;
  }

  const OnetFiles& files_;
  const OnetOptions& options_;
  std::int64_t min_importance_ = 3 * kNanosPerUnit;
  std::vector<Occupation> occupations_;
  std::unordered_map<std::string, std::size_t> occupation_index_;
  std::map<std::string, Occupation> extra_occupations_;  // rated but not in Occupation Data
  std::unordered_map<std::string, Element> content_model_;
  std::map<std::string, Element> elements_;  // rated elements, first sighting
  std::map<std::pair<std::string, std::string>, Rating> ratings_;
  std::map<std::string, Element> commodities_;                      // commodity code -> title
  std::map<std::string, Technology> technologies_;                  // hot technology (product name)
  std::map<std::string, std::set<std::string>> technology_uses_;    // occupation code -> its hot technologies
};

}  // namespace

ImportOutcome import_onet(const OnetFiles& files, const OnetOptions& options) {
  return OnetImport(files, options).run();
}

}  // namespace sweetspot
