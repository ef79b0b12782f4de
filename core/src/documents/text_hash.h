// One hash for the engine's own small hash tables of strings (FirstSeen, IdTable): eight bytes at a
// time, each word mixed by a multiplication, the length last. Not std::hash: the learner module
// would then link the standard library's hashing and table code.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sweetspot {

inline std::size_t hash_text(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15u;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * 0xFF51AFD7ED558CCDu;
    h ^= h >> 32;
  }
  std::uint64_t tail = 0;
  if (s.size() > i) std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail ^ (static_cast<std::uint64_t>(s.size()) << 56)) * 0xC4CEB9FE1A85EC53u;
  return static_cast<std::size_t>(h ^ (h >> 29));
}

}  // namespace sweetspot
