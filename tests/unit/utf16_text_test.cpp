// wasm/utf16_text.h, which turns a large result into UTF-16 for Node (ss_utf16): every well-formed
// sequence against a plain code-point decoder, ASCII runs in every alignment, and every kind of
// ill-formed input refused (the host then decodes the UTF-8 itself).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "../../wasm/utf16_text.h"

namespace {

using sweetspot_wasm::kNotUtf8;
using sweetspot_wasm::utf8_to_utf16;

std::string utf8_of(std::uint32_t cp) {
  std::string s;
  if (cp < 0x80) s += static_cast<char>(cp);
  else if (cp < 0x800) s += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
  else if (cp < 0x10000) s += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
  else s += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
  return s;
}

void append_utf16(std::vector<std::uint16_t>& out, std::uint32_t cp) {
  if (cp < 0x10000) out.push_back(static_cast<std::uint16_t>(cp));
  else {
    out.push_back(static_cast<std::uint16_t>(0xD800 + ((cp - 0x10000) >> 10)));
    out.push_back(static_cast<std::uint16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
  }
}

std::size_t convert(const std::string& s, std::vector<std::uint16_t>& out) {
  out.assign(s.size() + 1, 0xFFFF);
  const std::size_t n = utf8_to_utf16(reinterpret_cast<const unsigned char*>(s.data()), s.size(), out.data());
  if (n != kNotUtf8) out.resize(n);
  return n;
}

TEST(Utf16Text, EveryScalarValueAfterAsciiRunsOfEveryLength) {
  std::vector<std::uint16_t> got;
  for (std::uint32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 61)) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::size_t run = cp % 19;
    const std::string s = std::string(run, 'a') + utf8_of(cp) + std::string(cp % 11, 'z');
    std::vector<std::uint16_t> want(run, 'a');
    append_utf16(want, cp);
    want.insert(want.end(), cp % 11, 'z');
    ASSERT_NE(convert(s, got), kNotUtf8) << cp;
    ASSERT_EQ(got, want) << cp;
  }
}

TEST(Utf16Text, RandomTextsOfMixedLengths) {
  std::mt19937 rng(16);
  const std::uint32_t kPoints[] = {'a', 'Z', '{', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x201C, 0x2028, 0xFEFF, 0xFFFF, 0x10000, 0x1F642, 0x10FFFF};
  std::vector<std::uint16_t> got;
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    std::vector<std::uint16_t> want;
    for (int k = static_cast<int>(rng() % 60); k > 0; --k) {
      const std::uint32_t cp = rng() % 2 ? 'a' + rng() % 26 : kPoints[rng() % (sizeof kPoints / sizeof kPoints[0])];
      s += utf8_of(cp);
      append_utf16(want, cp);
    }
    ASSERT_NE(convert(s, got), kNotUtf8) << round;
    ASSERT_EQ(got, want) << round;
  }
}

TEST(Utf16Text, IllFormedInputIsRefused) {
  std::vector<std::uint16_t> got;
  for (const std::string bad : {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\x41", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
                                "\xED\xBF\xBF", "\xE2\x80", "\xE2\x28\xA1", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
                                "\xF5\x80\x80\x80", "\xF0\x9F\x99", "\xFE", "\xFF"}) {
    EXPECT_EQ(convert("plain ascii first " + bad, got), kNotUtf8) << bad;
    EXPECT_EQ(convert(bad + " then ascii", got), kNotUtf8) << bad;
  }
  EXPECT_EQ(convert(std::string("nul \0 inside", 12), got), 12u);
}

}  // namespace
