// Plain CSV importer: the files an admin writes in a spreadsheet.
#include <string>
#include <vector>

#include "sweetspot/import.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

ImportOutcome run(const std::string& taxonomy, const std::string& roles, const std::string& scale = "0-5") {
  CsvFiles files;
  if (!taxonomy.empty()) files.taxonomy = {"skills.csv", taxonomy};
  if (!roles.empty()) files.roles = {"roles.csv", roles};
  CsvImportOptions options;
  options.level_scale = scale;
  return import_csv(files, options);
}

std::vector<std::string> warning_paths(const ImportOutcome& out) {
  std::vector<std::string> paths;
  for (const Warning& w : out.warnings) paths.push_back(w.path);
  return paths;
}

TEST(ImportPlainCsv, TaxonomyWithListsSeparatedByBarOrSemicolon) {
  const ImportOutcome out = run(
      "id,label,aliases,broader\r\n"
      "py,Python,\"Python 3|py3; python\",prog\r\n"
      "prog,Programming,,\r\n"
      "sql,SQL,,prog;data\r\n"
      "data,Data,,\r\n",
      "");
  ASSERT_TRUE(out.ok) << out.error.message;
  const json doc = json::parse(out.json);
  EXPECT_FALSE(doc.contains("organization"));
  EXPECT_EQ(doc["taxonomy"]["skills"], json::parse(R"([
    {"id": "data", "label": "Data"},
    {"id": "prog", "label": "Programming"},
    {"id": "py", "label": "Python", "aliases": ["Python 3", "py3", "python"], "broader": ["prog"]},
    {"id": "sql", "label": "SQL", "broader": ["data", "prog"]}])"));
  EXPECT_TRUE(out.warnings.empty());
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportPlainCsv, SemicolonDelimitedSpreadsheetWithBom) {
  const ImportOutcome out = run("\xEF\xBB\xBFid;label;aliases\nml;Machine learning;ML|statistical learning\n", "");
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(json::parse(out.json)["taxonomy"]["skills"][0]["aliases"], (json{"ML", "statistical learning"}));
}

TEST(ImportPlainCsv, LabelDefaultsToTheIdAndUnknownBroaderIsAWarning) {
  const ImportOutcome out = run("id,broader,notes\na,ghost,\n", "");
  ASSERT_TRUE(out.ok);
  EXPECT_EQ(warning_paths(out), (std::vector<std::string>{"skills.csv:1", "skills.csv:2:3"}));  // "notes" unused
  EXPECT_EQ(json::parse(out.json)["taxonomy"]["skills"], (json{{{"id", "a"}, {"label", "a"}}}));
}

TEST(ImportPlainCsv, DuplicateIdAndCycleAreErrorsWithRows) {
  const ImportOutcome twice = run("id,label\na,A\nb,B\na,again\n", "");
  ASSERT_FALSE(twice.ok);
  EXPECT_EQ(twice.error.path, "skills.csv:4:1");
  EXPECT_NE(twice.error.found.find("first at skills.csv:2:1"), std::string::npos);
  const ImportOutcome cycle = run("id,broader\na,b\nb,c\nc,a\n", "");
  ASSERT_FALSE(cycle.ok);
  EXPECT_EQ(cycle.error.path, "skills.csv:4:3");
  EXPECT_EQ(cycle.error.found, "a cycle \"a\" -> \"b\" -> \"c\" -> \"a\"");
  EXPECT_EQ(run("id,label\n,Nameless\n", "").error.path, "skills.csv:2:1");
}

TEST(ImportPlainCsv, RolesOnTheirScale) {
  const ImportOutcome out = run("",
                                "role,title,skill,level,next\n"
                                "dev,Developer,py,3,lead\n"
                                "dev,,sql,1,\n"
                                "lead,Team lead,,,\n",
                                "1-5");
  ASSERT_TRUE(out.ok) << out.error.message;
  const json doc = json::parse(out.json);
  EXPECT_FALSE(doc.contains("taxonomy"));
  EXPECT_EQ(doc["organization"]["roles"], json::parse(R"([
    {"id": "dev", "title": "Developer", "skills": [{"skill": "py", "level": 3}, {"skill": "sql", "level": 1}], "next": ["lead"]},
    {"id": "lead", "title": "Team lead", "skills": []}])"));
  const ImportOutcome percent = run("", "role,skill,level\ndev,py,75%\ndev,sql,9%\n", "percent");
  ASSERT_TRUE(percent.ok) << percent.error.message;
  EXPECT_EQ(json::parse(percent.json)["organization"]["roles"][0]["skills"], json::parse(R"([{"skill": "py", "level": 4}, {"skill": "sql", "level": 0}])"));
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportPlainCsv, RoleErrorsNameTheField) {
  const ImportOutcome range = run("", "role,skill,level\ndev,py,6\n");
  ASSERT_FALSE(range.ok);
  EXPECT_EQ(range.error.path, "roles.csv:2:8");
  EXPECT_EQ(range.error.expected, "a number 0..5 (scale 0-5)");
  EXPECT_EQ(run("", "role,skill,level\ndev,py,\n").error.found, "an empty field");
  const ImportOutcome twice = run("", "role,skill,level\ndev,py,2\ndev,py,3\n");
  EXPECT_EQ(twice.error.path, "roles.csv:3:5");
  EXPECT_EQ(run("", "role,title,skill,level\n,x,py,2\n").error.path, "roles.csv:2:1");
  EXPECT_EQ(run("", "role,title\ndev,Developer\n").error.expected, "a column \"skill\" in the header");
  EXPECT_EQ(run("", "role,skill,level\ndev,py,2\n", "likert").error.path, "levelScale");
  EXPECT_FALSE(run("", "").ok);
}

TEST(ImportPlainCsv, CrossFileReferencesAreWarnings) {
  const ImportOutcome out = run("id,label\npy,Python\n",
                                "role,title,skill,level,next\n"
                                "dev,Developer,py,3,cto\n"
                                "dev,Dev,go,2,\n");
  ASSERT_TRUE(out.ok) << out.error.message;
  // A second title, a skill not in the taxonomy (kept), a next role that does not exist (left out).
  EXPECT_EQ(warning_paths(out), (std::vector<std::string>{"roles.csv:3:5", "roles.csv:3:9", "roles.csv:2:20"}));
  const json doc = json::parse(out.json);
  EXPECT_EQ(doc["organization"]["roles"][0]["skills"].size(), 2u);
  EXPECT_FALSE(doc["organization"]["roles"][0].contains("next"));
  EXPECT_EQ(doc["taxonomy"]["skills"].size(), 1u);
}

TEST(ImportPlainCsv, LatinOneExportIsRefusedWithItsPosition) {
  const ImportOutcome out = run("id,label\ncafe,Caf\xE9 management\n", "");
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "skills.csv:2:9");
  EXPECT_EQ(out.error.expected, "UTF-8 text");
}

}  // namespace
}  // namespace sweetspot::test
