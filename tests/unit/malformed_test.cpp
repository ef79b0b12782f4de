// The malformed-document table (tests/fixtures/malformed.json, shared with the JavaScript tests):
// each entry must be refused with an error at exactly its JSON pointer.
//
// Entry format: {"name", "command": "classify"|"audit"|"validate", "document": <JSON value> or
// "text": <raw text, for syntax-level cases>, "path": <exact error.path>, "expected": <substring of
// error.expected>, "message"?: <substring of error.message>, "repeat"?: {"marker", "unit", "count"}}.
// `repeat` replaces `marker` in `text` by `unit` repeated `count` times (for inputs over a size limit).
#include <cctype>
#include <set>

#include "test_support.h"

namespace sweetspot::test {
namespace {

json load_table() {
  const std::string text = read_file(std::string(SWEETSPOT_FIXTURES_DIR) + "/malformed.json");
  json table = json::parse(text, nullptr, /*allow_exceptions=*/false);
  return table.is_array() ? table : json::array();
}

const json& table() {
  static const json t = load_table();
  return t;
}

std::vector<std::size_t> indexes() {
  std::vector<std::size_t> out(table().size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
  return out;
}

std::string input_text(const json& entry) {
  if (!entry.contains("text")) return entry.at("document").dump();
  std::string text = entry.at("text");
  if (entry.contains("repeat")) {
    const json& r = entry["repeat"];
    std::string expansion;
    for (int i = 0; i < r.at("count").get<int>(); ++i) expansion += r.at("unit").get<std::string>();
    const std::string marker = r.at("marker");
    text.replace(text.find(marker), marker.size(), expansion);
  }
  return text;
}

Outcome run(const std::string& command, const std::string& text) {
  if (command == "classify") return classify_document(text);
  if (command == "audit") return audit_document(text);
  return validate_document(text);
}

class Malformed : public ::testing::TestWithParam<std::size_t> {};

TEST_P(Malformed, IsRefusedAtItsPath) {
  const json& entry = table()[GetParam()];
  SCOPED_TRACE(entry.at("name").get<std::string>());
  const Outcome out = run(entry.at("command"), input_text(entry));
  ASSERT_FALSE(out.ok) << "accepted: " << out.json.substr(0, 300);
  EXPECT_TRUE(out.json.empty());
  EXPECT_EQ(out.error.path, entry.at("path").get<std::string>()) << out.error.message.substr(0, 300);
  EXPECT_NE(out.error.expected.find(entry.at("expected").get<std::string>()), std::string::npos)
      << "expected: " << out.error.expected.substr(0, 300);
  if (entry.contains("message")) {
    EXPECT_NE(out.error.message.find(entry["message"].get<std::string>()), std::string::npos) << out.error.message;
  }
  // The one-line message starts with the path (or "(document)" at the top).
  const std::string where = out.error.path.empty() ? "(document)" : out.error.path;
  EXPECT_EQ(out.error.message.compare(0, where.size() + 1, where + ":"), 0) << out.error.message.substr(0, 300);
}

std::string case_name(const ::testing::TestParamInfo<std::size_t>& info) {
  std::string name = table()[info.param].value("name", "unnamed");
  std::string out;
  for (char c : name) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return std::to_string(info.param) + "_" + out;
}

INSTANTIATE_TEST_SUITE_P(Table, Malformed, ::testing::ValuesIn(indexes()), case_name);

TEST(MalformedTable, IsWellFormedAndLargeEnough) {
  ASSERT_GE(table().size(), 60u) << "tests/fixtures/malformed.json missing or too small";
  std::set<std::string> names;
  std::set<std::string> commands;
  for (const json& entry : table()) {
    EXPECT_TRUE(names.insert(entry.at("name").get<std::string>()).second) << "duplicate name " << entry["name"];
    EXPECT_NE(entry.contains("text"), entry.contains("document")) << entry["name"];
    EXPECT_TRUE(entry.at("path").is_string());
    EXPECT_TRUE(entry.at("expected").is_string());
    commands.insert(entry.at("command").get<std::string>());
  }
  EXPECT_EQ(commands, (std::set<std::string>{"audit", "classify", "validate"}));
}

}  // namespace
}  // namespace sweetspot::test
