// Decimal text -> the nearest double (ties to even), as strtod gives it, without long double.
// The WebAssembly modules use it AS strtod (libc_overrides.cpp): musl's strtod scans into software
// 128-bit long doubles, which put 7 KB gzip of soft-float code into the learner module, the largest
// single piece a learner's page never needed. The callers there are JsonCursor's slow path and
// nlohmann's lexer, which both pass JSON numbers; this reads any plain decimal (leading white
// space, a sign, digits with a point, an exponent) plus inf/infinity/nan, and not hexadecimal
// floats, which nothing in the engine reads.
//
// The method is the "simple decimal conversion" (as in Go's strconv): the digits are kept as a
// decimal number of up to 800 digits (enough for every halfway case; longer inputs keep a sticky
// "more digits" flag), shifted by powers of two, exactly, until it lies in [1/2, 1), then shifted
// left by 53 and rounded once. Slow (microseconds) but only numbers outside JsonCursor's exact
// fast path get here. tests/unit/decimal_to_double_test.cpp checks it against the C library's
// strtod bit for bit, natively.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace sweetspot_wasm {

class Decimal {
 public:
  static constexpr int kMaxDigits = 800;

  // Reads the digits of a decimal mantissa and its exponent from `p` (after the sign); returns the
  // end, or `p` itself when there are no digits.
  const char* read(const char* p) {
    const char* start = p;
    bool point = false, any = false;
    for (;; ++p) {
      if (*p == '.' && !point) {
        point = true;
        continue;
      }
      if (*p < '0' || *p > '9') break;
      any = true;
      if (*p == '0' && nd_ == 0) {  // leading zeros only move the point
        if (point) --dp_;
        continue;
      }
      if (!point) ++dp_;
      if (nd_ < kMaxDigits) d_[nd_++] = static_cast<std::uint8_t>(*p - '0');
      else if (*p != '0') trunc_ = true;
    }
    if (!any) return start;
    if (*p == 'e' || *p == 'E') {
      const char* e = p + 1;
      const bool minus = *e == '-';
      if (*e == '-' || *e == '+') ++e;
      if (*e >= '0' && *e <= '9') {
        int x = 0;
        for (; *e >= '0' && *e <= '9'; ++e)
          if (x < 100000) x = x * 10 + (*e - '0');
        dp_ += minus ? -x : x;
        p = e;
      }
    }
    trim();
    return p;
  }

  // The exact value of a non-negative finite double (libc_overrides.cpp prints it with snprintf's
  // %g): its integer mantissa, shifted by its binary exponent. At most 767 digits: none dropped.
  void assign(double x) {
    int e2 = 0;
    const double m = std::frexp(x, &e2);  // x = m * 2^e2, 0.5 <= m < 1
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(m, 53));  // exact: 53 bits
    e2 -= 53;
    nd_ = dp_ = 0;
    trunc_ = false;
    char digits[20];
    int n = 0;
    for (; mantissa > 0; mantissa /= 10) digits[n++] = static_cast<char>(mantissa % 10);
    for (int i = n - 1; i >= 0; --i) d_[nd_++] = static_cast<std::uint8_t>(digits[i]);
    dp_ = nd_;
    trim();
    for (int left = e2; left > 0; left -= 60) shift_left(left > 60 ? 60 : left);
    for (int right = -e2; right > 0; right -= 60) shift_right(right > 60 ? 60 : right);
  }

  // Keeps the first `keep` digits (>= 0), rounded to nearest, ties to even (exact: nothing was
  // dropped before). A carry past the first digit adds one (dp grows).
  void round_to(int keep) {
    if (keep >= nd_) return;
    bool up = d_[keep] > 5 || (d_[keep] == 5 && (keep + 1 < nd_ || trunc_ || (keep > 0 && d_[keep - 1] % 2 != 0)));
    nd_ = keep;
    if (up) {
      int i = keep - 1;
      while (i >= 0 && d_[i] == 9) --i;
      if (i < 0) {  // 99..9 -> 1
        d_[0] = 1;
        nd_ = 1;
        ++dp_;
        return;
      }
      ++d_[i];
      nd_ = i + 1;
    }
    trim();
  }

  int digit_count() const { return nd_; }
  int point() const { return dp_; }                               // value = 0.DIGITS * 10^point
  int digit(int i) const { return i >= 0 && i < nd_ ? d_[i] : 0; }  // 0 beyond the digits

  // The nearest double to the decimal (ties to even), as bits of a positive double.
  std::uint64_t bits() {
    constexpr int kBias = -1023;
    if (nd_ == 0) return 0;
    if (dp_ > 310) return kInfinity;
    if (dp_ < -330) return 0;
    // Powers of two by which a decimal point position moves the number at least one place.
    static constexpr int kPowers[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};
    auto step = [](int places) { return places >= 9 ? 27 : kPowers[places]; };
    int exp = 0;
    while (dp_ > 0) {
      const int n = step(dp_);
      shift_right(n);
      exp += n;
    }
    while (dp_ < 0 || (dp_ == 0 && d_[0] < 5)) {
      const int n = step(-dp_);
      shift_left(n);
      exp -= n;
    }
    --exp;  // now in [1, 2) times 2^exp
    if (exp < kBias + 1) {  // a subnormal: shift to the smallest exponent
      const int n = kBias + 1 - exp;
      for (int left = n; left > 0; left -= 60) shift_right(left > 60 ? 60 : left);
      exp += n;
    }
    if (exp - kBias >= 0x7FF) return kInfinity;
    shift_left(53);
    std::uint64_t mantissa = rounded_integer();
    if (mantissa == std::uint64_t{2} << 52) {  // rounding carried into a new bit
      mantissa >>= 1;
      ++exp;
      if (exp - kBias >= 0x7FF) return kInfinity;
    }
    if (!(mantissa & std::uint64_t{1} << 52)) exp = kBias;  // subnormal
    return (mantissa & ((std::uint64_t{1} << 52) - 1)) | static_cast<std::uint64_t>(exp - kBias) << 52;
  }

 private:
  static constexpr std::uint64_t kInfinity = std::uint64_t{0x7FF} << 52;

  void trim() {
    while (nd_ > 0 && d_[nd_ - 1] == 0) --nd_;
    if (nd_ == 0) dp_ = 0;
  }

  // Divides by 2^k (k <= 60), digit by digit from the most significant one.
  void shift_right(int k) {
    int r = 0, w = 0;
    std::uint64_t n = 0;
    for (; n >> k == 0; ++r) {
      if (r >= nd_) {
        if (n == 0) {
          nd_ = 0;
          return;
        }
        while (n >> k == 0) {
          n *= 10;
          ++r;
        }
        break;
      }
      n = n * 10 + d_[r];
    }
    dp_ -= r - 1;
    const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
    for (; r < nd_; ++r) {
      const std::uint64_t c = d_[r];
      d_[w++] = static_cast<std::uint8_t>(n >> k);
      n = (n & mask) * 10 + c;
    }
    while (n > 0) {
      const auto digit = static_cast<std::uint8_t>(n >> k);
      if (w < kMaxDigits) d_[w++] = digit;
      else if (digit > 0) trunc_ = true;
      n = (n & mask) * 10;
    }
    nd_ = w;
    trim();
  }

  // Multiplies by 2^k (k <= 60), digit by digit from the least significant one, into a scratch
  // array filled from its end; at most 19 new digits.
  void shift_left(int k) {
    std::uint8_t t[kMaxDigits + 20];
    int w = kMaxDigits + 20;
    std::uint64_t n = 0;
    for (int r = nd_ - 1; r >= 0; --r) {
      n += static_cast<std::uint64_t>(d_[r]) << k;
      const std::uint64_t quotient = n / 10;
      t[--w] = static_cast<std::uint8_t>(n - 10 * quotient);
      n = quotient;
    }
    while (n > 0) {
      const std::uint64_t quotient = n / 10;
      t[--w] = static_cast<std::uint8_t>(n - 10 * quotient);
      n = quotient;
    }
    const int count = kMaxDigits + 20 - w;
    dp_ += count - nd_;
    nd_ = count < kMaxDigits ? count : kMaxDigits;
    for (int i = nd_; i < count; ++i)
      if (t[w + i] != 0) trunc_ = true;
    std::memcpy(d_, t + w, static_cast<std::size_t>(nd_));
    trim();
  }

  // The integer part, rounded to nearest, ties to even (a tie only when no digit was dropped).
  std::uint64_t rounded_integer() const {
    if (dp_ > 20) return ~std::uint64_t{0};
    std::uint64_t n = 0;
    int i = 0;
    for (; i < dp_ && i < nd_; ++i) n = n * 10 + d_[i];
    for (; i < dp_; ++i) n *= 10;
    bool up = false;
    if (dp_ >= 0 && dp_ < nd_) {
      if (d_[dp_] == 5 && dp_ + 1 == nd_) up = trunc_ || (dp_ > 0 && d_[dp_ - 1] % 2 != 0);
      else up = d_[dp_] >= 5;
    }
    return up ? n + 1 : n;
  }

  std::uint8_t d_[kMaxDigits];
  int nd_ = 0;      // digits in d_ (no leading or trailing zeros)
  int dp_ = 0;      // the value is 0.d_[0]d_[1]... times 10^dp_
  bool trunc_ = false;  // non-zero digits were dropped after d_
};

// strtod for plain decimals and inf/nan (see the top of this file).
inline double decimal_to_double(const char* text, char** end) {
  const char* p = text;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  auto word = [&](const char* w) {
    std::size_t i = 0;
    for (; w[i]; ++i)
      if ((p[i] | 0x20) != w[i]) return false;
    p += i;
    return true;
  };
  double value = 0;
  if (word("infinity") || word("inf")) {
    value = std::numeric_limits<double>::infinity();
  } else if (word("nan")) {
    value = std::numeric_limits<double>::quiet_NaN();
  } else {
    Decimal decimal;
    const char* after = decimal.read(p);
    if (after == p) {  // no number: nothing read, as strtod
      if (end) *end = const_cast<char*>(text);
      return 0;
    }
    p = after;
    const std::uint64_t bits = decimal.bits();
    std::memcpy(&value, &bits, sizeof value);
  }
  if (end) *end = const_cast<char*>(p);
  return negative ? -value : value;
}

}  // namespace sweetspot_wasm
