#include "documents/json_cursor.h"

#include "documents/utf8_text.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "documents/input_limits.h"

namespace sweetspot {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void JsonCursor::skip_ws_run() {
  while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
}

bool JsonCursor::literal(std::string_view word) {
  skip_ws();
  if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0) return false;
  p_ += word.size();
  return true;
}

// The same cap as the full reader's (deeper nesting is its error to word).
bool JsonCursor::open(char c) {
  skip_ws();
  if (p_ == end_ || *p_ != c || depth_ >= limits::kMaxDepth) return false;
  ++p_;
  ++depth_;
  first_ = true;
  return true;
}

bool JsonCursor::begin_object() { return open('{'); }
bool JsonCursor::begin_array() { return open('['); }

// How every member and item starts: the container's close (kEnd), or, after the first, a comma.
JsonCursor::Step JsonCursor::close_or_separator(char close) {
  skip_ws();
  if (p_ == end_) return Step::kBad;
  if (*p_ == close) {
    ++p_;
    --depth_;
    first_ = false;
    return Step::kEnd;
  }
  if (!first_) {
    if (*p_ != ',') return Step::kBad;
    ++p_;
  }
  first_ = false;
  return Step::kItem;
}

JsonCursor::Step JsonCursor::next_key(std::string_view& key) {
  const Step step = close_or_separator('}');
  if (step != Step::kItem) return step;
  skip_ws();
  if (p_ == end_ || *p_ != '"') return Step::kBad;
  const char* start = ++p_;
  // Keys the documents know are plain ASCII; anything else is an unknown key (a warning) anyway.
  while (p_ < end_ && *p_ != '"') {
    const auto c = static_cast<unsigned char>(*p_);
    if (c < 0x20 || c >= 0x80 || c == '\\') return Step::kBad;
    ++p_;
  }
  if (p_ == end_) return Step::kBad;
  key = std::string_view(start, static_cast<std::size_t>(p_ - start));
  ++p_;
  skip_ws();
  if (p_ == end_ || *p_ != ':') return Step::kBad;
  ++p_;
  return Step::kItem;
}

JsonCursor::Step JsonCursor::next_item() { return close_or_separator(']'); }

// Runs of plain bytes are appended whole; escapes are decoded as nlohmann decodes them (a lone or
// reversed surrogate is its error, so refused here).
bool JsonCursor::scan_string(std::string* out) {
  skip_ws();
  if (p_ == end_ || *p_ != '"') return false;
  ++p_;
  std::size_t length = 0;
  const char* run = p_;
  // The first run replaces what `out` held (one call: most strings are one run), later ones append.
  bool first = true;
  auto flush = [&] {
    const auto n = static_cast<std::size_t>(p_ - run);
    if (out) {
      if (first) out->assign(run, n);
      else out->append(run, n);
    }
    first = false;
    length += n;
  };
  while (p_ < end_) {
    const auto c = static_cast<unsigned char>(*p_);
    if (c == '"') {
      flush();
      ++p_;
      return length <= limits::kMaxStringBytes;
    }
    if (c >= 0x20 && c < 0x80 && c != '\\') {
      ++p_;
      continue;
    }
    if (c >= 0x80) {
      // RFC 3629, as nlohmann checks it: no overlong forms, surrogates or code points above U+10FFFF.
      const std::size_t n = utf8_sequence_length(reinterpret_cast<const unsigned char*>(p_), static_cast<std::size_t>(end_ - p_));
      if (n == 0) return false;
      p_ += n;
      continue;
    }
    if (c != '\\') return false;  // a control character
    flush();
    if (end_ - p_ < 2) return false;
    const char e = p_[1];
    p_ += 2;
    char simple = 0;
    switch (e) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u': break;
      default: return false;
    }
    if (simple) {
      if (out) *out += simple;
      ++length;
    } else {
      auto unit = [&](std::uint32_t& u) {
        if (end_ - p_ < 4) return false;
        u = 0;
        for (int k = 0; k < 4; ++k) {
          const int d = hex_digit(p_[k]);
          if (d < 0) return false;
          u = u * 16 + static_cast<std::uint32_t>(d);
        }
        p_ += 4;
        return true;
      };
      std::uint32_t cp = 0;
      if (!unit(cp)) return false;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        std::uint32_t low = 0;
        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
        p_ += 2;
        if (!unit(low) || low < 0xDC00 || low > 0xDFFF) return false;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      length += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (out) append_utf8(*out, cp);
    }
    run = p_;
  }
  return false;
}

bool JsonCursor::string(std::string& out) { return scan_string(&out); }

bool JsonCursor::skip_string() { return scan_string(nullptr); }

namespace {

// Clinger's fast path: a decimal whose digits make an integer w <= 2^53 and whose power of ten is
// at most 22 either way is w * 10^e or w / 10^e, both numbers exact doubles, so one IEEE operation
// rounds it correctly: the double strtod returns, bit for bit, without strtod (which works in
// software long doubles in WebAssembly: a few microseconds per number). Anything else: false.
bool exact_decimal(const char* p, const char* end, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t w = 0;
  int digits = 0;  // significant ones, from the first non-zero
  int e10 = 0;
  bool fraction = false;
  for (; p < end && *p != 'e' && *p != 'E'; ++p) {
    if (*p == '.') {
      fraction = true;
      continue;
    }
    if (fraction) --e10;
    if (w == 0 && *p == '0') continue;
    if (++digits > 16) return false;
    w = w * 10 + static_cast<std::uint64_t>(*p - '0');
  }
  if (p < end) {  // the exponent
    ++p;
    const bool minus = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    int e = 0;
    for (; p < end; ++p) {
      if (e > 1000) return false;
      e = e * 10 + (*p - '0');
    }
    e10 += minus ? -e : e;
  }
  if (w > (std::uint64_t{1} << 53) || e10 < -22 || e10 > 22) return false;
  const double v = static_cast<double>(w);
  out = e10 < 0 ? v / kPow10[-e10] : v * kPow10[e10];
  if (negative) out = -out;
  return true;
}

}  // namespace

// Integers of up to 18 digits are exact in int64, and converting that to double is what
// nlohmann's get<double>() does with its int64/uint64; other numbers go through strtod as in its
// lexer (after the fast path above). Longer integers (nlohmann's overflow-to-float path) are left to
// the full reader.
bool JsonCursor::number(double& out) {
  skip_ws();
  const char* start = p_;
  if (p_ < end_ && *p_ == '-') ++p_;
  const char* digits = p_;
  if (p_ == end_) return false;
  if (*p_ == '0') {
    ++p_;
  } else if (*p_ >= '1' && *p_ <= '9') {
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
  } else {
    return false;
  }
  const char* int_end = p_;
  bool integer = true;
  if (p_ < end_ && *p_ == '.') {
    ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    integer = false;
  }
  if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
    ++p_;
    if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    integer = false;
  }
  if (integer) {
    if (int_end - digits > 18) return false;
    std::int64_t v = 0;
    for (const char* d = digits; d < int_end; ++d) v = v * 10 + (*d - '0');
    out = static_cast<double>(start == digits ? v : -v);
    return true;
  }
  if (exact_decimal(start, p_, out)) return true;
  char buf[64];
  const auto n = static_cast<std::size_t>(p_ - start);
  if (n >= sizeof buf) return false;
  std::memcpy(buf, start, n);
  buf[n] = '\0';
  out = std::strtod(buf, nullptr);
  return true;
}

bool JsonCursor::boolean(bool& out) {
  if (literal("true")) {
    out = true;
    return true;
  }
  if (literal("false")) {
    out = false;
    return true;
  }
  return false;
}

bool JsonCursor::null_next() { return literal("null"); }

// Objects are not skipped: their keys would need the duplicate check of the full reader. Only
// "schema" members are skipped, and those are strings in practice.
bool JsonCursor::skip_value() {
  skip_ws();
  if (p_ == end_) return false;
  switch (*p_) {
    case '"': return skip_string();
    case 't':
    case 'f': {
      bool b;
      return boolean(b);
    }
    case 'n': return null_next();
    case '[': {
      if (!begin_array()) return false;
      for (;;) {
        const Step s = next_item();
        if (s == Step::kEnd) return true;
        if (s == Step::kBad || !skip_value()) return false;
      }
    }
    default: {
      double d;
      return number(d);
    }
  }
}

bool JsonCursor::at_end() {
  skip_ws();
  return p_ == end_;
}

}  // namespace sweetspot
