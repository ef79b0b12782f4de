#include "documents/json_writer.h"

#include "documents/utf8_text.h"

#include <array>
#include <cstring>

namespace sweetspot {
namespace {

// Writes `value` in decimal ending just before `end`; returns where it starts. A full classify
// writes tens of thousands of numbers, so none goes through a temporary std::string.
char* decimal(char* end, std::uint64_t value) {
  do {
    *--end = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value);
  return end;
}

// `value` / 10000 with at most 4 decimals, trailing zeros trimmed, into buf; returns the length.
std::size_t units_text(char (&buf)[24], int value) {
  char digits[16];
  const bool negative = value < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(static_cast<std::int64_t>(value)) : static_cast<std::uint64_t>(value);
  char* start = decimal(digits + sizeof digits, magnitude / 10000);
  std::size_t n = 0;
  if (negative) buf[n++] = '-';
  for (char* d = start; d < digits + sizeof digits; ++d) buf[n++] = *d;
  int frac = static_cast<int>(magnitude % 10000);
  if (frac == 0) return n;
  buf[n++] = '.';
  for (int div = 1000; frac != 0; div /= 10) {
    buf[n++] = static_cast<char>('0' + frac / div);
    frac %= div;
  }
  return n;
}

// n bytes from p to o without a call: a writer's runs are mostly keys, numbers and ids of a few
// bytes, for which a call to memcpy (a loop of its own in WebAssembly) cost more than the copy.
// Two overlapping loads and stores cover 4..16 bytes.
__attribute__((always_inline)) inline void copy_short(char* o, const char* p, std::size_t n) {
  if (n >= 8) {
    if (n > 16) {
      std::memcpy(o, p, n);
      return;
    }
    std::uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
    std::memcpy(o, &a, 8);
    std::memcpy(o + n - 8, &b, 8);
  } else if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    std::memcpy(o, &a, 4);
    std::memcpy(o + n - 4, &b, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) o[i] = p[i];
  }
}

}  // namespace

std::string format_units(int value) {
  char buf[24];
  return std::string(buf, units_text(buf, value));
}

void JsonWriter::grow(std::size_t n) {
  std::size_t want = out_.size() < 256 ? 256 : out_.size() * 2;
  if (want < size_ + n) want = size_ + n;
#if defined(_LIBCPP_VERSION)
  // The room is written before it is read (str() and take() trim to size_): resize's zero-fill of
  // it was ~4 % of a full classify in WebAssembly (memset of the 2.5 MB reserved for 10,000 courses).
  // libc++ (Emscripten's) can grow a string without it; elsewhere, plain resize.
  out_.__resize_default_init(want);
#else
  out_.resize(want);
#endif
  data_ = &out_[0];
}

void JsonWriter::put(const char* p, std::size_t n) {
  if (out_.size() - size_ < n) grow(n);
  copy_short(data_ + size_, p, n);
  size_ += n;
}

void JsonWriter::open_level() {
  if (depth_ >= kInlineLevels && first_deeper_.size() <= depth_ - kInlineLevels) first_deeper_.push_back(1);
  first_at(depth_++) = 1;
}

bool JsonWriter::close_level() { return first_at(--depth_) != 0; }

void JsonWriter::newline() {
  const std::size_t n = depth_ * 2;
  put('\n');
  if (out_.size() - size_ < n) grow(n);
  std::memset(data_ + size_, ' ', n);
  size_ += n;
}

// Inline in this file: every value and key starts here.
__attribute__((always_inline)) inline void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ > 0) {
    std::uint8_t& first = first_at(depth_ - 1);
    if (!first) put(',');
    first = 0;
    if (pretty_) newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  open_level();
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool empty = close_level();
  if (pretty_ && !empty) newline();
  put('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  open_level();
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool empty = close_level();
  if (pretty_ && !empty) newline();
  put(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  write_string(k);
  if (pretty_) put(": ");
  else put(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::plain_key(const char* k, std::size_t n) {
  before_value();
  room(n + 4);
  char* o = data_ + size_;
  *o++ = '"';
  copy_short(o, k, n);
  o += n;
  *o++ = '"';
  *o++ = ':';
  if (pretty_) *o++ = ' ';
  size_ = static_cast<std::size_t>(o - data_);
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  write_string(s);
  return *this;
}

JsonWriter& JsonWriter::begin_string() {
  before_value();
  put('"');
  return *this;
}

JsonWriter& JsonWriter::text(std::string_view part) {
  escape(part.data(), part.size());
  return *this;
}

JsonWriter& JsonWriter::begin_raw() {
  before_value();
  return *this;
}

JsonWriter& JsonWriter::end_string() {
  put('"');
  return *this;
}

namespace {

// Bytes that need an escape: quote, backslash, controls, the HTML-significant <, >, & and every
// byte from 0x80 (the output is ASCII). A table: one load per byte of every string written.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  for (unsigned char c : {'"', '\\', '<', '>', '&'}) t[c] = true;
  for (int c = 0x80; c < 0x100; ++c) t[c] = true;
  return t;
}();
bool needs_escape(unsigned char c) { return kNeedsEscape[c]; }

// Whether any of 8 bytes may need a look of its own: a control, ", \\, <, >, & or any byte from
// 0x80. Exact when it says no, which is what lets a word go through unlooked at; the bytes of a
// word it flags go through needs_escape one by one.
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
inline std::uint64_t any_zero_byte(std::uint64_t v) { return (v - kOnes) & ~v & kHighs; }
inline bool word_may_need_escape(std::uint64_t x) {
  std::uint64_t t = x | ((x - kOnes * 0x20) & ~x);    // a byte from 0x80, or one below 0x20
  t |= any_zero_byte(x ^ (kOnes * '\\'));
  t |= any_zero_byte((x | (kOnes * 0x04)) ^ (kOnes * '&'));  // " (0x22) and & (0x26)
  t |= any_zero_byte((x | (kOnes * 0x02)) ^ (kOnes * '>'));  // < (0x3C) and > (0x3E)
  return (t & kHighs) != 0;
}

// The code point of the UTF-8 sequence that starts p[0] (from 0x80) within n bytes, and its length
// in `len`. The engine's strings are checked UTF-8; a byte that starts no well-formed sequence
// anyway becomes U+FFFD, one byte long, so the writer never reads past its input.
std::uint32_t code_point_at(const unsigned char* p, std::size_t n, std::size_t& len) {
  len = utf8_sequence_length(p, n);
  if (len == 0) {
    len = 1;
    return 0xFFFD;
  }
  std::uint32_t cp = p[0] & (0x7Fu >> len);  // the lead byte's payload: 5, 4 or 3 bits
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[k] & 0x3Fu);
  return cp;
}

// \uXXXX of one UTF-16 unit, lowercase hex; returns the end.
char* unicode_escape(char* o, std::uint32_t unit) {
  static const char* kHex = "0123456789abcdef";
  o[0] = '\\';
  o[1] = 'u';
  for (int k = 0; k < 4; ++k) o[2 + k] = kHex[(unit >> (12 - 4 * k)) & 15];
  return o + 6;
}

}  // namespace

void JsonWriter::write_string(std::string_view s) {
  put('"');
  escape(s.data(), s.size());
  put('"');
}

// Copies 8 bytes at a time while no byte of the word needs a look (one test a word instead of a
// table load and a branch per byte, and no memcpy call per run). The room asked for up front covers
// the worst case (every byte escaped as 6: a sequence of k bytes becomes at most 2 escapes, 12
// bytes, for k = 4) plus the 8-byte store that may run past the end.
void JsonWriter::escape(const char* p, std::size_t n) {
  room(n * 6 + 8);
  char* o = data_ + size_;
  std::size_t i = 0;
  while (i < n) {
    if (n - i >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      if (!word_may_need_escape(x)) {
        std::memcpy(o, &x, 8);
        o += 8;
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(p[i]);
    if (!needs_escape(c)) {
      *o++ = static_cast<char>(c);
      ++i;
      continue;
    }
    if (c >= 0x80) {  // U+2028/U+2029, which end a line in JavaScript source, among them
      std::size_t len;
      const std::uint32_t cp = code_point_at(reinterpret_cast<const unsigned char*>(p + i), n - i, len);
      if (cp >= 0x10000) {
        o = unicode_escape(o, 0xD800 + ((cp - 0x10000) >> 10));
        o = unicode_escape(o, 0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        o = unicode_escape(o, cp);
      }
      i += len;
      continue;
    }
    switch (c) {
      case '"': o[0] = '\\', o[1] = '"', o += 2; break;
      case '\\': o[0] = '\\', o[1] = '\\', o += 2; break;
      case '\n': o[0] = '\\', o[1] = 'n', o += 2; break;
      case '\r': o[0] = '\\', o[1] = 'r', o += 2; break;
      case '\t': o[0] = '\\', o[1] = 't', o += 2; break;
      default: o = unicode_escape(o, c);
    }
    ++i;
  }
  size_ = static_cast<std::size_t>(o - data_);
}

JsonWriter& JsonWriter::units(int value) {
  before_value();
  return units_part(value);
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
  before_value();
  return integer_part(value);
}

JsonWriter& JsonWriter::integer_part(std::int64_t value) {
  char buf[24];
  char* start = decimal(buf + sizeof buf, value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
  if (value < 0) *--start = '-';
  put(start, static_cast<std::size_t>(buf + sizeof buf - start));
  return *this;
}

JsonWriter& JsonWriter::units_part(int value) {
  if (value == 0) {  // most scores of a catalog
    put('0');
    return *this;
  }
  char buf[24];
  put(buf, units_text(buf, value));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  if (value) put("true");
  else put("false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null");
  return *this;
}

}  // namespace sweetspot
