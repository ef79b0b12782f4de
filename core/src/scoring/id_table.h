// Index of an id among the catalog's skill or course ids (CatalogIndex keeps them sorted and finds
// them by binary search): an open-addressing hash table of their positions, for set_learner, which
// looks up every skill and course a learner names. In WebAssembly at -Oz each step of the binary
// search was several calls (std::string's accessors and the comparison are not inlined there): the
// lookups of one learner cost a quarter as much as scoring it against 10,000 courses.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sweetspot {

class IdTable {
 public:
  IdTable() = default;
  explicit IdTable(const std::vector<std::string>& ids) : ids_(&ids) {
    std::size_t capacity = 16;
    while (capacity < 2 * ids.size()) capacity *= 2;
    slots_.assign(capacity, -1);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::size_t at = hash(ids[i]) & (capacity - 1);
      while (slots_[at] >= 0) at = (at + 1) & (capacity - 1);
      slots_[at] = static_cast<std::int32_t>(i);
    }
  }

  // The position of `id` in the ids, or -1 (what CatalogIndex::find_skill / find_course return).
  std::int32_t find(std::string_view id) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash(id) & mask;; at = (at + 1) & mask) {
      const std::int32_t i = slots_[at];
      if (i < 0) return -1;
      const std::string& candidate = (*ids_)[static_cast<std::size_t>(i)];
      if (candidate.size() == id.size() && std::memcmp(candidate.data(), id.data(), id.size()) == 0) return i;
    }
  }

 private:
  // Eight bytes at a time, each word mixed by a multiplication; the length goes in last.
  static std::size_t hash(std::string_view s) {
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

  const std::vector<std::string>* ids_ = nullptr;
  std::vector<std::int32_t> slots_;  // positions in *ids_, -1 for empty
};

}  // namespace sweetspot
