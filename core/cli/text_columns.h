// Aligned terminal columns: display width as code points (close enough for Latin titles), cut at
// code point boundaries. Shared by the classify/validate/suggest tables and the audit views.
#pragma once
#include <string>

namespace sweetspot::cli {

inline std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// `s` padded or cut (with an ellipsis) to exactly `max` columns.
inline std::string fit(const std::string& s, std::size_t max) {
  if (width(s) <= max) return s + std::string(max - width(s), ' ');
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  return out + "…";
}

inline std::string right(const std::string& s, std::size_t w) { return std::string(w > width(s) ? w - width(s) : 0, ' ') + s; }

}  // namespace sweetspot::cli
