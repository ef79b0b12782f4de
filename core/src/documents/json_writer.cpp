#include "documents/json_writer.h"

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

}  // namespace

std::string format_units(int value) {
  char buf[24];
  return std::string(buf, units_text(buf, value));
}

void JsonWriter::grow(std::size_t n) {
  std::size_t want = out_.size() < 256 ? 256 : out_.size() * 2;
  if (want < size_ + n) want = size_ + n;
  out_.resize(want);
  data_ = &out_[0];
}

void JsonWriter::put(const char* p, std::size_t n) {
  if (out_.size() - size_ < n) grow(n);
  std::memcpy(data_ + size_, p, n);
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

void JsonWriter::before_value() {
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

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  write_string(s);
  return *this;
}

namespace {

// Bytes that need an escape: quote, backslash, controls, the HTML-significant <, >, & and the lead
// byte of U+2028/U+2029 (checked further below). A table: one load per byte of every string written.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  for (unsigned char c : {'"', '\\', '<', '>', '&'}) t[c] = true;
  t[0xE2] = true;
  return t;
}();
bool needs_escape(unsigned char c) { return kNeedsEscape[c]; }

}  // namespace

void JsonWriter::write_string(std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  put('"');
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!needs_escape(c)) continue;
    const bool line_separator = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                                (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9);
    if (c == 0xE2 && !line_separator) continue;
    put(s.data() + plain, i - plain);
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      case 0xE2:  // U+2028/U+2029 end a line in JavaScript source
        put(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029", 6);
        i += 2;
        break;
      default:
        put("\\u00");
        put(kHex[c >> 4]);
        put(kHex[c & 15]);
    }
    plain = i + 1;
  }
  put(s.data() + plain, s.size() - plain);
  put('"');
}

JsonWriter& JsonWriter::units(int value) {
  before_value();
  char buf[24];
  put(buf, units_text(buf, value));
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
  before_value();
  char buf[24];
  char* start = decimal(buf + sizeof buf, value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
  if (value < 0) *--start = '-';
  put(start, static_cast<std::size_t>(buf + sizeof buf - start));
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
