// UTF-8 to UTF-16, for a host whose string maker from UTF-16 is much faster than its UTF-8 decoder:
// Node 20 (Buffer's ucs2Slice copies UTF-16 into a string; V8's UTF-8 decoder, behind TextDecoder,
// goes byte by byte from the first non-ASCII byte on). ss_utf16 (bindings.cpp) runs it on a
// result's text. Eight ASCII bytes at a time, widened in a register; anything else one sequence at
// a time, checked as RFC 3629 well-formed (the engine's output always is): on an ill-formed
// sequence it gives up, and the host decodes the UTF-8 itself.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sweetspot_wasm {

constexpr std::size_t kNotUtf8 = static_cast<std::size_t>(-1);

// Writes the UTF-16 of s[0, n) to out (room for n units is always enough) and returns the number of
// units written, or kNotUtf8.
inline std::size_t utf8_to_utf16(const unsigned char* s, std::size_t n, std::uint16_t* out) {
  // Helpers always inline: at -Oz a lambda called twice stays a call, in the loop of every word.
  auto widen = [](std::uint64_t v) __attribute__((always_inline)) {  // 4 bytes in the low half -> 4 little-endian units
    v = (v | (v << 16)) & 0x0000FFFF0000FFFFULL;
    return (v | (v << 8)) & 0x00FF00FF00FF00FFULL;
  };
  auto cont = [](unsigned char c) __attribute__((always_inline)) { return (c & 0xC0) == 0x80; };
  std::size_t i = 0, o = 0;
  while (i < n) {
    if (n - i >= 8) {
      std::uint64_t x;
      std::memcpy(&x, s + i, 8);
      if ((x & 0x8080808080808080ULL) == 0) {
        const std::uint64_t lo = widen(x & 0xFFFFFFFFULL), hi = widen(x >> 32);
        std::memcpy(out + o, &lo, 8);
        std::memcpy(out + o + 4, &hi, 8);
        i += 8;
        o += 8;
        continue;
      }
    }
    const unsigned c = s[i];
    if (c < 0x80) {
      out[o++] = static_cast<std::uint16_t>(c);
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (n - i < 2 || !cont(s[i + 1])) return kNotUtf8;
      out[o++] = static_cast<std::uint16_t>(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (n - i < 3 || !cont(s[i + 1]) || !cont(s[i + 2])) return kNotUtf8;
      if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F)) return kNotUtf8;  // overlong; surrogate
      out[o++] = static_cast<std::uint16_t>(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (n - i < 4 || !cont(s[i + 1]) || !cont(s[i + 2]) || !cont(s[i + 3])) return kNotUtf8;
      if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F)) return kNotUtf8;  // overlong; above U+10FFFF
      const std::uint32_t cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
      out[o++] = static_cast<std::uint16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out[o++] = static_cast<std::uint16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
      i += 4;
    } else {
      return kNotUtf8;
    }
  }
  return o;
}

}  // namespace sweetspot_wasm
