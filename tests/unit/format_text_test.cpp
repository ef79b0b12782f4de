// wasm/format_text.h, which the WebAssembly modules use as their snprintf (wasm/libc_overrides.cpp),
// against this platform's C library snprintf: the formats the engine and nlohmann print with
// (%.17g and %g for numbers in messages, <U+%.4X> for control characters), byte for byte, on
// doubles of every kind, plus the integer and string conversions it supports.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

#include "../../wasm/format_text.h"

namespace {

std::string mine(const char* format, ...) {
  char buffer[900];
  va_list args;
  va_start(args, format);
  const int n = sweetspot_wasm::format_text(buffer, sizeof buffer, format, args);
  va_end(args);
  EXPECT_EQ(n, static_cast<int>(std::strlen(buffer))) << format;
  return buffer;
}

std::string theirs(const char* format, ...) {
  char buffer[900];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}

std::uint64_t g_state = 0x9E3779B97F4A7C15u;
std::uint64_t next() {
  g_state ^= g_state << 13, g_state ^= g_state >> 7, g_state ^= g_state << 17;
  return g_state;
}

TEST(FormatText, DoublesAsPercentGAreTheCLibrarys) {
  auto check = [](double x) {
    ASSERT_EQ(mine("%.17g", x), theirs("%.17g", x)) << std::hexfloat << x;
    ASSERT_EQ(mine("%g", x), theirs("%g", x)) << std::hexfloat << x;
    ASSERT_EQ(mine("%.3g", x), theirs("%.3g", x)) << std::hexfloat << x;
    ASSERT_EQ(mine("%.1g", x), theirs("%.1g", x)) << std::hexfloat << x;
  };
  for (int i = 0; i < 100000; ++i) {
    double x;
    const std::uint64_t bits = next();
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    check(x);
  }
  for (int i = 0; i < 100000; ++i) {  // decimals as people write them, and halfway cases of %g
    const double x = static_cast<double>(next() % 2000001) / std::pow(10.0, static_cast<double>(next() % 12)) * (next() % 5 == 0 ? -1 : 1);
    check(x);
    check(x * 1e-5);
    check(x * 1e12);
  }
  for (double x : {0.0, -0.0, 1.0, 0.5, 0.1, 0.0001, 0.00001, 123456.0, 1234567.0, 999999.5, 9999995.0, 0.00009999995, 1e100, 1e-100,
                   5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 100000.0, 1e15, 1e16, 1e17, 0.25, 2.5, 3.5, 0.125,
                   std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()})
    check(x);
  EXPECT_EQ(mine("%g", std::nan("")), theirs("%g", std::nan("")));
  EXPECT_EQ(mine("%8.3g|%-8g|%08g", 3.14159, 2.5, -1.5), theirs("%8.3g|%-8g|%08g", 3.14159, 2.5, -1.5));
}

TEST(FormatText, IntegersStringsAndCharacters) {
  for (unsigned c = 0; c < 256; ++c) ASSERT_EQ(mine("<U+%.4X>", c), theirs("<U+%.4X>", c));
  for (int i = 0; i < 20000; ++i) {
    const auto v = static_cast<std::int64_t>(next());
    const auto u = static_cast<unsigned>(next());
    ASSERT_EQ(mine("%d %i %u %x %X %lld %llu %5d|%-5d|%05d %.3x %zu", static_cast<int>(v), static_cast<int>(v >> 7), u, u, u,
                   static_cast<long long>(v), static_cast<unsigned long long>(v), static_cast<int>(v % 1000),
                   static_cast<int>(v % 100), static_cast<int>(v % 50), u % 256, static_cast<std::size_t>(u)),
              theirs("%d %i %u %x %X %lld %llu %5d|%-5d|%05d %.3x %zu", static_cast<int>(v), static_cast<int>(v >> 7), u, u, u,
                     static_cast<long long>(v), static_cast<unsigned long long>(v), static_cast<int>(v % 1000),
                     static_cast<int>(v % 100), static_cast<int>(v % 50), u % 256, static_cast<std::size_t>(u)));
  }
  EXPECT_EQ(mine("%s|%.2s|%6s|%-6s|%c|%%|%d", "text", "text", "ab", "ab", 'x', 0), theirs("%s|%.2s|%6s|%-6s|%c|%%|%d", "text", "text", "ab", "ab", 'x', 0));
  EXPECT_EQ(mine("%d", std::numeric_limits<int>::min()), theirs("%d", std::numeric_limits<int>::min()));
  char small[4];
  const char* six = "abcdef";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-truncation"  // the point of this line
  EXPECT_EQ(std::snprintf(small, sizeof small, "%s", six), 6);
#pragma GCC diagnostic pop
  char mine_small[4];
  auto cut = [&](const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = sweetspot_wasm::format_text(mine_small, sizeof mine_small, format, args);
    va_end(args);
    return n;
  };
  EXPECT_EQ(cut("%s", "abcdef"), 6);
  EXPECT_STREQ(mine_small, small);  // cut to the buffer, terminated
  EXPECT_EQ(mine("%q and %"), "%q and %");  // not supported: shown as written
}

}  // namespace
