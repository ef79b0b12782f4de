// wasm/decimal_to_double.h, which the WebAssembly modules use as their strtod (wasm/libc_overrides.cpp),
// against this platform's C library strtod, bit for bit: random decimals of every length and
// exponent, the exact halfway points between neighbouring doubles (printed exactly through long
// double) and the numbers just above and below them, subnormals, overflow, and the text strtod reads.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "../../wasm/decimal_to_double.h"

namespace {

std::uint64_t g_state = 0x2545F4914F6CDD1Du;
std::uint64_t next() {
  g_state ^= g_state << 13, g_state ^= g_state >> 7, g_state ^= g_state << 17;
  return g_state;
}

// Both functions on `text`: the same bits and the same end.
::testing::AssertionResult same(const std::string& text) {
  char* want_end = nullptr;
  char* got_end = nullptr;
  const double want = std::strtod(text.c_str(), &want_end);
  const double got = sweetspot_wasm::decimal_to_double(text.c_str(), &got_end);
  if (std::memcmp(&want, &got, sizeof want) != 0 && !(std::isnan(want) && std::isnan(got)))
    return ::testing::AssertionFailure() << text << ": " << std::hexfloat << got << " vs strtod " << want;
  if (want_end != got_end) return ::testing::AssertionFailure() << text << ": ends at " << (got_end - text.c_str()) << " vs " << (want_end - text.c_str());
  return ::testing::AssertionSuccess();
}

TEST(DecimalToDouble, RandomDecimalsAreStrtodBitForBit) {
  for (int i = 0; i < 300000; ++i) {
    std::string text = next() % 3 == 0 ? "-" : "";
    const int digits = 1 + static_cast<int>(next() % (next() % 8 == 0 ? 60 : 20));
    const int point = static_cast<int>(next() % (digits + 1));
    for (int d = 0; d < digits; ++d) {
      if (d == point && d > 0) text += '.';
      text += static_cast<char>('0' + next() % 10);
    }
    if (next() % 4 != 0) text += "e" + std::to_string(static_cast<int>(next() % 700) - 350);
    ASSERT_TRUE(same(text));
  }
}

TEST(DecimalToDouble, HalfwayPointsAndTheirNeighbours) {
  static_assert(LDBL_MANT_DIG >= 64, "the halfway points are printed through an x87 long double");
  for (int i = 0; i < 20000; ++i) {
    double x;
    const std::uint64_t bits = next() & 0x7FEFFFFFFFFFFFFFu;  // finite, below the largest
    std::memcpy(&x, &bits, sizeof x);
    const long double mid = (static_cast<long double>(x) + static_cast<long double>(std::nextafter(x, INFINITY))) / 2;
    char buf[1200];
    std::snprintf(buf, sizeof buf, "%.1100Le", mid);  // exact: every digit of the halfway point
    std::string exact = buf;
    const std::size_t e = exact.find('e');
    std::string mantissa = exact.substr(0, e), exponent = exact.substr(e);
    while (mantissa.back() == '0') mantissa.pop_back();
    ASSERT_TRUE(same(mantissa + exponent));          // a tie: to even
    ASSERT_TRUE(same(mantissa + "1" + exponent));    // just above
    ASSERT_TRUE(same(mantissa + "000000000000000000000000000000000000001" + exponent));
    std::string below = mantissa;                    // just below: the last digit one less, then 9s
    std::size_t k = below.size() - 1;
    while (below[k] == '0' || below[k] == '.') --k;
    --below[k];
    ASSERT_TRUE(same(below + "99999" + exponent));
  }
}

TEST(DecimalToDouble, EdgesAndText) {
  for (const char* text : {"0", "-0", "0.0", "-0.0e-999", "1", "0.1", "1e23", "9007199254740993", "4.9406564584124654e-324",
                           "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
                           "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400",
                           "123456789012345678901234567890", "  \t\n42", "+3.5", ".5", "5.", "1e", "1e+", "1.5e-", "abc", "", "-", ".",
                           "inf", "-Infinity", "INF", "nan", "NaN", "infinit", "1e99999999999999", "1e-99999999999999",
                           "0.000000000000000000000000000000000000000000001e45"})
    EXPECT_TRUE(same(text));
  std::string long_digits = "0." + std::string(900, '3') + "e1";  // more digits than are kept
  EXPECT_TRUE(same(long_digits));
  EXPECT_TRUE(same(std::string(400, '9')));
}

}  // namespace
