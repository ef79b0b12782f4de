// A list of strings kept in one block of bytes, each item a span of it: how CatalogIndex holds its
// skill ids and labels and its course ids and titles. Loading a snapshot of 10,000 courses made
// ~33,000 std::strings, each its own allocation and copy; in WebAssembly malloc, free and the
// copies were most of the load. The snapshot reader instead records where each string lies in the
// snapshot and reads them there (borrow; the engine keeps the snapshot as long as its index):
// nothing is copied, which matters most on a cold page, where every fresh page of memory is a page
// fault (~10 µs here in a VM, more in Chromium's renderer; a load touched 1.4 MB of copies).
// build_index appends (push_back). Items are read as std::string_view, valid until the list changes
// (and, for a borrowed list, while the bytes it borrows live).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sweetspot {

// Byte order, as std::string compares (memcmp, then the shorter first), eight bytes at a time while
// they are equal: ids often share long prefixes (ESCO's are URIs), and WebAssembly's memcmp goes
// byte by byte.
inline int compare_bytes(std::string_view a, std::string_view b) {
  const std::size_t common = a.size() < b.size() ? a.size() : b.size();
  std::size_t i = 0;
  for (; i + 8 <= common; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) break;
  }
  for (; i < common; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]) ? -1 : 1;
  return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

class TextList {
 public:
  struct Span {
    std::uint32_t begin, end;  // bytes of the block
  };

  TextList() = default;
  TextList(const TextList& o) : own_(o.own_), base_(o.borrowed() ? o.base_ : own_.data()), spans_(o.spans_) {}
  TextList(TextList&& o) noexcept : own_(std::move(o.own_)), base_(o.base_), spans_(std::move(o.spans_)) { o.clear(); }
  TextList& operator=(TextList o) noexcept {
    const bool borrowed = o.borrowed();
    own_ = std::move(o.own_);
    base_ = borrowed ? o.base_ : own_.data();
    spans_ = std::move(o.spans_);
    o.clear();
    return *this;
  }

  std::size_t size() const { return spans_.size(); }
  bool empty() const { return spans_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const Span s = spans_[i];
    return {base_ + s.begin, static_cast<std::size_t>(s.end - s.begin)};
  }
  std::string_view back() const { return (*this)[size() - 1]; }

  // Appends a copy of `s` (a borrowed list first becomes a copy of its own).
  void push_back(std::string_view s) {
    if (borrowed()) own_copy();
    const auto begin = static_cast<std::uint32_t>(own_.size());
    own_.insert(own_.end(), s.data(), s.data() + s.size());
    base_ = own_.data();
    spans_.push_back({begin, static_cast<std::uint32_t>(own_.size())});
  }
  // Replaces the list with items that lie at `spans` of the bytes from `block` on, with other bytes
  // between them, read there, not copied: the bytes must outlive the list (spans within them, not
  // checked here).
  void borrow(const char* block, std::vector<Span> spans) {
    own_ = std::vector<char>();
    base_ = block;
    spans_ = std::move(spans);
  }

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

  // The same items, however the bytes around them lie.
  friend bool operator==(const TextList& a, const TextList& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  friend bool operator!=(const TextList& a, const TextList& b) { return !(a == b); }

 private:
  bool borrowed() const { return base_ != nullptr && base_ != own_.data(); }
  void clear() {
    own_.clear();
    spans_.clear();
    base_ = nullptr;
  }
  void own_copy() {
    std::vector<char> bytes;
    std::vector<Span> spans;
    spans.reserve(spans_.size());
    for (std::size_t i = 0; i < size(); ++i) {
      const std::string_view item = (*this)[i];
      const auto begin = static_cast<std::uint32_t>(bytes.size());
      bytes.insert(bytes.end(), item.begin(), item.end());
      spans.push_back({begin, static_cast<std::uint32_t>(bytes.size())});
    }
    own_ = std::move(bytes);
    spans_ = std::move(spans);
    base_ = own_.data();
  }

  // Items are read through base_, one pointer: where a std::string's data() asks whether it is
  // long, which kept operator[] from being inlined at -Oz (a call per course id and title, ~3 % of
  // a full classify of 10,000 courses in WebAssembly).
  std::vector<char> own_;       // the bytes of a list built by push_back
  const char* base_ = nullptr;  // own_.data(), or where a borrowed block starts
  std::vector<Span> spans_;
};

}  // namespace sweetspot
