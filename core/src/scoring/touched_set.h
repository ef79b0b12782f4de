// A set of indices that remembers what it holds, so dense per-skill or per-course state can be reset
// at the cost of what one learner touched instead of the size of the catalog.
#pragma once
#include <cstdint>
#include <vector>

namespace sweetspot {

class TouchedSet {
 public:
  // The members in the order they were added (a range for `for`).
  struct Items {
    const std::int32_t* first;
    const std::int32_t* last;
    const std::int32_t* begin() const { return first; }
    const std::int32_t* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
    bool empty() const { return first == last; }
  };

  // The list has room for every index from the start, so add() is two stores and no call: in
  // WebAssembly at -Oz, std::vector::push_back stays a function call (it was 2.6 % of a classify).
  void resize(std::size_t n) {
    in_.assign(n, 0);
    list_.assign(n, 0);
    size_ = 0;
  }
  // Adds `i`; false when it was already there.
  bool add(std::int32_t i) {
    if (in_[i]) return false;
    in_[i] = 1;
    list_[size_++] = i;
    return true;
  }
  bool contains(std::int32_t i) const { return in_[i] != 0; }
  // contains(i) is flags()[i] != 0, for loops that keep the pointer in a local.
  const std::uint8_t* flags() const { return in_.data(); }

  // Adds through copies of the set's pointers held by a local object, for hot loops: a store of a
  // byte may alias any memory, so a loop adding through the members themselves reloads every
  // pointer it uses after each add. The set's size is written back when the adder goes.
  class Adder {
   public:
    explicit Adder(TouchedSet& set) : set_(set), in_(set.in_.data()), list_(set.list_.data()), size_(set.size_) {}
    ~Adder() { set_.size_ = size_; }
    Adder(const Adder&) = delete;
    Adder& operator=(const Adder&) = delete;
    void add(std::int32_t i) {
      if (in_[i]) return;
      in_[i] = 1;
      list_[size_++] = i;
    }

   private:
    TouchedSet& set_;
    std::uint8_t* in_;
    std::int32_t* list_;
    std::size_t size_;
  };
  Items items() const { return {list_.data(), list_.data() + size_}; }
  // Empties the set, calling `reset(i)` for each member so the state it guards is reset too.
  template <class Reset>
  void clear(Reset&& reset) {
    for (std::size_t k = 0; k < size_; ++k) {
      const std::int32_t i = list_[k];
      reset(i);
      in_[i] = 0;
    }
    size_ = 0;
  }
  void clear() {
    clear([](std::int32_t) {});
  }

 private:
  std::vector<std::uint8_t> in_;
  std::vector<std::int32_t> list_;  // list_[0, size_) are the members
  std::size_t size_ = 0;
};

}  // namespace sweetspot
