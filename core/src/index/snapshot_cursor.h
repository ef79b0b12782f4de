// The snapshot reader's cursor: reads little-endian fields and strings within the current section
// and fails once, with the section, the field and the byte offset in its error.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "documents/utf8_text.h"
#include "index/snapshot_format.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot::snapshot {

// A cursor over the snapshot that fails once: after the first error every read returns zero and
// every count zero, so loops end and the first error (with its section, field and offset) stays.
class Cursor {
 public:
  // `base`: where `bytes` start in the snapshot (errors name offsets in the snapshot).
  Cursor(std::string_view bytes, Error& error, std::size_t base = 0)
      : data_(reinterpret_cast<const unsigned char*>(bytes.data())), size_(bytes.size()), end_(bytes.size()), base_(base), error_(error) {}

  bool ok() const { return ok_; }
  std::size_t offset() const { return pos_; }
  std::size_t left() const { return ok_ ? end_ - pos_ : 0; }
  const unsigned char* data() const { return data_; }

  // The error at byte `at` of field `field` of the current section.
  bool fail_at(std::size_t at, const char* field, std::string expected, std::string found) {
    if (!ok_) return false;
    ok_ = false;
    std::string path = "snapshot:/" + section_;
    if (*field) path += std::string("/") + field;
    path += "@" + std::to_string(base_ + at);
    error_ = make_error(std::move(path), std::move(expected), std::move(found));
    return false;
  }
  // At the start of the value read last.
  bool fail(const char* field, std::string expected, std::string found) {
    return fail_at(last_, field, std::move(expected), std::move(found));
  }

  void set_section(std::string name) { section_ = std::move(name); }

  // A section: tag, length; reads stay inside it until leave().
  bool enter(const char* tag, const char* name) {
    section_ = name;
    if (!need(8, "")) return false;
    if (std::memcmp(data_ + pos_, tag, 4) != 0)
      return fail("", std::string("section tag \"") + tag + "\"", "\"" + printable(data_ + pos_, 4) + "\"");
    pos_ += 4;
    const std::uint32_t length = u32("length");
    if (!ok_) return false;
    if (length > end_ - pos_)
      return fail("length", "a section length within the " + std::to_string(end_ - pos_) + " bytes left", std::to_string(length));
    end_ = pos_ + length;
    return true;
  }
  bool leave() {
    if (!ok_) return false;
    if (pos_ != end_) return fail_at(pos_, "", "the end of the section", std::to_string(end_ - pos_) + " more bytes");
    end_ = size_;
    return true;
  }
  bool at_end(const char* what) {
    if (!ok_) return false;
    section_ = "end";
    last_ = pos_;
    if (pos_ != size_) return fail(what, "the end of the snapshot", std::to_string(size_ - pos_) + " more bytes");
    return true;
  }

  bool need(std::size_t n, const char* field) {
    last_ = pos_;
    if (!ok_) return false;
    if (end_ - pos_ < n)
      return fail(field, std::to_string(n) + " more bytes", end_ == size_ ? "the end of the snapshot" : "the end of the section");
    return true;
  }
  std::uint8_t u8(const char* field) { return need(1, field) ? data_[pos_++] : 0; }
  std::uint16_t u16(const char* field) {
    if (!need(2, field)) return 0;
    const std::uint16_t v = static_cast<std::uint16_t>(data_[pos_] | data_[pos_ + 1] << 8);
    pos_ += 2;
    return v;
  }
  std::uint32_t u32(const char* field) {
    if (!need(4, field)) return 0;
    const std::uint32_t v = le32(data_ + pos_);
    pos_ += 4;
    return v;
  }
  std::uint64_t u64(const char* field) {
    if (!need(8, field)) return 0;
    const std::uint64_t v = le64(data_ + pos_);
    pos_ += 8;
    return v;
  }
  // A number in [lo, hi] (NaN is outside every range).
  double number(const char* field, double lo, double hi) {
    const std::uint64_t bits = u64(field);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (!ok_) return 0;
    if (!(d >= lo && d <= hi)) {
      fail(field, "a number " + plain(lo) + ".." + plain(hi), "bits 0x" + hex(bits));
      return 0;
    }
    return d;
  }
  bool flag(const char* field) {
    const std::uint8_t v = u8(field);
    if (ok_ && v > 1) fail(field, "0 or 1", std::to_string(v));
    return v == 1;
  }
  // A count of items that take at least `min_bytes` each: at most `max`, and what the bytes left can hold.
  std::size_t count(const char* field, std::size_t max, std::size_t min_bytes) {
    const std::uint32_t n = u32(field);
    if (!ok_) return 0;
    if (n > max) {
      fail(field, "a count of at most " + std::to_string(max), std::to_string(n));
      return 0;
    }
    if (min_bytes > 0 && n > (end_ - pos_) / min_bytes) {
      fail(field, "a count that the " + std::to_string(end_ - pos_) + " bytes left can hold", std::to_string(n));
      return 0;
    }
    return n;
  }
  // A length-prefixed UTF-8 string of at most `max` bytes.
  bool string(const char* field, std::string& out, std::size_t max = limits::kMaxStringBytes, bool allow_empty = true) {
    std::string_view view;
    if (!text(field, view, max, allow_empty)) return false;
    out.assign(view.data(), view.size());
    return true;
  }
  // The same, checked but not copied: a view into the snapshot.
  bool text(const char* field, std::string_view& out, std::size_t max = limits::kMaxStringBytes, bool allow_empty = true) {
    const std::uint32_t n = u32(field);
    if (!ok_) return false;
    if (n > max) return fail(field, "a string of at most " + std::to_string(max) + " bytes", std::to_string(n) + " bytes");
    if (n == 0 && !allow_empty) return fail(field, "a non-empty string", "an empty one");
    if (n > end_ - pos_) return fail(field, "a string within the " + std::to_string(end_ - pos_) + " bytes left", std::to_string(n) + " bytes");
    if (std::size_t bad = 0; !valid_utf8(std::string_view(reinterpret_cast<const char*>(data_ + pos_), n), bad)) return fail_at(pos_, field, "UTF-8 text", "ill-formed UTF-8");
    out = std::string_view(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return true;
  }
  // `n` little-endian values of T's width, read in bulk. Returns the offset of the first.
  template <class T>
  std::size_t array(const char* field, std::size_t n, std::vector<T>& out) {
    const std::size_t at = pos_;
    last_ = pos_;
    if (!ok_) return at;
    if (n > (end_ - pos_) / sizeof(T)) {
      fail(field, std::to_string(n) + " values of " + std::to_string(sizeof(T)) + " bytes",
           std::to_string(end_ - pos_) + " bytes left");
      return at;
    }
    out.resize(n);
    if (kLittleEndianHost) {
      if (n > 0) std::memcpy(out.data(), data_ + pos_, n * sizeof(T));
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t v = 0;
        for (std::size_t b = sizeof(T); b-- > 0;) v = (v << 8) | data_[pos_ + i * sizeof(T) + b];
        out[i] = static_cast<T>(v);
      }
    }
    pos_ += n * sizeof(T);
    return at;
  }

  static std::string plain(double d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", d);
    return buffer;
  }
  static std::string hex(std::uint64_t v) {
    static const char* digits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = digits[v & 15];
    return s;
  }
  static std::string printable(const unsigned char* p, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] >= 0x20 && p[i] < 0x7F && p[i] != '"' && p[i] != '\\') s += static_cast<char>(p[i]);
      else s += "\\x" + hex(p[i]).substr(14);
    }
    return s;
  }

 private:
  const unsigned char* data_;
  std::size_t size_, end_, base_, pos_ = 0, last_ = 0;
  std::string section_ = "header";
  Error& error_;
  bool ok_ = true;
};

}  // namespace sweetspot::snapshot
