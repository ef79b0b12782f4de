// The printf formats the engine and nlohmann print with, without musl's printf (4.5 KB gzip of the
// learner module): libc_overrides.cpp defines snprintf/vsnprintf over format_text(). Supported:
// literal text, %%, %c, %s, %d %i %u %x %X (flags '-' '0', width, precision, length h hh l ll z j t)
// and %g (precision; digits exact, rounded half to even, as musl and glibc print them). Anything
// else is copied to the output as written, so a new format shows itself rather than failing.
// tests/unit/format_text_test.cpp holds it equal to the C library's snprintf, natively.
#pragma once
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "decimal_to_double.h"

namespace sweetspot_wasm {

class TextOut {
 public:
  TextOut(char* buffer, std::size_t size) : buffer_(buffer), size_(size) {}
  void put(char c) {
    if (written_ + 1 < size_) buffer_[written_] = c;
    ++written_;
  }
  void put(const char* s, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) put(s[i]);
  }
  void pad(char c, int n) {
    for (; n > 0; --n) put(c);
  }
  // Ends the text (C strings); returns the length it would have had with room enough.
  int finish() {
    if (size_ > 0) buffer_[written_ < size_ ? written_ : size_ - 1] = '\0';
    return static_cast<int>(written_);
  }

 private:
  char* buffer_;
  std::size_t size_;
  std::size_t written_ = 0;
};

// %g of a finite x >= 0 with `precision` significant digits, into `out` (at most 800 + 30 bytes).
inline std::size_t format_g(char* out, double x, int precision) {
  if (precision == 0) precision = 1;
  std::size_t n = 0;
  if (x == 0) {
    out[n++] = '0';
    return n;
  }
  Decimal d;
  d.assign(x);
  d.round_to(precision);
  const int exponent = d.point() - 1;  // of the %e form, after rounding
  // Significant digits kept after trimming trailing zeros (%g without '#').
  int digits = d.digit_count();
  if (precision > exponent && exponent >= -4) {  // %f with precision - 1 - exponent decimals
    if (d.point() <= 0) {
      out[n++] = '0';
    } else {
      for (int i = 0; i < d.point(); ++i) out[n++] = static_cast<char>('0' + d.digit(i));
    }
    if (digits > d.point()) {
      out[n++] = '.';
      for (int i = d.point() < 0 ? d.point() : 0; i < 0; ++i) out[n++] = '0';
      for (int i = d.point() > 0 ? d.point() : 0; i < digits; ++i) out[n++] = static_cast<char>('0' + d.digit(i));
    }
    return n;
  }
  out[n++] = static_cast<char>('0' + d.digit(0));
  if (digits > 1) {
    out[n++] = '.';
    for (int i = 1; i < digits; ++i) out[n++] = static_cast<char>('0' + d.digit(i));
  }
  out[n++] = 'e';
  out[n++] = exponent < 0 ? '-' : '+';
  const int e = exponent < 0 ? -exponent : exponent;
  if (e >= 100) out[n++] = static_cast<char>('0' + e / 100);
  out[n++] = static_cast<char>('0' + e / 10 % 10);
  out[n++] = static_cast<char>('0' + e % 10);
  return n;
}

inline int format_text(char* buffer, std::size_t size, const char* format, va_list args) {
  TextOut out(buffer, size);
  for (const char* f = format; *f; ++f) {
    if (*f != '%') {
      out.put(*f);
      continue;
    }
    const char* spec = f++;
    bool left = false, zero = false;
    for (;; ++f) {
      if (*f == '-') left = true;
      else if (*f == '0') zero = true;
      else break;
    }
    int width = 0, precision = -1;
    for (; *f >= '0' && *f <= '9'; ++f) width = width * 10 + (*f - '0');
    if (*f == '.') {
      precision = 0;
      for (++f; *f >= '0' && *f <= '9'; ++f) precision = precision * 10 + (*f - '0');
    }
    int longs = 0;  // h/hh read as int; l, ll, z, j, t as their wider types
    bool size_t_like = false;
    for (;; ++f) {
      if (*f == 'h') continue;
      if (*f == 'l') ++longs;
      else if (*f == 'z' || *f == 't') size_t_like = true;
      else if (*f == 'j') longs = 2;
      else break;
    }
    char text[840];
    std::size_t n = 0;
    const char* body = text;
    bool negative = false;
    switch (*f) {
      case '%': out.put('%'); continue;
      case 'c': text[n++] = static_cast<char>(va_arg(args, int)); break;
      case 's': {
        body = va_arg(args, const char*);
        if (!body) body = "(null)";
        n = std::strlen(body);
        if (precision >= 0 && static_cast<std::size_t>(precision) < n) n = static_cast<std::size_t>(precision);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': {
        std::uint64_t v;
        if (*f == 'd' || *f == 'i') {
          const std::int64_t s = longs >= 2 ? va_arg(args, long long) : longs == 1 ? va_arg(args, long) : size_t_like ? va_arg(args, std::ptrdiff_t) : va_arg(args, int);
          negative = s < 0;
          v = negative ? 0 - static_cast<std::uint64_t>(s) : static_cast<std::uint64_t>(s);
        } else {
          v = longs >= 2 ? va_arg(args, unsigned long long) : longs == 1 ? va_arg(args, unsigned long) : size_t_like ? va_arg(args, std::size_t) : va_arg(args, unsigned);
        }
        const unsigned base = *f == 'x' || *f == 'X' ? 16 : 10;
        const char* digits = *f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char reversed[24];
        int r = 0;
        for (; v > 0; v /= base) reversed[r++] = digits[v % base];
        if (precision < 0 && r == 0) reversed[r++] = '0';
        for (int k = r; k < precision; ++k) text[n++] = '0';
        while (r > 0) text[n++] = reversed[--r];
        if (precision >= 0) zero = false;  // a precision turns the '0' flag off, as in C
        break;
      }
      case 'g': {
        const double x = va_arg(args, double);
        negative = std::signbit(x);
        const double a = std::fabs(x);
        if (std::isnan(a)) n = (std::memcpy(text, "nan", 3), 3);
        else if (std::isinf(a)) n = (std::memcpy(text, "inf", 3), 3);
        else n = format_g(text, a, precision < 0 ? 6 : precision);
        zero = zero && std::isfinite(a);
        break;
      }
      default:  // not supported: the specification as written
        out.put(spec, static_cast<std::size_t>(f - spec) + (*f ? 1 : 0));
        if (!*f) --f;
        continue;
    }
    const int length = static_cast<int>(n) + (negative ? 1 : 0);
    const int fill = width > length ? width - length : 0;
    if (!left && !zero) out.pad(' ', fill);
    if (negative) out.put('-');
    if (!left && zero) out.pad('0', fill);
    out.put(body, n);
    if (left) out.pad(' ', fill);
  }
  return out.finish();
}

}  // namespace sweetspot_wasm
