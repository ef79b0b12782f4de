// read_json: the SAX reader under input_limits.h. Every refusal names the JSON pointer where it happened.
#include <string>

#include "documents/json_reader.h"
#include "documents/input_limits.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

Error refusal(const std::string& text) {
  Error error;
  const auto parsed = read_json(text, error);
  EXPECT_FALSE(parsed.has_value()) << text.substr(0, 80);
  return error;
}

TEST(JsonReader, ReadsValidDocuments) {
  Error error;
  auto v = read_json(R"({"a": [1, 2.5, "x", true, null, {"b": {}}], "c~/d": -3})", error);
  ASSERT_TRUE(v.has_value()) << error.message;
  EXPECT_EQ((*v)["a"][1], 2.5);
  EXPECT_EQ((*v)["c~/d"], -3);
  EXPECT_TRUE(read_json("0", error).has_value());
  EXPECT_TRUE(read_json(" \"s\" ", error).has_value());
  EXPECT_TRUE(read_json("[]", error).has_value());
}

TEST(JsonReader, SyntaxErrorsNameTheValueBeingReadAndTheByte) {
  Error e = refusal(R"({"learner": {"completed": ["a", ]}})");
  EXPECT_EQ(e.path, "/learner/completed/1");
  EXPECT_EQ(e.expected.rfind("valid JSON", 0), 0u) << e.expected;
  EXPECT_NE(e.found.find("at byte"), std::string::npos) << e.found;
  EXPECT_EQ(refusal(R"({"catalog": {"courses": [{"id": "c)").path, "/catalog/courses/0/id");
  EXPECT_EQ(refusal(R"({"asOf": NaN})").path, "/asOf");
  EXPECT_EQ(refusal("").path, "");
  EXPECT_EQ(refusal("{'a': 1}").path, "");
}

TEST(JsonReader, AnErrorAfterACompleteMemberBelongsToItsObject) {
  EXPECT_EQ(refusal(R"({"a": 1,})").path, "");
  EXPECT_EQ(refusal(R"({"a": 1 "b": 2})").path, "");
  EXPECT_EQ(refusal(R"({"a": {"b": [1, {"c": 2}], }})").path, "/a");
  EXPECT_EQ(refusal(R"({"learner": {"id": "l"} /* comment */})").path, "");
}

TEST(JsonReader, TrailingContentIsRefused) {
  EXPECT_EQ(refusal("1 2").path, "");
  EXPECT_EQ(refusal("{} {}").path, "");
  EXPECT_EQ(refusal("{}}").path, "");
}

TEST(JsonReader, DuplicateKeysAreRefusedAtTheirPointer) {
  Error e = refusal(R"({"a": {"b": 1, "b": 2}})");
  EXPECT_EQ(e.path, "/a/b");
  EXPECT_EQ(e.expected, "each key once per object");
  EXPECT_EQ(refusal(R"({"x": [{}, {"a/b": 1, "a/b": 2}]})").path, "/x/1/a~1b");
  EXPECT_EQ(refusal(R"({"~": 1, "~": 1})").path, "/~0");
  // The same key in different objects is fine.
  Error error;
  EXPECT_TRUE(read_json(R"({"a": {"k": 1}, "b": {"k": 1}, "k": [{"k": 1}, {"k": 2}]})", error).has_value());
}

TEST(JsonReader, NestingIsLimited) {
  const std::size_t depth = limits::kMaxDepth;
  Error error;
  EXPECT_TRUE(read_json(std::string(depth, '[') + std::string(depth, ']'), error).has_value()) << error.message;
  Error e = refusal(std::string(depth + 1, '[') + std::string(depth + 1, ']'));
  std::string expected_path;
  for (std::size_t i = 0; i < depth; ++i) expected_path += "/0";
  EXPECT_EQ(e.path, expected_path);
  EXPECT_NE(e.expected.find("nesting of at most"), std::string::npos);
  // A bomb far deeper than any stack: refused at the limit, without recursion.
  e = refusal(std::string(1000000, '['));
  EXPECT_EQ(e.path, expected_path);
  e = refusal("{\"a\":" + std::string(100000, '['));
  EXPECT_NE(e.expected.find("nesting of at most"), std::string::npos) << e.message;
}

TEST(JsonReader, StringsAndKeysAreLimited) {
  const std::size_t max = limits::kMaxStringBytes;
  Error error;
  EXPECT_TRUE(read_json("{\"s\": \"" + std::string(max, 'x') + "\"}", error).has_value());
  Error e = refusal("{\"learner\": {\"name\": \"" + std::string(max + 1, 'x') + "\"}}");
  EXPECT_EQ(e.path, "/learner/name");
  EXPECT_NE(e.expected.find("a string of at most"), std::string::npos);
  e = refusal("{\"learner\": {\"" + std::string(max + 1, 'k') + "\": 1}}");
  EXPECT_EQ(e.path, "/learner");
  EXPECT_NE(e.expected.find("a key of at most"), std::string::npos);
  e = refusal("[\"a\", \"" + std::string(max + 1, 'x') + "\"]");
  EXPECT_EQ(e.path, "/1");
}

TEST(JsonReader, DocumentSizeIsLimited) {
  const std::string big(limits::kMaxDocumentBytes + 1, ' ');
  Error e = refusal(big);
  EXPECT_EQ(e.path, "");
  EXPECT_NE(e.expected.find("a document of at most"), std::string::npos);
}

TEST(JsonReader, NumbersTooLargeAndInvalidTextAreRefused) {
  Error e = refusal(R"({"w": 1e400})");
  EXPECT_EQ(e.path, "/w");
  EXPECT_EQ(refusal(R"({"w": [-1e400]})").path, "/w/0");
  EXPECT_EQ(refusal("{\"s\": \"\xff\"}").path, "/s");          // not UTF-8
  EXPECT_EQ(refusal(std::string("{\"s\": \"a\0b\"}", 12)).path, "/s");  // raw control character
  EXPECT_EQ(refusal(R"({"s": "\ud800x"})").path, "/s");          // lone surrogate escape
}

}  // namespace
}  // namespace sweetspot::test
