// Every file of JSONTestSuite's test_parsing/ fed to validate_document as a document, one test case
// per file: n_ files must be refused with an error; y_ files must not be refused as JSON (they may
// fail the sweetspot/1 schema: a top-level array is valid JSON but not a document; a top-level
// object is a standalone organization whose unknown keys are warnings); i_ files may go either way.
// None may crash, hang or take long (sanitizer builds included).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>

#include "test_support.h"

namespace sweetspot::test {
namespace {

std::vector<std::string> suite_files() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(SWEETSPOT_JSONTESTSUITE_DIR))
    if (entry.is_regular_file() && entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A GoogleTest name: letters, digits and '_' only, unique thanks to the file's position.
std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.size() - 5);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name + "_" + std::to_string(info.index);
}

// Valid JSON may still be no sweetspot/1 document: the top level must be an object, and a key may
// appear only once per object (README "Duplicates"; RFC 8259 says names SHOULD be unique).
bool is_schema_level(const Error& e) {
  return (e.path.empty() && e.expected == "object") || e.expected == "each key once per object";
}

class JsonTestSuite : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonTestSuite, FedAsADocument) {
  const std::string& name = GetParam();
  const std::string text = read_file(std::string(SWEETSPOT_JSONTESTSUITE_DIR) + "/" + name);
  const auto start = std::chrono::steady_clock::now();
  const Outcome out = validate_document(text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0) << name;
  EXPECT_NE(out.ok, !out.error.message.empty()) << "either a result or an error: " << name;
  if (out.ok) {
    EXPECT_EQ(json::parse(out.json)["valid"], true);
  }
  switch (name[0]) {
    case 'n':
      EXPECT_FALSE(out.ok) << name << " was accepted: " << out.json;
      break;
    case 'y':
      if (!out.ok) {
        EXPECT_TRUE(is_schema_level(out.error)) << name << " refused as JSON: " << out.error.message;
      }
      break;
    default:
      break;  // implementation-defined: either way, as long as it returns
  }
}

INSTANTIATE_TEST_SUITE_P(TestParsing, JsonTestSuite, ::testing::ValuesIn(suite_files()), case_name);

TEST(JsonTestSuiteFiles, AreAllPresent) {
  const auto files = suite_files();
  auto count = [&](char prefix) {
    return std::count_if(files.begin(), files.end(), [&](const std::string& f) { return f[0] == prefix; });
  };
  EXPECT_EQ(files.size(), 318u);
  EXPECT_EQ(count('y'), 95);
  EXPECT_EQ(count('n'), 188);
  EXPECT_EQ(count('i'), 35);
}

}  // namespace
}  // namespace sweetspot::test
