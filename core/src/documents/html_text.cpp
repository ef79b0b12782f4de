#include "documents/html_text.h"

#include "documents/utf8_text.h"

#include <cstdint>

namespace sweetspot {
namespace {

// A character reference names a code point; NUL, surrogates and values past U+10FFFF become U+FFFD.
void append_reference(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  append_utf8(out, cp);
}

// Decodes the entity starting at html[i] == '&'; returns the bytes consumed (0: not an entity).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  const std::string_view name = html.substr(i + 1, semi - i - 1);
  static const struct { const char* name; const char* text; } kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"ndash", "-"}, {"mdash", "-"}};
  for (const auto& e : kNamed)
    if (name == e.name) {
      out += e.text;
      return semi - i + 1;
    }
  if (name.size() >= 2 && name[0] == '#') {
    std::uint32_t cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    for (std::size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      const char c = name[k];
      int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    }
    append_reference(out, cp);
    return semi - i + 1;
  }
  return 0;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      // Skip the tag; script and style bodies are not words either.
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      std::string_view tag = html.substr(i + 1, end - i - 1);
      out += ' ';
      i = end + 1;
      for (const char* body : {"script", "style"}) {
        const std::string_view b(body);
        if (tag.size() >= b.size() && tag.substr(0, b.size()) == b) {
          const std::size_t close = html.find(std::string("</") + body, i);
          i = close == std::string_view::npos ? html.size() : close;
        }
      }
    } else if (c == '&') {
      const std::size_t used = decode_entity(html, i, out);
      if (used == 0) out += '&';
      i += used == 0 ? 1 : used;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace sweetspot
