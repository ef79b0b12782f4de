#include "documents/json_writer.h"

namespace sweetspot {

std::string format_units(int value) {
  std::string out;
  if (value < 0) {
    out += '-';
    value = -value;
  }
  out += std::to_string(value / 10000);
  int frac = value % 10000;
  if (frac == 0) return out;
  char digits[5] = {static_cast<char>('0' + frac / 1000), static_cast<char>('0' + frac / 100 % 10),
                    static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10), 0};
  int len = 4;
  while (digits[len - 1] == '0') --len;
  out += '.';
  out.append(digits, len);
  return out;
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!levels_.empty()) {
    if (!levels_.back().first) out_ += ',';
    levels_.back().first = false;
    if (pretty_) newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool empty = levels_.back().first;
  levels_.pop_back();
  if (pretty_ && !empty) newline();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool empty = levels_.back().first;
  levels_.pop_back();
  if (pretty_ && !empty) newline();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  write_string(k);
  out_ += pretty_ ? ": " : ":";
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
// byte of U+2028/U+2029 (checked further below).
bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0xE2; }

}  // namespace

void JsonWriter::write_string(std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out_ += '"';
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!needs_escape(c)) continue;
    const bool line_separator = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                                (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9);
    if (c == 0xE2 && !line_separator) continue;
    out_.append(s.data() + plain, i - plain);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case 0xE2:  // U+2028/U+2029 end a line in JavaScript source
        out_ += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
        i += 2;
        break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
    }
    plain = i + 1;
  }
  out_.append(s.data() + plain, s.size() - plain);
  out_ += '"';
}

JsonWriter& JsonWriter::units(int value) {
  before_value();
  out_ += format_units(value);
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
  before_value();
  out_ += std::to_string(value);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

}  // namespace sweetspot
