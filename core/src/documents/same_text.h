// Whether two strings hold the same bytes, for the hot comparisons of ids and keys. Not
// string_view's ==: in WebAssembly at -Oz that is three calls deep, ending in a memcmp that compares
// byte by byte; this compares eight bytes at a time, inline.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sweetspot {

inline bool same_text(std::string_view a, std::string_view b) {
  std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  for (; n >= 8; n -= 8, p += 8, q += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, q, 8);
    if (x != y) return false;
  }
  for (; n > 0; --n, ++p, ++q)
    if (*p != *q) return false;
  return true;
}

}  // namespace sweetspot
