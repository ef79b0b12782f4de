// Where each string of a list was first seen, to refuse or skip repeats (document_reader.cpp,
// direct_reader.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "documents/same_text.h"
#include "documents/text_hash.h"

namespace sweetspot {

// Most lists are short (a learner's interests, a course's skills): there, comparing with each
// earlier item in a fixed array is cheaper than hashing and copying every string (learner_read in
// internals_bench); a hash table takes over past 32 items, so long lists stay linear. The strings
// are not copied: each must outlive the FirstSeen. (Its own open-addressing table, not
// std::unordered_map: the learner module reads learners with this, and the standard map's code,
// prime-sized buckets and rehashing, was 1 KB gzip of it.)
class FirstSeen {
 public:
  // The index `s` was first added at, or nullopt after adding it at `index`.
  std::optional<std::size_t> add(std::string_view s, std::size_t index) {
    if (slots_.empty()) {
      for (std::size_t k = 0; k < count_; ++k)
        if (same_text(first_[k].key(), s)) return first_[k].index;
      if (count_ < kScanned) {
        first_[count_++] = {s.data(), s.size(), index};
        return std::nullopt;
      }
      grow();  // a long list: hash from now on
    }
    if (2 * (count_ + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash_text(s) & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (!slot.used) {
        slot = {s, index, true};
        ++count_;
        return std::nullopt;
      }
      if (same_text(slot.key, s)) return slot.index;
    }
  }

 private:
  struct Slot {
    std::string_view key;
    std::size_t index = 0;
    bool used = false;
  };

  // Twice the slots (64 at first), every key placed again: the first items, then the table's.
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 128 : 2 * old.size());
    const std::size_t mask = slots_.size() - 1;
    auto place = [&](std::string_view key, std::size_t index) {
      std::size_t at = hash_text(key) & mask;
      while (slots_[at].used) at = (at + 1) & mask;
      slots_[at] = {key, index, true};
    };
    if (old.empty())
      for (std::size_t k = 0; k < count_; ++k) place(first_[k].key(), first_[k].index);
    for (const Slot& slot : old)
      if (slot.used) place(slot.key, slot.index);
  }

  // The first items, scanned. Left uninitialized (only first_[0, count_) is read): a FirstSeen is
  // made for every list a learner has, and zeroing the array cost more than checking a short list.
  static constexpr std::size_t kScanned = 32;
  struct Scanned {
    const char* data;
    std::size_t size;
    std::size_t index;
    std::string_view key() const { return std::string_view(data, size); }
  };
  Scanned first_[kScanned];
  std::size_t count_ = 0;    // items added
  std::vector<Slot> slots_;  // empty until a list is long
};

}  // namespace sweetspot
