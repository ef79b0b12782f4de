// A set of indices that remembers what it holds, so dense per-skill or per-course state can be reset
// at the cost of what one learner touched instead of the size of the catalog.
#pragma once
#include <cstdint>
#include <vector>

namespace sweetspot {

class TouchedSet {
 public:
  void resize(std::size_t n) { in_.assign(n, 0); }
  // Adds `i`; false when it was already there.
  bool add(std::int32_t i) {
    if (in_[i]) return false;
    in_[i] = 1;
    list_.push_back(i);
    return true;
  }
  bool contains(std::int32_t i) const { return in_[i] != 0; }
  const std::vector<std::int32_t>& items() const { return list_; }  // in the order they were added
  // Empties the set, calling `reset(i)` for each member so the state it guards is reset too.
  template <class Reset>
  void clear(Reset&& reset) {
    for (std::int32_t i : list_) {
      reset(i);
      in_[i] = 0;
    }
    list_.clear();
  }
  void clear() {
    clear([](std::int32_t) {});
  }

 private:
  std::vector<std::uint8_t> in_;
  std::vector<std::int32_t> list_;
};

}  // namespace sweetspot
