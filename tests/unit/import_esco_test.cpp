// ESCO importer on a byte-faithful subset of the real v1.1.1 export (tests/data/esco): CRLF records
// with multi-line quoted altLabels, skills with several parents, blank skill types, an occupation
// without skills. Plus small synthetic files for the error paths.
#include <algorithm>
#include <string>
#include <vector>

#include "sweetspot/import.h"
#include "import_support.h"

namespace sweetspot::test {
namespace {

const std::string kDir = std::string(SWEETSPOT_IMPORT_DATA_DIR) + "/esco/";
const std::string kSkillUri = "http://data.europa.eu/esco/skill/";

// The subset's files, read once; NamedText views point into these strings.
struct EscoData {
  std::string skills = read_file(kDir + "skills_en.csv");
  std::string broader = read_file(kDir + "broaderRelationsSkillPillar.csv");
  std::string groups = read_file(kDir + "skillGroups_en.csv");
  std::string occupations = read_file(kDir + "occupations_en.csv");
  std::string relations = read_file(kDir + "occupationSkillRelations.csv");

  EscoFiles files() const {
    EscoFiles f;
    f.skills = {"skills_en.csv", skills};
    f.broader_relations = {"broaderRelationsSkillPillar.csv", broader};
    f.occupations = {"occupations_en.csv", occupations};
    f.occupation_skill_relations = {"occupationSkillRelations.csv", relations};
    return f;
  }
};

const EscoData& data() {
  static const EscoData d;
  return d;
}

json skill(const json& doc, const std::string& id) { return entry_where(doc["taxonomy"]["skills"], "id", id); }

json role_by_title(const json& doc, const std::string& title) {
  return entry_where(doc["organization"]["roles"], "title", title);
}

// The records of a CRLF CSV (quotes respected), the header first.
std::vector<std::string> records(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (!quoted && text.compare(i, 2, "\r\n") == 0) {
      out.push_back(text.substr(start, i + 2 - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

std::string reversed_rows(const std::string& text) {
  std::vector<std::string> r = records(text);
  std::reverse(r.begin() + 1, r.end());
  std::string out;
  for (const std::string& s : r) out += s;
  return out;
}

TEST(ImportEsco, RealSubsetCounts) {
  const ImportOutcome out = import_esco(data().files());
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "skills"), 40);
  EXPECT_EQ(count(out, "broaderLinks"), 21);  // skill->skill only
  EXPECT_EQ(count(out, "groupLinksLeftOut"), 80);
  EXPECT_EQ(count(out, "roles"), 3);
  EXPECT_EQ(count(out, "essential"), 13);
  EXPECT_EQ(count(out, "optional"), 9);
  EXPECT_EQ(count(out, "optionalLeftOut"), 9);
  EXPECT_EQ(count(out, "requirements"), 13);
  EXPECT_EQ(count(out, "occupationsWithoutSkills"), 1);
  EXPECT_EQ(count(out, "warnings"), 1);
}

TEST(ImportEsco, OutputIsAValidDocumentWithoutWarnings) {
  const ImportOutcome out = import_esco(data().files());
  ASSERT_TRUE(out.ok);
  const json v = validate(json::parse(out.json));
  EXPECT_EQ(v["valid"], true);
  EXPECT_EQ(v["counts"]["skills"], 40);
  EXPECT_EQ(v["counts"]["roles"], 3);
  EXPECT_TRUE(v["warnings"].empty()) << v["warnings"].dump();
}

TEST(ImportEsco, SkillWithSeveralParentsKeepsThemAll) {
  const json doc = json::parse(import_esco(data().files()).json);
  const json s = skill(doc, kSkillUri + "9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c");
  EXPECT_EQ(s["label"], "solve ICT system problems");
  EXPECT_EQ(s["broader"], (json{kSkillUri + "03b9b491-fc9b-4868-914a-bf7cd47b5041", kSkillUri + "14832d87-2f2f-4895-b290-e4760ebae42a",
                                kSkillUri + "334e3e49-fb02-4051-809a-f06adfdc1c40"}));
}

TEST(ImportEsco, BlankSkillTypeIsImportedWithItsMultiLineAltLabelsAsAliases) {
  const json doc = json::parse(import_esco(data().files()).json);
  const json s = skill(doc, kSkillUri + "426ceaba-6867-481c-bb6b-aee3933da7d2");
  EXPECT_EQ(s["label"], "ICT safety");
  EXPECT_EQ(s["aliases"], (json{"ICT protection", "ICT security", "ICT welfare maintenance", "ICT well-being  maintenance",
                                "information and communication technologies safety", "information and communication technology safety"}));
  // altLabels that repeat the preferred label are not aliases.
  const json p = skill(doc, kSkillUri + "7e5147d1-60b1-4a68-804b-1f5cb0396b91");
  EXPECT_EQ(p["label"], "problem-solving with digital tools");
  for (const json& a : p["aliases"]) EXPECT_NE(a, "problem-solving with digital tools");
}

TEST(ImportEsco, EssentialSkillsAtTheDefaultLevelOptionalOnesLeftOut) {
  const json doc = json::parse(import_esco(data().files()).json);
  const json admin = role_by_title(doc, "ICT security administrator");
  EXPECT_EQ(admin["id"], "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7");
  ASSERT_EQ(admin["skills"].size(), 7u);
  for (const json& q : admin["skills"]) EXPECT_EQ(q["level"], 3);
  EXPECT_TRUE(role_by_title(doc, "corporate trainer")["skills"].empty());
}

TEST(ImportEsco, OptionalSkillsAtALowerLevelWhenAsked) {
  EscoOptions options;
  options.essential_level = 4;
  options.optional_level = 2;
  const ImportOutcome out = import_esco(data().files(), options);
  ASSERT_TRUE(out.ok);
  EXPECT_EQ(count(out, "requirements"), 22);
  EXPECT_EQ(count(out, "optionalLeftOut"), 0);
  const json admin = role_by_title(json::parse(out.json), "ICT security administrator");
  int essential = 0, optional = 0;
  for (const json& q : admin["skills"]) (q["level"] == 4 ? essential : optional) += 1;
  EXPECT_EQ(essential, 7);
  EXPECT_EQ(optional, 4);  // including the relation whose skillType is blank
}

TEST(ImportEsco, OccupationWithoutSkillsIsAWarningNamingItsRow) {
  const ImportOutcome out = import_esco(data().files());
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(out.warnings[0].path, "occupations_en.csv:23:12");
  EXPECT_NE(out.warnings[0].message.find("corporate trainer"), std::string::npos);
}

TEST(ImportEsco, SkillGroupsBecomeBroaderSkillsWhenTheirFileIsGiven) {
  EscoFiles files = data().files();
  files.skill_groups = {"skillGroups_en.csv", data().groups};
  const ImportOutcome out = import_esco(files);
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "skills"), 84);
  EXPECT_EQ(count(out, "skillGroups"), 44);
  EXPECT_EQ(count(out, "broaderLinks"), 101);
  EXPECT_EQ(count(out, "groupLinksLeftOut"), 0);
  const json doc = json::parse(out.json);
  EXPECT_EQ(skill(doc, "http://data.europa.eu/esco/isced-f/06")["label"], "information and communication technologies (icts)");
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportEsco, SlugIds) {
  EscoOptions options;
  options.common.ids = IdStyle::slug;
  const ImportOutcome out = import_esco(data().files(), options);
  ASSERT_TRUE(out.ok);
  const json doc = json::parse(out.json);
  EXPECT_EQ(skill(doc, "esco-ict-safety")["label"], "ICT safety");
  EXPECT_EQ(skill(doc, "esco-solve-ict-system-problems")["broader"].size(), 3u);
  EXPECT_EQ(role_by_title(doc, "software developer")["id"], "esco-software-developer");
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportEsco, RowOrderDoesNotChangeTheOutput) {
  const EscoData& d = data();
  const std::string skills = reversed_rows(d.skills), broader = reversed_rows(d.broader),
                    occupations = reversed_rows(d.occupations), relations = reversed_rows(d.relations);
  ASSERT_NE(skills, d.skills);
  EscoFiles shuffled{{"skills_en.csv", skills}, {"broaderRelationsSkillPillar.csv", broader}, {},
                     {"occupations_en.csv", occupations}, {"occupationSkillRelations.csv", relations}};
  EXPECT_EQ(import_esco(shuffled).json, import_esco(d.files()).json);
}

// ---- synthetic files ---------------------------------------------------------------------------

const char* kSkillsHeader = "conceptUri,preferredLabel,altLabels\r\n";

TEST(ImportEsco, MalformedCsvNamesFileLineAndColumn) {
  const std::string skills = std::string(kSkillsHeader) + "s1,one,\r\ns2,\"two,\"x\"\r\n";
  EscoFiles files;
  files.skills = {"skills_en.csv", skills};
  const ImportOutcome out = import_esco(files);
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "skills_en.csv:3:10");
  EXPECT_EQ(out.error.expected, "a delimiter or line break after a closing quote");
}

TEST(ImportEsco, DuplicateConceptIsAnErrorNamingBothRows) {
  const std::string skills = std::string(kSkillsHeader) + "s1,one,\r\ns1,again,\r\n";
  EscoFiles files;
  files.skills = {"skills_en.csv", skills};
  const ImportOutcome out = import_esco(files);
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "skills_en.csv:3:1");
  EXPECT_NE(out.error.found.find("first at skills_en.csv:2:1"), std::string::npos);
}

TEST(ImportEsco, UnknownReferencesAreWarningsAndLeftOut) {
  const std::string skills = std::string(kSkillsHeader) + "s1,one,\r\ns2,two,\r\n";
  const std::string broader =
      "conceptType,conceptUri,broaderType,broaderUri\r\n"
      "KnowledgeSkillCompetence,s1,KnowledgeSkillCompetence,s2\r\n"
      "KnowledgeSkillCompetence,s1,KnowledgeSkillCompetence,nowhere\r\n"
      "KnowledgeSkillCompetence,s9,KnowledgeSkillCompetence,s2\r\n"
      "KnowledgeSkillCompetence,s2,SkillGroup,g1\r\n";
  const std::string occupations = "conceptUri,preferredLabel\r\no1,job\r\n";
  const std::string relations =
      "occupationUri,relationType,skillType,skillUri\r\n"
      "o1,essential,knowledge,s1\r\n"
      "o1,essential,,s404\r\n"
      "o2,essential,,s1\r\n"
      "o1,sometimes,,s2\r\n"
      "o1,optional,,s1\r\n";
  EscoOptions options;
  options.optional_level = 1;
  const ImportOutcome out = import_esco({{"skills_en.csv", skills}, {"b.csv", broader}, {}, {"o.csv", occupations}, {"r.csv", relations}}, options);
  ASSERT_TRUE(out.ok) << out.error.message;
  std::vector<std::string> paths;
  for (const Warning& w : out.warnings) paths.push_back(w.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"b.csv:3:54", "b.csv:4:26", "r.csv:3:15", "r.csv:4:1", "r.csv:5:4"}));
  EXPECT_EQ(count(out, "groupLinksLeftOut"), 1);
  const json doc = json::parse(out.json);
  EXPECT_EQ(skill(doc, "s1")["broader"], json{"s2"});
  // Listed as essential and as optional: the essential level counts.
  EXPECT_EQ(doc["organization"]["roles"][0]["skills"], (json{{{"skill", "s1"}, {"level", 3}}}));
}

TEST(ImportEsco, CycleInBroaderIsAnErrorAtTheClosingRow) {
  const std::string skills = std::string(kSkillsHeader) + "a,A,\r\nb,B,\r\n";
  const std::string broader = "conceptUri,broaderUri\r\na,b\r\nb,a\r\n";
  const ImportOutcome out = import_esco({{"skills_en.csv", skills}, {"b.csv", broader}, {}, {}, {}});
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "b.csv:3:3");
  EXPECT_NE(out.error.found.find("a cycle"), std::string::npos);
}

TEST(ImportEsco, MissingOrInconsistentInputsAreErrors) {
  EXPECT_FALSE(import_esco({}).ok);
  const std::string skills = std::string(kSkillsHeader);
  const std::string relations = "occupationUri,relationType,skillUri\r\n";
  EscoFiles no_occupations;
  no_occupations.skills = {"skills_en.csv", skills};
  no_occupations.occupation_skill_relations = {"r.csv", relations};
  const ImportOutcome out = import_esco(no_occupations);
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "r.csv");
  EscoOptions bad;
  bad.essential_level = 6;
  EXPECT_EQ(import_esco({{"skills_en.csv", skills}, {}, {}, {}, {}}, bad).error.path, "essentialLevel");
  const ImportOutcome missing_column = import_esco({{"skills_en.csv", "uri,label\r\n"}, {}, {}, {}, {}});
  EXPECT_EQ(missing_column.error.expected, "a column \"conceptUri\" in the header");
}

TEST(ImportEsco, ReportJson) {
  const ImportOutcome out = import_esco(data().files());
  const json report = json::parse(import_report_json(out, "esco"));
  EXPECT_EQ(report["format"], "esco");
  EXPECT_EQ(report["ok"], true);
  EXPECT_EQ(report["counts"]["skills"], 40);
  EXPECT_EQ(report["warnings"][0]["path"], "occupations_en.csv:23:12");
}

}  // namespace
}  // namespace sweetspot::test
