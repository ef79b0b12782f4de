// Where each string of a list was first seen, to refuse or skip repeats (document_reader.cpp,
// direct_reader.cpp).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sweetspot {

// Most lists are short (a learner's interests, a course's skills): there, comparing with each
// earlier item in a fixed array is cheaper than hashing and copying every string (learner_read in
// internals_bench); a hash map takes over past 32 items, so long lists stay linear. The strings are not copied: each must
// outlive the FirstSeen.
class FirstSeen {
 public:
  // The index `s` was first added at, or nullopt after adding it at `index`.
  std::optional<std::size_t> add(std::string_view s, std::size_t index) {
    if (map_.empty()) {
      for (std::size_t k = 0; k < count_; ++k)
        if (first_[k].first == s) return first_[k].second;
      if (count_ < first_.size()) {
        first_[count_++] = {s, index};
        return std::nullopt;
      }
      map_.insert(first_.begin(), first_.end());  // a long list: hash from now on
    }
    auto [it, inserted] = map_.emplace(s, index);
    if (inserted) return std::nullopt;
    return it->second;
  }

 private:
  std::array<std::pair<std::string_view, std::size_t>, 32> first_;  // the first items, scanned
  std::size_t count_ = 0;
  std::unordered_map<std::string_view, std::size_t> map_;
};

}  // namespace sweetspot
