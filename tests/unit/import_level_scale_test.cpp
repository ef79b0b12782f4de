// The scale normalizer at every rounding boundary: min = 0 scales map onto 0..5, 1-based scales
// onto 1..5, rounding half up, computed exactly.
#include <gtest/gtest.h>

#include <string>

#include "import/level_scale.h"

namespace sweetspot::import {
namespace {

int level(const char* scale_name, const char* value) {
  const auto scale = parse_level_scale(scale_name);
  if (!scale) {
    ADD_FAILURE() << "no scale " << scale_name;
    return -1;
  }
  std::string problem;
  const auto l = to_engine_level(value, *scale, problem);
  return l ? *l : -1;  // -1: refused
}

TEST(ImportLevelScale, ZeroToFiveRoundsHalfUp) {
  EXPECT_EQ(level("0-5", "0"), 0);
  EXPECT_EQ(level("0-5", "0.49"), 0);
  EXPECT_EQ(level("0-5", "0.5"), 1);
  EXPECT_EQ(level("0-5", "2.5"), 3);
  EXPECT_EQ(level("0-5", "4.4999999999"), 4);
  EXPECT_EQ(level("0-5", "5"), 5);
  EXPECT_EQ(level("0-5", "5.01"), -1);
  EXPECT_EQ(level("0-5", "-0.1"), -1);
}

TEST(ImportLevelScale, OneToFiveIsTheIdentity) {
  for (int v = 1; v <= 5; ++v) EXPECT_EQ(level("1-5", std::to_string(v).c_str()), v);
  EXPECT_EQ(level("1-5", "1.49"), 1);
  EXPECT_EQ(level("1-5", "1.5"), 2);
  EXPECT_EQ(level("1-5", "0.99"), -1);
  EXPECT_EQ(level("1-5", "0"), -1);
}

TEST(ImportLevelScale, OneToEight) {
  EXPECT_EQ(level("1-8", "1"), 1);
  EXPECT_EQ(level("1-8", "1.874"), 1);  // 4 × 0.874 / 7 < ½
  EXPECT_EQ(level("1-8", "1.875"), 2);  // exactly ½
  EXPECT_EQ(level("1-8", "4.5"), 3);    // 2 exactly
  EXPECT_EQ(level("1-8", "7.124"), 4);
  EXPECT_EQ(level("1-8", "7.125"), 5);
  EXPECT_EQ(level("1-8", "8"), 5);
  EXPECT_EQ(level("1-8", "8.001"), -1);
}

TEST(ImportLevelScale, ZeroToSevenAsOnetLevels) {
  EXPECT_EQ(level("0-7", "0"), 0);
  EXPECT_EQ(level("0-7", "0.69"), 0);
  EXPECT_EQ(level("0-7", "0.7"), 1);  // 5 × 0.7 / 7 = ½
  EXPECT_EQ(level("0-7", "3.5"), 3);  // 2½
  EXPECT_EQ(level("0-7", "4.38"), 3);
  EXPECT_EQ(level("0-7", "6.29"), 4);
  EXPECT_EQ(level("0-7", "6.3"), 5);  // 4½
  EXPECT_EQ(level("0-7", "7"), 5);
  EXPECT_EQ(level("0-7", "7.01"), -1);
}

TEST(ImportLevelScale, OneToHundred) {
  EXPECT_EQ(level("1-100", "1"), 1);
  EXPECT_EQ(level("1-100", "13.374"), 1);
  EXPECT_EQ(level("1-100", "13.375"), 2);  // 4 × 12.375 / 99 = ½
  EXPECT_EQ(level("1-100", "50"), 3);
  EXPECT_EQ(level("1-100", "87.625"), 5);  // 3½
  EXPECT_EQ(level("1-100", "87.624"), 4);
  EXPECT_EQ(level("1-100", "100"), 5);
  EXPECT_EQ(level("1-100", "0"), -1);
}

TEST(ImportLevelScale, Percentages) {
  EXPECT_EQ(level("percent", "0%"), 0);
  EXPECT_EQ(level("percent", "9.99%"), 0);
  EXPECT_EQ(level("percent", "10%"), 1);
  EXPECT_EQ(level("percent", "50 %"), 3);
  EXPECT_EQ(level("percent", "89.99"), 4);
  EXPECT_EQ(level("percent", "90"), 5);
  EXPECT_EQ(level("percent", "100%"), 5);
  EXPECT_EQ(level("percent", "100.5%"), -1);
  EXPECT_EQ(level("0-5", "3%"), -1);  // a % sign only on the percent scale
}

TEST(ImportLevelScale, ScaleNames) {
  EXPECT_EQ(parse_level_scale("1\xE2\x80\x93" "5")->name, "1-5");  // en dash
  EXPECT_EQ(parse_level_scale(" 0-7 ")->max, 7);
  EXPECT_TRUE(parse_level_scale("%")->percent);
  EXPECT_FALSE(parse_level_scale("5-1"));
  EXPECT_FALSE(parse_level_scale("3-3"));
  EXPECT_FALSE(parse_level_scale("1-5000000"));
  EXPECT_FALSE(parse_level_scale("likert"));
}

TEST(ImportLevelScale, Decimals) {
  EXPECT_EQ(parse_decimal_nanos("4.38"), 4380000000);
  EXPECT_EQ(parse_decimal_nanos("+2"), 2000000000);
  EXPECT_EQ(parse_decimal_nanos("-0.5"), -500000000);
  EXPECT_EQ(parse_decimal_nanos(".25"), 250000000);
  EXPECT_EQ(parse_decimal_nanos("1.0000000019"), 1000000001);  // past 9 decimals: dropped
  EXPECT_FALSE(parse_decimal_nanos(""));
  EXPECT_FALSE(parse_decimal_nanos("."));
  EXPECT_FALSE(parse_decimal_nanos("1e3"));
  EXPECT_FALSE(parse_decimal_nanos("1.2.3"));
  EXPECT_FALSE(parse_decimal_nanos("3,5"));
  EXPECT_FALSE(parse_decimal_nanos("12345678901"));
}

TEST(ImportLevelScale, RefusalSaysWhatWasExpected) {
  std::string problem;
  EXPECT_FALSE(to_engine_level("high", *parse_level_scale("1-5"), problem));
  EXPECT_EQ(problem, "a number 1..5");
}

}  // namespace
}  // namespace sweetspot::import
