// CASE importer on tests/data/case/data-literacy.json (a CFPackage) and on small packages for the
// error paths: isChildOf origin is narrower than destination; the CFDocument is not a skill.
#include <algorithm>
#include <string>
#include <vector>

#include "sweetspot/import.h"
#include "import_support.h"

namespace sweetspot::test {
namespace {

const std::string& fixture() {
  static const std::string text = read_file(std::string(SWEETSPOT_IMPORT_DATA_DIR) + "/case/data-literacy.json");
  return text;
}

json by_label(const json& doc, const std::string& label) { return entry_where(doc["taxonomy"]["skills"], "label", label); }

ImportOutcome import_text(const std::string& text, IdStyle ids = IdStyle::source) {
  ImportOptions options;
  options.ids = ids;
  return import_case({"p.json", text}, options);
}

// A package with the given items and associations (JSON arrays as text).
std::string package(const std::string& items, const std::string& associations) {
  return R"({"CFDocument": {"identifier": "doc", "title": "T"}, "CFItems": )" + items + R"(, "CFAssociations": )" + associations + "}";
}

std::string child_of(const std::string& origin, const std::string& destination) {
  return R"({"identifier": ")" + origin + destination + R"(", "associationType": "isChildOf", "originNodeURI": {"identifier": ")" + origin +
         R"("}, "destinationNodeURI": {"identifier": ")" + destination + R"("}})";
}

TEST(ImportCase, FixtureCounts) {
  const ImportOutcome out = import_case({"data-literacy.json", fixture()});
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "skills"), 10);
  EXPECT_EQ(count(out, "broaderLinks"), 8);
  EXPECT_EQ(count(out, "isChildOf"), 11);
  EXPECT_EQ(count(out, "rootItems"), 3);
  EXPECT_EQ(count(out, "otherAssociations"), 2);
  EXPECT_EQ(count(out, "roles"), 0);
  EXPECT_TRUE(out.warnings.empty());
  const json doc = json::parse(out.json);
  EXPECT_FALSE(doc.contains("organization"));
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportCase, ChildIsNarrowerAndTheDocumentIsNoSkill) {
  const json doc = json::parse(import_case({"data-literacy.json", fixture()}).json);
  const json reading = by_label(doc, "Reading data");
  const json analysing = by_label(doc, "Analysing data");
  EXPECT_FALSE(reading.contains("broader"));  // a child of the CFDocument: a root
  const json dashboards = by_label(doc, "Build dashboards");
  std::vector<std::string> parents{analysing["id"], reading["id"]};
  std::sort(parents.begin(), parents.end());
  EXPECT_EQ(dashboards["broader"], json(parents));  // two parents: the hierarchy is a DAG
  const json chart = by_label(doc, "Choose a chart type that fits the data and the question");
  EXPECT_EQ(chart["broader"], json{dashboards["id"]});
  for (const json& s : doc["taxonomy"]["skills"]) EXPECT_NE(s["label"], "Data Literacy Competency Framework");
}

TEST(ImportCase, LabelsAndAliases) {
  const json doc = json::parse(import_case({"data-literacy.json", fixture()}).json);
  // abbreviatedStatement is the label; the code and the full statement are aliases.
  EXPECT_EQ(by_label(doc, "SQL queries")["aliases"], (json{"DL.2.2", "Query a relational database with SQL"}));
  // No abbreviatedStatement: the fullStatement is the label; alternativeLabel is an alias.
  EXPECT_EQ(by_label(doc, "Interpret charts and tables")["aliases"], (json{"Chart literacy", "DL.1.1"}));
}

TEST(ImportCase, SlugIdsFromTheHumanCodingScheme) {
  const json doc = json::parse(import_case({"data-literacy.json", fixture()}, {IdStyle::slug, false}).json);
  EXPECT_EQ(by_label(doc, "Build dashboards")["id"], "case-dl-3-2");
  EXPECT_EQ(by_label(doc, "Build dashboards")["broader"], (json{"case-dl-1", "case-dl-3"}));
}

TEST(ImportCase, WrappedPackageGivesTheSameResult) {
  const std::string wrapped = R"({"CFPackage": )" + fixture() + "}";
  EXPECT_EQ(import_case({"data-literacy.json", wrapped}).json, import_case({"data-literacy.json", fixture()}).json);
}

TEST(ImportCase, ErrorsNameTheFileAndTheJsonPointer) {
  EXPECT_EQ(import_text("{\"CFDocument\": ").error.path.rfind("p.json:", 0), 0u);
  EXPECT_EQ(import_text("[]").error.path, "p.json:");
  EXPECT_EQ(import_text(R"({"CFItems": []})").error.path, "p.json:/CFDocument");
  EXPECT_EQ(import_text(package(R"([{"fullStatement": "x"}])", "[]")).error.path, "p.json:/CFItems/0/identifier");
  EXPECT_EQ(import_text(package(R"([{"identifier": "a"}])", "[]")).error.path, "p.json:/CFItems/0/fullStatement");
  EXPECT_EQ(import_text(package(R"([{"identifier": "a", "fullStatement": 7}])", "[]")).error.found, "a number");
  const ImportOutcome twice = import_text(package(R"([{"identifier": "a", "fullStatement": "x"}, {"identifier": "a", "fullStatement": "y"}])", "[]"));
  EXPECT_EQ(twice.error.path, "p.json:/CFItems/1/identifier");
  EXPECT_NE(twice.error.found.find("first at p.json:/CFItems/0"), std::string::npos);
  EXPECT_EQ(import_text(package("[]", R"([{"associationType": "isChildOf", "originNodeURI": {"identifier": "a"}}])")).error.path,
            "p.json:/CFAssociations/0/destinationNodeURI");
}

TEST(ImportCase, CycleIsAnError) {
  const std::string items = R"([{"identifier": "a", "fullStatement": "A"}, {"identifier": "b", "fullStatement": "B"}])";
  const ImportOutcome out = import_text(package(items, "[" + child_of("a", "b") + "," + child_of("b", "a") + "]"));
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "p.json:/CFAssociations/1/destinationNodeURI/identifier");
}

TEST(ImportCase, ReferencesOutsideThePackageAreWarnings) {
  const std::string items = R"([{"identifier": "a", "fullStatement": "A"}])";
  const ImportOutcome out = import_text(package(items, "[" + child_of("a", "elsewhere") + "," + child_of("ghost", "a") + "]"));
  ASSERT_TRUE(out.ok) << out.error.message;
  ASSERT_EQ(out.warnings.size(), 2u);
  EXPECT_EQ(out.warnings[0].path, "p.json:/CFAssociations/1/originNodeURI/identifier");
  EXPECT_EQ(out.warnings[1].path, "p.json:/CFAssociations/0/destinationNodeURI/identifier");
  EXPECT_EQ(json::parse(out.json)["taxonomy"]["skills"], (json{{{"id", "a"}, {"label", "A"}}}));
}

TEST(ImportCase, ItemWithOnlyACodeUsesItAsLabel) {
  const ImportOutcome out = import_text(package(R"([{"identifier": "a", "humanCodingScheme": "X.1"}])", "[]"));
  ASSERT_TRUE(out.ok);
  EXPECT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(json::parse(out.json)["taxonomy"]["skills"][0]["label"], "X.1");
}

}  // namespace
}  // namespace sweetspot::test
