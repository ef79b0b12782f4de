// DocumentReader's paths and duplicate checks: JsonPath renders a pointer only when a diagnostic
// needs one, and must render exactly what the reader always named (tests/fixtures/malformed.json
// checks the paths of whole documents; these check the pieces).
#include <string>

#include "documents/document_reader.h"
#include "documents/json_reader.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

TEST(JsonPath, RendersRootsKeysAndIndices) {
  EXPECT_EQ(JsonPath("").str(), "");
  EXPECT_EQ(JsonPath("").key("learner").str(), "/learner");
  const std::string root = "/learners/12";
  const JsonPath learner(root);
  EXPECT_EQ(learner.str(), "/learners/12");
  const JsonPath interests = learner.key("interests");
  const JsonPath item = interests.index(3);
  EXPECT_EQ(item.key("strength").str(), "/learners/12/interests/3/strength");
  EXPECT_EQ(item.index(0).index(10).str(), "/learners/12/interests/3/0/10");
}

TEST(JsonPath, EscapesKeysButNotTheRoot) {
  EXPECT_EQ(JsonPath("/a~b").key("c/d~e").str(), "/a~b/c~1d~0e");
  EXPECT_EQ(JsonPath("/learner").key("").str(), "/learner/");
  EXPECT_EQ(JsonPath("").key(std::string("nul\0key", 7)).str(), std::string("/nul\0key", 8));
}

struct Read {
  bool ok = false;
  Error error;
  Warnings warnings;
  Learner learner;
};

Read read_learner(const json& doc, const std::string& path = "/learner") {
  Read r;
  Error parse_error;
  auto parsed = read_json(doc.dump(), parse_error);
  EXPECT_TRUE(parsed.has_value()) << parse_error.message;
  if (!parsed) return r;
  DocumentReader reader(r.error, r.warnings);
  r.ok = reader.read_learner(*parsed, path, r.learner);
  return r;
}

TEST(DocumentReader, WarnsOfUnknownKeysAtTheirEscapedPath) {
  Read r = read_learner({{"id", "u1"}, {"a/b", 1}, {"interests", {{{"skill", "s"}, {"strength", 1}, {"~", 2}}}}});
  ASSERT_TRUE(r.ok) << r.error.message;
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].path, "/learner/a~1b");
  EXPECT_EQ(r.warnings[1].path, "/learner/interests/0/~0");
  EXPECT_EQ(r.warnings[1].message, "unknown key ignored");
}

TEST(DocumentReader, NamesTheRootItWasGiven) {
  Read r = read_learner({{"id", "u1"}, {"proficiency", {{{"skill", "s"}, {"level", 6}}}}}, "/learners/7");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.path, "/learners/7/proficiency/0/level");
  EXPECT_EQ(r.error.message, "/learners/7/proficiency/0/level: expected integer level 0..5, found number 6");
  r = read_learner({{"id", ""}}, "");
  EXPECT_EQ(r.error.message, "/id: expected non-empty string, found empty string");
}

// Short lists and long ones (past any small-list shortcut) name the repeat and the first one alike.
json interests(std::size_t n, std::size_t repeat_of) {
  json list = json::array();
  for (std::size_t i = 0; i < n; ++i) list.push_back({{"skill", "skill-" + std::to_string(i)}, {"strength", 0.5}});
  list.push_back({{"skill", "skill-" + std::to_string(repeat_of)}, {"strength", 0.5}});
  return list;
}

TEST(DocumentReader, RefusesARepeatedSkillNamingTheFirst) {
  for (std::size_t n : {1, 5, 31, 32, 33, 100, 2000}) {
    const std::size_t first = n / 2;
    Read r = read_learner({{"id", "u1"}, {"interests", interests(n, first)}});
    ASSERT_FALSE(r.ok) << n;
    EXPECT_EQ(r.error.path, "/learner/interests/" + std::to_string(n) + "/skill");
    EXPECT_EQ(r.error.expected, "each skill once");
    EXPECT_EQ(r.error.found, "\"skill-" + std::to_string(first) + "\" again (first at /learner/interests/" +
                                 std::to_string(first) + ")");
  }
}

TEST(DocumentReader, KeepsTheFirstOfRepeatedReferences) {
  json completed = json::array();
  for (int i = 0; i < 100; ++i) completed.push_back("c" + std::to_string(i % 40));
  Read r = read_learner({{"id", "u1"}, {"completed", completed}, {"aspirations", {"r2", "r1", "r2"}}});
  ASSERT_TRUE(r.ok) << r.error.message;
  ASSERT_EQ(r.learner.completed.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(r.learner.completed[i], "c" + std::to_string(i));
  EXPECT_EQ(r.learner.aspirations, (std::vector<std::string>{"r2", "r1"}));
}

}  // namespace
}  // namespace sweetspot::test
