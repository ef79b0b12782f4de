// A list of strings kept as one block of bytes and the offsets between them: how CatalogIndex holds
// its skill ids and labels and its course ids and titles. Loading a snapshot of 10,000 courses
// made ~40,000 std::strings, each its own allocation; in WebAssembly malloc, free and std::string's
// growth were most of the load. Here appending is two vector appends, and items are read as
// std::string_view (valid until the list changes).
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

namespace sweetspot {

class TextList {
 public:
  TextList() : offsets_(1, 0) {}

  std::size_t size() const { return offsets_.size() - 1; }
  bool empty() const { return size() == 0; }
  std::string_view operator[](std::size_t i) const {
    return {bytes_.data() + offsets_[i], static_cast<std::size_t>(offsets_[i + 1] - offsets_[i])};
  }
  std::string_view back() const { return (*this)[size() - 1]; }

  void push_back(std::string_view s) {
    bytes_.insert(bytes_.end(), s.begin(), s.end());
    offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  }
  void reserve(std::size_t items, std::size_t bytes) {
    offsets_.reserve(items + 1);
    bytes_.reserve(bytes);
  }

  // All items back to back, and the size() + 1 offsets of their starts and the end: the form
  // Engine::course_list hands to JavaScript.
  std::string_view bytes() const { return {bytes_.data(), bytes_.size()}; }
  const std::uint32_t* offsets() const { return offsets_.data(); }

  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator(const TextList* list, std::size_t i) : list_(list), i_(i) {}
    std::string_view operator*() const { return (*list_)[i_]; }
    std::string_view operator[](difference_type n) const { return (*list_)[i_ + static_cast<std::size_t>(n)]; }
    const_iterator& operator++() { ++i_; return *this; }
    const_iterator operator++(int) { const_iterator before = *this; ++i_; return before; }
    const_iterator& operator--() { --i_; return *this; }
    const_iterator operator--(int) { const_iterator before = *this; --i_; return before; }
    const_iterator& operator+=(difference_type n) { i_ += static_cast<std::size_t>(n); return *this; }
    const_iterator& operator-=(difference_type n) { i_ -= static_cast<std::size_t>(n); return *this; }
    const_iterator operator+(difference_type n) const { return {list_, i_ + static_cast<std::size_t>(n)}; }
    const_iterator operator-(difference_type n) const { return {list_, i_ - static_cast<std::size_t>(n)}; }
    difference_type operator-(const const_iterator& o) const { return static_cast<difference_type>(i_) - static_cast<difference_type>(o.i_); }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator<(const const_iterator& o) const { return i_ < o.i_; }

   private:
    const TextList* list_;
    std::size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  friend bool operator==(const TextList& a, const TextList& b) { return a.offsets_ == b.offsets_ && a.bytes_ == b.bytes_; }
  friend bool operator!=(const TextList& a, const TextList& b) { return !(a == b); }

 private:
  std::vector<char> bytes_;
  std::vector<std::uint32_t> offsets_;  // size() + 1: item i is bytes_[offsets_[i], offsets_[i + 1])
};

}  // namespace sweetspot
