// A small JSON writer with one fixed format: keys in the order written, numbers either integers
// or fixed-point units (at most 4 decimals, trailing zeros trimmed). Same calls, same bytes, on
// every platform. The output is ASCII: strings escape every other character as \uXXXX (as Python's
// json.dumps does by default), so a host makes its string with a byte copy (a JavaScript engine
// keeps an ASCII string at one byte a character; one “ in a full classification made all of its
// ~2 MB two bytes a character, and Node's UTF-8 decoding of it cost more than the classify).
// Strings are also escaped so the output is safe inside an HTML <script>.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sweetspot {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = false) : pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  // A key spelled in the code: written as it is, without the escape scan (every key the engine
  // writes is plain ASCII, and a full classify writes ~15 of them a course).
  // (This and plain() are always inline: at -Oz each length N was a function of its own that only
  // called on, one call more per key and part; inline, the module is smaller too.)
  template <std::size_t N>
  __attribute__((always_inline)) JsonWriter& key(const char (&literal)[N]) { return plain_key(literal, N - 1); }
  JsonWriter& string(std::string_view s);

  // One string value written in parts, as string(a + b + ...) would write it, without building the
  // concatenation: begin_string(), then text(...) for parts that need escaping and plain(...) for
  // literal parts that need none (ASCII, already as JSON: "\\u201c" for “), then end_string(). Parts
  // are whole UTF-8 sequences (the engine's strings are all checked UTF-8), so escaping part by part
  // is escaping the whole.
  JsonWriter& begin_string();
  JsonWriter& text(std::string_view part);
  template <std::size_t N>
  __attribute__((always_inline)) JsonWriter& plain(const char (&literal)[N]) {
    put(literal, N - 1);
    return *this;
  }
  JsonWriter& integer_part(std::int64_t value);  // an integer, inside a string
  JsonWriter& units_part(int value);  // value / 10000 as units() writes it, inside a string
  JsonWriter& end_string();

  // A value the caller spells out itself with plain(), text() and the *_part() writers, in one call
  // per run of fixed text instead of one per key and bracket (most courses of a full classify are
  // one such run). Only for compact writers (the caller writes no indentation): `pretty()` says.
  JsonWriter& begin_raw();
  bool pretty() const { return pretty_; }
  JsonWriter& units(int value);  // value / 10000, e.g. 2500 -> 0.25
  JsonWriter& integer(std::int64_t value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  // Room for `bytes` of output before the writer must grow (each growth zero-fills and copies in
  // WebAssembly without bulk memory: a third of a full classify's time went to it).
  void reserve(std::size_t bytes) {
    if (out_.size() < bytes) grow(bytes - size_);
  }

  // Forgets what was written, keeping the room: a writer reused for every call of a kind (the
  // compact classification) then writes without allocating.
  void clear() {
    size_ = 0;
    depth_ = 0;
    after_key_ = false;
  }
  // What was written so far (valid until the next write or clear).
  std::string_view view() const { return std::string_view(data_, size_); }

  const std::string& str() const {
    out_.resize(size_);
    return out_;
  }
  std::string take() {
    out_.resize(size_);
    std::string result = std::move(out_);
    out_.clear();
    size_ = 0;
    data_ = nullptr;
    depth_ = 0;
    return result;
  }

 private:
  void before_value();
  JsonWriter& plain_key(const char* k, std::size_t n);
  void write_string(std::string_view s);
  void escape(const char* p, std::size_t n);  // the bytes of a string body, escaped
  void newline();

  // Bytes go through a raw pointer into out_, which is kept larger than what is written (size_):
  // std::string's own push_back and append are calls at -Oz in WebAssembly (each asking whether the
  // string is long, its capacity, its size), and single characters are most of what a writer writes.
  void grow(std::size_t n);
  // At least n bytes of room after size_.
  __attribute__((always_inline)) void room(std::size_t n) {
    if (out_.size() - size_ < n) grow(n);
  }
  __attribute__((always_inline)) void put(char c) {
    if (size_ == out_.size()) grow(1);
    data_[size_++] = c;
  }
  void put(const char* p, std::size_t n);
  template <std::size_t N>
  void put(const char (&literal)[N]) { put(literal, N - 1); }

  mutable std::string out_;  // str() trims it to size_
  char* data_ = nullptr;     // out_'s bytes
  std::size_t size_ = 0;     // bytes written
  // Per open container, whether it has had no member yet: the first levels inline (every document
  // the engine writes nests less deep), deeper ones in a vector, so the writer allocates only its
  // output (a vector of levels cost three allocations a document).
  static constexpr std::size_t kInlineLevels = 16;
  std::uint8_t& first_at(std::size_t level) { return level < kInlineLevels ? first_inline_[level] : first_deeper_[level - kInlineLevels]; }
  void open_level();
  bool close_level();  // whether the container stayed empty
  std::uint8_t first_inline_[kInlineLevels] = {};
  std::vector<std::uint8_t> first_deeper_;
  std::size_t depth_ = 0;
  bool after_key_ = false;
  bool pretty_;
};

std::string format_units(int value);

}  // namespace sweetspot
