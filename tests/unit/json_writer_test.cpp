// JsonWriter: one fixed format. Units print with at most 4 decimals and no trailing zeros; strings
// are escaped so the output is valid JSON and also safe inside an HTML <script>.
#include "documents/json_writer.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

TEST(JsonWriter, UnitsAsShortDecimals) {
  EXPECT_EQ(format_units(0), "0");
  EXPECT_EQ(format_units(10000), "1");
  EXPECT_EQ(format_units(2500), "0.25");
  EXPECT_EQ(format_units(1000), "0.1");
  EXPECT_EQ(format_units(5), "0.0005");
  EXPECT_EQ(format_units(50), "0.005");
  EXPECT_EQ(format_units(12345), "1.2345");
  EXPECT_EQ(format_units(9999), "0.9999");
  EXPECT_EQ(format_units(-2500), "-0.25");
  // Every unit value reads back exactly.
  for (int u = 0; u <= 10000; ++u) ASSERT_EQ(units(json::parse(format_units(u))), u) << u;
}

TEST(JsonWriter, EscapesForJsonAndHtml) {
  JsonWriter w;
  const std::string tricky = std::string("q\"b\\n\nr\rt\tc\x01<\x1f/script>&\xe2\x80\xa8\xe2\x80\xa9 é ✓");
  w.begin_object().key("s").string(tricky).end_object();
  const std::string out = w.str();
  EXPECT_EQ(out, "{\"s\":\"q\\\"b\\\\n\\nr\\rt\\tc\\u0001\\u003c\\u001f/script\\u003e\\u0026\\u2028\\u2029 é ✓\"}");
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(json::parse(out)["s"], tricky);
}

TEST(JsonWriter, CompactAndPrettyLayouts) {
  auto write = [](bool pretty) {
    JsonWriter w(pretty);
    w.begin_object().key("a").begin_array().integer(1).units(2500).boolean(false).null().end_array();
    w.key("o").begin_object().end_object().key("e").begin_array().end_array().end_object();
    return w.take();
  };
  EXPECT_EQ(write(false), R"({"a":[1,0.25,false,null],"o":{},"e":[]})");
  EXPECT_EQ(write(true), "{\n  \"a\": [\n    1,\n    0.25,\n    false,\n    null\n  ],\n  \"o\": {},\n  \"e\": []\n}");
  EXPECT_EQ(json::parse(write(true)), json::parse(write(false)));
}

}  // namespace
}  // namespace sweetspot::test
