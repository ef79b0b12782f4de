// Index of an id among the catalog's skill or course ids (CatalogIndex keeps them sorted and finds
// them by binary search): an open-addressing hash table of their positions, for set_learner, which
// looks up every skill and course a learner names. In WebAssembly at -Oz each step of the binary
// search was several calls (std::string's accessors and the comparison are not inlined there): the
// lookups of one learner cost a quarter as much as scoring it against 10,000 courses.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "documents/same_text.h"
#include "documents/text_hash.h"
#include "index/text_list.h"

namespace sweetspot {

class IdTable {
 public:
  IdTable() = default;
  explicit IdTable(const TextList& ids) : ids_(&ids) {
    std::size_t capacity = 16;
    while (capacity < 2 * ids.size()) capacity *= 2;
    slots_.assign(capacity, -1);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::size_t at = hash_text(ids[i]) & (capacity - 1);
      while (slots_[at] >= 0) at = (at + 1) & (capacity - 1);
      slots_[at] = static_cast<std::int32_t>(i);
    }
  }

  // The position of `id` in the ids, or -1 (what CatalogIndex::find_skill / find_course return).
  std::int32_t find(std::string_view id) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash_text(id) & mask;; at = (at + 1) & mask) {
      const std::int32_t i = slots_[at];
      if (i < 0) return -1;
      const std::string_view candidate = (*ids_)[static_cast<std::size_t>(i)];
      if (same_text(candidate, id)) return i;
    }
  }

 private:
  const TextList* ids_ = nullptr;
  std::vector<std::int32_t> slots_;  // positions in *ids_, -1 for empty
};

}  // namespace sweetspot
