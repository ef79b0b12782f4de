// The catalog snapshot format, byte for byte: docs/snapshot.md. Writing is a straight walk over the
// index; reading checks everything before anything is trusted (see catalog_snapshot.h).
#include "index/catalog_snapshot.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

#include "documents/input_limits.h"

namespace sweetspot {
namespace {

#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
constexpr bool kLittleEndianHost = false;
#else
constexpr bool kLittleEndianHost = true;
#endif

// ---- limits beyond input_limits.h -----------------------------------------------------------------

// Interned skills: the taxonomy's plus every other id the organization and the catalog name.
constexpr std::size_t kMaxSnapshotSkills = limits::kMaxSkills + limits::kMaxCourses * limits::kMaxSkillsPerCourse;
constexpr std::size_t kMaxCourseSkills = limits::kMaxCourses * limits::kMaxSkillsPerCourse;
constexpr std::size_t kNoLimit = std::numeric_limits<std::uint32_t>::max();  // bounded by the bytes left
// Warnings quote ids and keys (each up to the string limit) inside a sentence or a pointer.
constexpr std::size_t kMaxWarningStringBytes = 4 * limits::kMaxStringBytes;
// Strings the reader materializes from indices (a role's skill ids, the taxonomy's ids and labels,
// broader ids): each was spelled out in the JSON documents the snapshot was compiled from, so an
// honest snapshot never needs more than that; a hostile one could otherwise name one long id
// millions of times and make the reader copy it as often.
constexpr std::size_t kMaxReferenceBytes = 2 * limits::kMaxDocumentBytes;
constexpr std::uint32_t kInlineString = 0xFFFFFFFFu;  // a broader reference that is not an interned skill

constexpr const char* kNeeds[4] = {"job", "improve", "future", "leadership"};

// ---- XXH64 (Yann Collet's xxHash, 64-bit, seed 0) ----------------------------------------------

// The WebAssembly build compiles for size (-Oz), which would leave these one-liners as calls in the
// hash's inner loop (a third of the hash time).
#if defined(__GNUC__) || defined(__clang__)
#define SWEETSPOT_INLINE inline __attribute__((always_inline))
#else
#define SWEETSPOT_INLINE inline
#endif

constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ull, kP2 = 0xC2B2AE3D27D4EB4Full, kP3 = 0x165667B19E3779F9ull,
                        kP4 = 0x85EBCA77C2B2AE63ull, kP5 = 0x27D4EB2F165667C5ull;

SWEETSPOT_INLINE std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
// One load each on little-endian hosts (WebAssembly, x86, ARM as configured everywhere we run).
SWEETSPOT_INLINE std::uint64_t le64(const unsigned char* p) {
  std::uint64_t v = 0;
  if (kLittleEndianHost) {
    std::memcpy(&v, p, sizeof v);
  } else {
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  }
  return v;
}
SWEETSPOT_INLINE std::uint32_t le32(const unsigned char* p) {
  std::uint32_t v = 0;
  if (kLittleEndianHost) {
    std::memcpy(&v, p, sizeof v);
  } else {
    v = std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
  }
  return v;
}
SWEETSPOT_INLINE std::uint64_t xxh_round(std::uint64_t acc, std::uint64_t input) { return rotl(acc + input * kP2, 31) * kP1; }
SWEETSPOT_INLINE std::uint64_t xxh_merge(std::uint64_t acc, std::uint64_t v) { return (acc ^ xxh_round(0, v)) * kP1 + kP4; }

std::uint64_t xxh64(const unsigned char* p, std::size_t len) {
  const unsigned char* const end = p + len;
  std::uint64_t h;
  if (len >= 32) {
    std::uint64_t v1 = kP1 + kP2, v2 = kP2, v3 = 0, v4 = 0 - kP1;
    const unsigned char* const limit = end - 32;
    do {
      v1 = xxh_round(v1, le64(p));
      v2 = xxh_round(v2, le64(p + 8));
      v3 = xxh_round(v3, le64(p + 16));
      v4 = xxh_round(v4, le64(p + 24));
      p += 32;
    } while (p <= limit);
    h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
    h = xxh_merge(h, v1);
    h = xxh_merge(h, v2);
    h = xxh_merge(h, v3);
    h = xxh_merge(h, v4);
  } else {
    h = kP5;
  }
  h += static_cast<std::uint64_t>(len);
  for (; end - p >= 8; p += 8) h = rotl(h ^ xxh_round(0, le64(p)), 27) * kP1 + kP4;
  if (end - p >= 4) {
    h = rotl(h ^ (std::uint64_t{le32(p)} * kP1), 23) * kP2 + kP3;
    p += 4;
  }
  for (; p < end; ++p) h = rotl(h ^ (std::uint64_t{*p} * kP5), 11) * kP1;
  h ^= h >> 33;
  h *= kP2;
  h ^= h >> 29;
  h *= kP3;
  h ^= h >> 32;
  return h;
}

// ---- UTF-8 -------------------------------------------------------------------------------------

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool valid_utf8(const unsigned char* s, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    // ASCII runs eight bytes at a time (ids and titles are mostly ASCII).
    while (n - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else return false;
    if (n - i < len) return false;
    if (s[i + 1] < lo || s[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return false;
    i += len;
  }
  return true;
}

// ---- writing -----------------------------------------------------------------------------------

class Writer {
 public:
  void u8(std::uint32_t v) { out_.push_back(static_cast<char>(v & 0xFFu)); }
  void u16(std::uint32_t v) {
    u8(v);
    u8(v >> 8);
  }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(v >> (8 * i));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<std::uint32_t>(v >> (8 * i)));
  }
  void f64(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    u64(bits);
  }
  void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
  void str(const std::string& s) {
    count(s.size());
    out_.append(s);
  }
  // A section: its 4-byte tag, then its length (patched by end()).
  std::size_t begin(const char* tag) {
    out_.append(tag, 4);
    const std::size_t at = out_.size();
    u32(0);
    return at;
  }
  void end(std::size_t at) { patch32(at, static_cast<std::uint32_t>(out_.size() - at - 4)); }
  void patch32(std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_[at + i] = static_cast<char>((v >> (8 * i)) & 0xFFu);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// CSR offsets of `n` rows: n + 1 words even for an index built without them.
void write_offsets(Writer& w, const std::vector<std::uint32_t>& begin, std::size_t n) {
  for (std::size_t i = 0; i <= n; ++i) w.u32(i < begin.size() ? begin[i] : 0);
}

std::uint32_t skill_ref(const CatalogIndex& ix, const std::string& id) {
  const std::int32_t s = ix.find_skill(id);
  return s < 0 ? kInlineString : static_cast<std::uint32_t>(s);
}

}  // namespace

std::uint64_t snapshot_hash(const void* data, std::size_t size) { return xxh64(static_cast<const unsigned char*>(data), size); }

std::string write_snapshot(const CatalogIndex& ix, const Taxonomy& taxonomy) {
  Writer w;
  w.bytes().append(kSnapshotMagic, sizeof kSnapshotMagic);
  w.u32(kSnapshotVersion);
  w.u32(0);   // reserved
  w.u64(0);   // payload bytes, patched below
  w.u64(0);   // payload hash, patched below
  const std::size_t n = ix.skill_count(), courses = ix.course_count();
  const Organization& o = ix.organization;

  std::size_t at = w.begin("PLCY");
  const Policy& p = o.policy;
  w.f64(p.personal_threshold);
  w.f64(p.org_threshold);
  w.f64(p.borderline_margin);
  w.u8(p.gifts_allowed ? 1 : 0);
  w.str(p.gift_note);
  w.str(p.mandatory_note);
  w.f64(p.taxonomy_decay);
  w.u8(static_cast<std::uint32_t>(p.taxonomy_max_hops));
  w.f64(p.aspiration_weight);
  w.f64(p.role_weight);
  w.end(at);

  at = w.begin("SKIL");
  w.u8(ix.has_taxonomy ? 1 : 0);
  w.count(n);
  for (std::size_t s = 0; s < n; ++s) {
    w.str(ix.skill_ids[s]);
    const bool own_label = ix.skill_labels[s] != ix.skill_ids[s];
    w.u8((ix.skill_in_taxonomy[s] ? 1u : 0u) | (own_label ? 2u : 0u));
    if (own_label) w.str(ix.skill_labels[s]);
  }
  w.end(at);

  at = w.begin("RELA");
  w.count(ix.related.size());
  write_offsets(w, ix.related_begin, n);
  for (const Related& r : ix.related) w.u32(static_cast<std::uint32_t>(r.skill));
  for (const Related& r : ix.related) w.u8(static_cast<std::uint32_t>(r.hops));
  w.end(at);

  at = w.begin("NARR");
  w.count(ix.narrower.size());
  write_offsets(w, ix.narrower_begin, n);
  for (std::int32_t s : ix.narrower) w.u32(static_cast<std::uint32_t>(s));
  w.end(at);

  at = w.begin("CRSE");
  w.count(courses);
  for (std::size_t c = 0; c < courses; ++c) {
    w.str(ix.course_ids[c]);
    w.str(ix.course_titles[c]);
  }
  w.count(ix.course_skill.size());
  write_offsets(w, ix.course_skill_begin, courses);
  for (std::int32_t s : ix.course_skill) w.u32(static_cast<std::uint32_t>(s));
  for (std::uint8_t level : ix.course_skill_level) w.u8(level);
  for (std::uint16_t share : ix.course_skill_share) w.u16(share);
  w.end(at);

  at = w.begin("ORGN");
  w.count(o.roles.size());
  for (const Role& r : o.roles) {
    w.str(r.id);
    w.str(r.title);
    w.count(r.skills.size());
    for (const SkillLevel& s : r.skills) {
      w.u32(skill_ref(ix, s.skill));
      w.u8(static_cast<std::uint32_t>(s.level));
    }
    w.count(r.next.size());
    for (const std::string& next : r.next) w.str(next);
  }
  w.count(o.priorities.size());
  for (const Priority& pr : o.priorities) {
    w.u32(skill_ref(ix, pr.skill));
    w.f64(pr.weight);
    std::uint32_t need = 1;
    for (std::uint32_t k = 0; k < 4; ++k)
      if (pr.need == kNeeds[k]) need = k;
    w.u8(need);
    w.str(pr.rationale);
  }
  w.count(o.mandatory.size());
  for (const std::string& m : o.mandatory) w.str(m);
  w.count(o.growth.size());
  for (const GrowthInitiative& g : o.growth) {
    w.str(g.name);
    w.str(g.rationale);
    w.count(g.skills.size());
    for (const std::string& s : g.skills) w.u32(skill_ref(ix, s));
    w.count(g.roles.size());
    for (const std::string& r : g.roles) w.str(r);
  }
  w.end(at);

  at = w.begin("TAXO");
  w.u8(taxonomy.present ? 1 : 0);
  w.count(taxonomy.skills.size());
  for (const TaxonomySkill& s : taxonomy.skills) {
    w.u32(skill_ref(ix, s.id));
    w.count(s.aliases.size());
    for (const std::string& a : s.aliases) w.str(a);
    w.count(s.broader.size());
    for (const std::string& b : s.broader) {
      const std::uint32_t ref = skill_ref(ix, b);
      w.u32(ref);
      if (ref == kInlineString) w.str(b);
    }
  }
  w.end(at);

  at = w.begin("WARN");
  w.count(ix.warnings.size());
  for (const Warning& warning : ix.warnings) {
    w.str(warning.path);
    w.str(warning.message);
  }
  w.end(at);

  std::string& out = w.bytes();
  const std::uint64_t payload = out.size() - kSnapshotHeaderBytes;
  const std::uint64_t hash = xxh64(reinterpret_cast<const unsigned char*>(out.data()) + kSnapshotHeaderBytes, payload);
  for (int i = 0; i < 8; ++i) {
    out[16 + i] = static_cast<char>((payload >> (8 * i)) & 0xFFu);
    out[24 + i] = static_cast<char>((hash >> (8 * i)) & 0xFFu);
  }
  return std::move(out);
}

// ---- reading -----------------------------------------------------------------------------------

namespace {

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
    if (!valid_utf8(data_ + pos_, n)) return fail_at(pos_, field, "UTF-8 text", "ill-formed UTF-8");
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

class SnapshotReader {
 public:
  SnapshotReader(std::string_view bytes, Error& error, std::size_t base = 0) : bytes_(bytes), in_(bytes, error, base) {}

  // The whole snapshot. The taxonomy is built into `taxonomy`, or only checked and its section's
  // bytes kept in `section` for read_snapshot_taxonomy().
  bool read(CatalogIndex& ix, Taxonomy* taxonomy, SnapshotTaxonomy* section) {
    if (!(header() && policy(ix.organization.policy) && skills(ix) && related(ix) && narrower(ix) && courses(ix) && organization(ix)))
      return false;
    const std::size_t start = in_.offset();
    if (!read_taxonomy(ix, taxonomy)) return false;
    if (section) {
      section->bytes.assign(bytes_.data() + start, in_.offset() - start);
      section->offset = start;
    }
    return warnings(ix) && in_.at_end("") && derive(ix);
  }

  // A taxonomy section kept by read(): checked again as it is built.
  bool read_taxonomy_section(const CatalogIndex& ix, Taxonomy& taxonomy) { return read_taxonomy(ix, &taxonomy) && in_.at_end(""); }

 private:
  // ---- header: magic, version, reserved, payload length, payload hash -----------------------
  bool header() {
    if (bytes_.size() < kSnapshotHeaderBytes)
      return in_.fail_at(0, "", "a snapshot of at least " + std::to_string(kSnapshotHeaderBytes) + " bytes",
                         std::to_string(bytes_.size()) + " bytes");
    if (bytes_.size() > kMaxSnapshotBytes)
      return in_.fail_at(0, "", "a snapshot of at most " + std::to_string(kMaxSnapshotBytes) + " bytes",
                         std::to_string(bytes_.size()) + " bytes");
    if (std::memcmp(in_.data(), kSnapshotMagic, sizeof kSnapshotMagic) != 0)
      return in_.fail_at(0, "magic", "\"SWSPCAT1\" (a sweetspot catalog snapshot)", "\"" + Cursor::printable(in_.data(), 8) + "\"");
    for (int i = 0; i < 8; ++i) in_.u8("magic");
    const std::uint32_t version = in_.u32("version");
    if (version != kSnapshotVersion)
      return in_.fail("version", "format version " + std::to_string(kSnapshotVersion), "version " + std::to_string(version));
    const std::uint32_t reserved = in_.u32("reserved");
    if (reserved != 0) return in_.fail("reserved", "0", std::to_string(reserved));
    const std::uint64_t payload = in_.u64("length");
    const std::uint64_t actual = bytes_.size() - kSnapshotHeaderBytes;
    if (payload != actual)
      return in_.fail("length", "a payload of " + std::to_string(payload) + " bytes (as the header says)",
                      std::to_string(actual) + " bytes" + (actual < payload ? " (truncated)" : ""));
    const std::uint64_t stored = in_.u64("hash");
    const std::uint64_t hash = xxh64(in_.data() + kSnapshotHeaderBytes, actual);
    if (stored != hash) return in_.fail("hash", "payload hash " + Cursor::hex(stored), "hash " + Cursor::hex(hash) + " (corrupted)");
    return in_.ok();
  }

  bool policy(Policy& p) {
    if (!in_.enter("PLCY", "policy")) return false;
    p.personal_threshold = in_.number("thresholds/personal", 0, 1);
    p.org_threshold = in_.number("thresholds/org", 0, 1);
    p.borderline_margin = in_.number("borderlineMargin", 0, 0.5);
    p.gifts_allowed = in_.flag("gifts/allowed");
    in_.string("gifts/note", p.gift_note);
    in_.string("mandatoryNote", p.mandatory_note);
    p.taxonomy_decay = in_.number("taxonomy/decay", 0, 1);
    const std::uint8_t hops = in_.u8("taxonomy/maxHops");
    if (in_.ok() && hops > limits::kMaxTaxonomyHops)
      return in_.fail("taxonomy/maxHops", "0.." + std::to_string(limits::kMaxTaxonomyHops), std::to_string(hops));
    p.taxonomy_max_hops = hops;
    p.aspiration_weight = in_.number("weights/aspiration", 0, 1);
    p.role_weight = in_.number("weights/role", 0, 1);
    return in_.leave();
  }

  bool skills(CatalogIndex& ix) {
    if (!in_.enter("SKIL", "skills")) return false;
    ix.has_taxonomy = in_.flag("hasTaxonomy");
    const std::size_t n = in_.count("count", kMaxSnapshotSkills, 6);  // length, one byte of id, flags
    ix.skill_ids.resize(n);
    ix.skill_labels.resize(n);
    ix.skill_in_taxonomy.assign(n, false);
    for (std::size_t s = 0; s < n && in_.ok(); ++s) {
      if (!in_.string("ids", ix.skill_ids[s], limits::kMaxStringBytes, false)) return false;
      if (s > 0 && !(ix.skill_ids[s - 1] < ix.skill_ids[s]))
        return in_.fail("ids", "skill ids in strictly increasing byte order", "\"" + clip(ix.skill_ids[s]) + "\" after \"" + clip(ix.skill_ids[s - 1]) + "\"");
      const std::uint8_t flags = in_.u8("flags");
      if (in_.ok() && (flags > 3 || ((flags & 1) && !ix.has_taxonomy)))
        return in_.fail("flags", ix.has_taxonomy ? "flags 0..3" : "flags 0 or 2 (no taxonomy)", std::to_string(flags));
      ix.skill_in_taxonomy[s] = (flags & 1) != 0;
      if (!(flags & 2)) {
        ix.skill_labels[s] = ix.skill_ids[s];
      } else if (in_.string("labels", ix.skill_labels[s], limits::kMaxStringBytes, false) && ix.skill_labels[s] == ix.skill_ids[s]) {
        return in_.fail("labels", "a label that differs from the id (flag 2 unset otherwise)", "the id again");  // one form per index
      }
    }
    return in_.leave();
  }

  // CSR offsets of `rows` rows over `total` values: starting at 0, never decreasing, ending at `total`.
  bool offsets(const char* field, std::size_t rows, std::size_t total, std::vector<std::uint32_t>& begin,
               std::size_t max_per_row) {
    const std::size_t at = in_.array(field, rows + 1, begin);
    if (!in_.ok()) return false;
    if (begin[0] != 0) return in_.fail_at(at, field, "offsets starting at 0", std::to_string(begin[0]));
    for (std::size_t i = 0; i < rows; ++i) {
      if (begin[i + 1] < begin[i])
        return in_.fail_at(at + 4 * (i + 1), field, "non-decreasing offsets", std::to_string(begin[i + 1]) + " after " + std::to_string(begin[i]));
      if (begin[i + 1] - begin[i] > max_per_row)
        return in_.fail_at(at + 4 * (i + 1), field, "at most " + std::to_string(max_per_row) + " values per row",
                           std::to_string(begin[i + 1] - begin[i]));
    }
    if (begin[rows] != total)
      return in_.fail_at(at + 4 * rows, field, "offsets ending at the count " + std::to_string(total), std::to_string(begin[rows]));
    return true;
  }

  bool related(CatalogIndex& ix) {
    if (!in_.enter("RELA", "related")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t total = in_.count("count", kNoLimit, 5);
    if (!offsets("begin", n, total, ix.related_begin, n)) return false;
    std::vector<std::uint32_t> skill;
    std::vector<std::uint8_t> hops;
    const std::size_t skill_at = in_.array("skills", total, skill);
    const std::size_t hops_at = in_.array("hops", total, hops);
    if (!in_.ok()) return false;
    const std::uint32_t max_hops = static_cast<std::uint32_t>(ix.organization.policy.taxonomy_max_hops);
    ix.related.resize(total);
    for (std::size_t s = 0; s < n; ++s) {
      bool self = false;
      for (std::uint32_t k = ix.related_begin[s]; k < ix.related_begin[s + 1]; ++k) {
        if (skill[k] >= n) return in_.fail_at(skill_at + 4 * k, "skills", "a skill index below " + std::to_string(n), std::to_string(skill[k]));
        if (k > ix.related_begin[s] && skill[k] <= skill[k - 1])
          return in_.fail_at(skill_at + 4 * k, "skills", "strictly increasing skill indices per skill", std::to_string(skill[k]) + " after " + std::to_string(skill[k - 1]));
        if (hops[k] > max_hops) return in_.fail_at(hops_at + k, "hops", "hops 0.." + std::to_string(max_hops), std::to_string(hops[k]));
        if ((skill[k] == s) != (hops[k] == 0))
          return in_.fail_at(hops_at + k, "hops", "0 hops exactly for the skill itself", std::to_string(hops[k]));
        self = self || skill[k] == s;
        ix.related[k] = {static_cast<std::int32_t>(skill[k]), hops[k]};
      }
      if (!self) return in_.fail_at(skill_at + 4 * ix.related_begin[s], "skills", "skill " + std::to_string(s) + " related to itself", "no such entry");
    }
    return in_.leave();
  }

  bool narrower(CatalogIndex& ix) {
    if (!in_.enter("NARR", "narrower")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t total = in_.count("count", kNoLimit, 4);
    if (!offsets("begin", n, total, ix.narrower_begin, n)) return false;
    std::vector<std::uint32_t> skill;
    const std::size_t at = in_.array("skills", total, skill);
    if (!in_.ok()) return false;
    for (std::size_t s = 0; s < n; ++s)
      for (std::uint32_t k = ix.narrower_begin[s]; k < ix.narrower_begin[s + 1]; ++k) {
        if (skill[k] >= n || skill[k] == s)
          return in_.fail_at(at + 4 * k, "skills", "the index of another skill, below " + std::to_string(n), std::to_string(skill[k]));
        if (k > ix.narrower_begin[s] && skill[k] <= skill[k - 1])
          return in_.fail_at(at + 4 * k, "skills", "strictly increasing skill indices per skill", std::to_string(skill[k]) + " after " + std::to_string(skill[k - 1]));
      }
    ix.narrower.assign(skill.begin(), skill.end());
    return in_.leave();
  }

  bool courses(CatalogIndex& ix) {
    if (!in_.enter("CRSE", "courses")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t count = in_.count("count", limits::kMaxCourses, 9);  // two lengths, one byte of id
    ix.course_ids.resize(count);
    ix.course_titles.resize(count);
    for (std::size_t c = 0; c < count && in_.ok(); ++c) {
      if (!in_.string("ids", ix.course_ids[c], limits::kMaxStringBytes, false)) return false;
      if (c > 0 && !(ix.course_ids[c - 1] < ix.course_ids[c]))
        return in_.fail("ids", "course ids in strictly increasing byte order", "\"" + clip(ix.course_ids[c]) + "\" after \"" + clip(ix.course_ids[c - 1]) + "\"");
      in_.string("titles", ix.course_titles[c]);
    }
    const std::size_t total = in_.count("skills/count", kMaxCourseSkills, 7);
    if (!offsets("skills/begin", count, total, ix.course_skill_begin, limits::kMaxSkillsPerCourse)) return false;
    const std::size_t skill_at = in_.array("skills", total, ix.course_skill);
    const std::size_t level_at = in_.array("skills/levels", total, ix.course_skill_level);
    const std::size_t share_at = in_.array("skills/shares", total, ix.course_skill_share);
    if (!in_.ok()) return false;
    for (std::size_t c = 0; c < count; ++c) {
      const std::uint32_t first = ix.course_skill_begin[c], last = ix.course_skill_begin[c + 1];
      std::uint32_t shares = 0;
      for (std::uint32_t k = first; k < last; ++k) {
        const auto s = static_cast<std::uint32_t>(ix.course_skill[k]);
        if (s >= n) return in_.fail_at(skill_at + 4 * k, "skills", "a skill index below " + std::to_string(n), std::to_string(s));
        if (k > first && s <= static_cast<std::uint32_t>(ix.course_skill[k - 1]))
          return in_.fail_at(skill_at + 4 * k, "skills", "strictly increasing skill indices per course",
                             std::to_string(s) + " after " + std::to_string(ix.course_skill[k - 1]));
        if (ix.course_skill_level[k] < 1 || ix.course_skill_level[k] > 5)
          return in_.fail_at(level_at + k, "skills/levels", "a level 1..5", std::to_string(ix.course_skill_level[k]));
        shares += ix.course_skill_share[k];
      }
      if (last > first && shares != kUnit)
        return in_.fail_at(share_at + 2 * first, "skills/shares", "shares of course \"" + clip(ix.course_ids[c]) + "\" summing to " + std::to_string(kUnit),
                           std::to_string(shares));
    }
    return in_.leave();
  }

  // A string materialized from an index, within the reference budget (counted also when only
  // checking, so that building it later stays within the same bound).
  bool reference(const char* field, const std::string& value, std::string* out) {
    references_ += value.size();
    if (references_ > kMaxReferenceBytes)
      return in_.fail(field, "references spelling at most " + std::to_string(kMaxReferenceBytes) + " bytes in all", "more");
    if (out) *out = value;
    return true;
  }
  // A skill index below the skill count; false (and the error) otherwise.
  bool skill_index(const CatalogIndex& ix, const char* field, std::uint32_t& s) {
    s = in_.u32(field);
    if (in_.ok() && s >= ix.skill_count()) return in_.fail(field, "a skill index below " + std::to_string(ix.skill_count()), std::to_string(s));
    return in_.ok();
  }

  bool organization(CatalogIndex& ix) {
    if (!in_.enter("ORGN", "organization")) return false;
    Organization& o = ix.organization;
    const std::size_t roles = in_.count("roles/count", limits::kMaxRoles, 17);
    o.roles.resize(roles);
    ix.role_requirements.resize(roles);
    for (std::size_t r = 0; r < roles && in_.ok(); ++r) {
      Role& role = o.roles[r];
      if (!in_.string("roles/ids", role.id, limits::kMaxStringBytes, false)) return false;
      if (r > 0 && !(o.roles[r - 1].id < role.id))
        return in_.fail("roles/ids", "role ids in strictly increasing byte order", "\"" + clip(role.id) + "\" after \"" + clip(o.roles[r - 1].id) + "\"");
      in_.string("roles/titles", role.title);
      const std::size_t skills = in_.count("roles/skills/count", limits::kMaxListItems, 5);
      const std::size_t skills_at = in_.offset();
      role.skills.resize(skills);
      auto& requirements = ix.role_requirements[r];
      requirements.reserve(skills);
      for (std::size_t k = 0; k < skills && in_.ok(); ++k) {
        std::uint32_t s = 0;
        if (!skill_index(ix, "roles/skills", s)) return false;
        const std::uint8_t level = in_.u8("roles/skills/levels");
        if (in_.ok() && level > 5) return in_.fail("roles/skills/levels", "a level 0..5", std::to_string(level));
        if (!reference("roles/skills", ix.skill_ids[s], &role.skills[k].skill)) return false;
        role.skills[k].level = level;
        requirements.push_back({static_cast<std::int32_t>(s), level});
      }
      std::sort(requirements.begin(), requirements.end());
      for (std::size_t k = 1; k < requirements.size(); ++k)
        if (requirements[k].first == requirements[k - 1].first)
          return in_.fail_at(skills_at, "roles/skills", "each skill once per role", "skill " + std::to_string(requirements[k].first) + " twice");
      const std::size_t next = in_.count("roles/next/count", limits::kMaxListItems, 5);
      role.next.resize(next);
      for (std::size_t k = 0; k < next && in_.ok(); ++k) in_.string("roles/next", role.next[k], limits::kMaxStringBytes, false);
    }

    const std::size_t priorities = in_.count("priorities/count", limits::kMaxListItems, 17);
    o.priorities.resize(priorities);
    ix.priority_skill.resize(priorities);
    for (std::size_t k = 0; k < priorities && in_.ok(); ++k) {
      Priority& p = o.priorities[k];
      std::uint32_t s = 0;
      if (!skill_index(ix, "priorities/skills", s)) return false;
      ix.priority_skill[k] = static_cast<std::int32_t>(s);
      if (!reference("priorities/skills", ix.skill_ids[s], &p.skill)) return false;
      p.weight = in_.number("priorities/weights", 0, 1);
      const std::uint8_t need = in_.u8("priorities/needs");
      if (in_.ok() && need > 3) return in_.fail("priorities/needs", "a need 0..3 (job, improve, future, leadership)", std::to_string(need));
      p.need = kNeeds[need & 3];
      in_.string("priorities/rationales", p.rationale);
      // The canonical order of build_index (skill, weight descending, need, rationale).
      if (in_.ok() && k > 0) {
        const Priority& a = o.priorities[k - 1];
        if (std::tie(p.skill, a.weight, p.need, p.rationale) < std::tie(a.skill, p.weight, a.need, a.rationale))
          return in_.fail("priorities", "priorities in canonical order (skill, weight descending, need, rationale)", "priority " + std::to_string(k) + " out of order");
      }
    }

    const std::size_t mandatory = in_.count("mandatory/count", limits::kMaxListItems, 5);
    o.mandatory.resize(mandatory);
    for (std::size_t k = 0; k < mandatory && in_.ok(); ++k) in_.string("mandatory", o.mandatory[k], limits::kMaxStringBytes, false);

    const std::size_t growth = in_.count("growth/count", limits::kMaxListItems, 17);
    o.growth.resize(growth);
    ix.growth_skills.resize(growth);
    for (std::size_t g = 0; g < growth && in_.ok(); ++g) {
      GrowthInitiative& init = o.growth[g];
      in_.string("growth/names", init.name, limits::kMaxStringBytes, false);
      in_.string("growth/rationales", init.rationale);
      const std::size_t skills = in_.count("growth/skills/count", limits::kMaxListItems, 4);
      init.skills.resize(skills);
      ix.growth_skills[g].resize(skills);
      for (std::size_t k = 0; k < skills && in_.ok(); ++k) {
        std::uint32_t s = 0;
        if (!skill_index(ix, "growth/skills", s)) return false;
        if (k > 0 && s <= static_cast<std::uint32_t>(ix.growth_skills[g][k - 1]))
          return in_.fail("growth/skills", "strictly increasing skill indices per initiative", std::to_string(s));
        ix.growth_skills[g][k] = static_cast<std::int32_t>(s);
        if (!reference("growth/skills", ix.skill_ids[s], &init.skills[k])) return false;
      }
      const std::size_t roles_n = in_.count("growth/roles/count", limits::kMaxListItems, 5);
      init.roles.resize(roles_n);
      for (std::size_t k = 0; k < roles_n && in_.ok(); ++k) {
        if (!in_.string("growth/roles", init.roles[k], limits::kMaxStringBytes, false)) return false;
        if (k > 0 && !(init.roles[k - 1] < init.roles[k]))
          return in_.fail("growth/roles", "role ids in strictly increasing byte order per initiative", "\"" + clip(init.roles[k]) + "\"");
      }
      if (in_.ok() && g > 0) {
        const GrowthInitiative& a = o.growth[g - 1];
        if (std::tie(init.name, init.rationale, init.skills, init.roles) < std::tie(a.name, a.rationale, a.skills, a.roles))
          return in_.fail("growth", "initiatives in canonical order (name, rationale, skills, roles)", "initiative " + std::to_string(g) + " out of order");
      }
    }
    return in_.leave();
  }

  // Built into `t`, or only checked when `t` is null (nothing is copied then).
  bool read_taxonomy(const CatalogIndex& ix, Taxonomy* t) {
    if (!in_.enter("TAXO", "taxonomy")) return false;
    const bool present = in_.flag("present");
    if (in_.ok() && present != ix.has_taxonomy)
      return in_.fail("present", ix.has_taxonomy ? "1 (the skills say there is a taxonomy)" : "0 (the skills say there is no taxonomy)", present ? "1" : "0");
    std::size_t expected = 0;
    for (std::size_t s = 0; s < ix.skill_count(); ++s) expected += ix.skill_in_taxonomy[s] ? 1 : 0;
    const std::size_t count = in_.count("count", limits::kMaxSkills, 12);
    if (in_.ok() && count != expected)
      return in_.fail("count", std::to_string(expected) + " skills (those flagged as in the taxonomy)", std::to_string(count));
    std::vector<std::uint8_t> seen(ix.skill_count(), 0);
    if (t) {
      t->present = present;
      t->skills.resize(count);
    }
    std::string_view text;
    for (std::size_t i = 0; i < count && in_.ok(); ++i) {
      TaxonomySkill* skill = t ? &t->skills[i] : nullptr;
      std::uint32_t s = 0;
      if (!skill_index(ix, "skills", s)) return false;
      if (!ix.skill_in_taxonomy[s] || seen[s])
        return in_.fail("skills", "each taxonomy skill once", "skill " + std::to_string(s) + (seen[s] ? " again" : ", not in the taxonomy"));
      seen[s] = 1;
      if (!reference("skills", ix.skill_ids[s], skill ? &skill->id : nullptr) ||
          !reference("skills", ix.skill_labels[s], skill ? &skill->label : nullptr))
        return false;
      const std::size_t aliases = in_.count("aliases/count", limits::kMaxListItems, 5);
      if (skill) skill->aliases.resize(aliases);
      for (std::size_t k = 0; k < aliases && in_.ok(); ++k)
        if (in_.text("aliases", text, limits::kMaxStringBytes, false) && skill) skill->aliases[k].assign(text.data(), text.size());
      const std::size_t broader = in_.count("broader/count", limits::kMaxListItems, 4);
      if (skill) skill->broader.resize(broader);
      for (std::size_t k = 0; k < broader && in_.ok(); ++k) {
        const std::uint32_t ref = in_.u32("broader");
        if (!in_.ok()) return false;
        if (ref == kInlineString) {
          if (!in_.text("broader", text, limits::kMaxStringBytes, false)) return false;
          // Only ids that are not interned skills are spelled out (one form per index).
          if (std::binary_search(ix.skill_ids.begin(), ix.skill_ids.end(), text,
                                 [](std::string_view a, std::string_view b) { return a < b; }))
            return in_.fail("broader", "an id that is not an interned skill (those are indices)", "\"" + clip(std::string(text)) + "\"");
          if (skill) skill->broader[k].assign(text.data(), text.size());
        } else if (ref >= ix.skill_count()) {
          return in_.fail("broader", "a skill index below " + std::to_string(ix.skill_count()) + " or 0xffffffff", std::to_string(ref));
        } else if (!reference("broader", ix.skill_ids[ref], skill ? &skill->broader[k] : nullptr)) {
          return false;
        }
      }
    }
    return in_.leave();
  }

  bool warnings(CatalogIndex& ix) {
    if (!in_.enter("WARN", "warnings")) return false;
    const std::size_t count = in_.count("count", kNoLimit, 8);
    ix.warnings.resize(count);
    for (std::size_t k = 0; k < count && in_.ok(); ++k) {
      in_.string("paths", ix.warnings[k].path, kMaxWarningStringBytes);
      in_.string("messages", ix.warnings[k].message, kMaxWarningStringBytes);
    }
    return in_.leave();
  }

  // What build_index derives and the snapshot does not repeat: postings, mandatory flags,
  // growth roles, thresholds in units, match factors.
  bool derive(CatalogIndex& ix) {
    const std::size_t n = ix.skill_count(), courses = ix.course_count();
    const Organization& o = ix.organization;
    const Policy& p = o.policy;
    ix.match_by_hops.assign(static_cast<std::size_t>(p.taxonomy_max_hops) + 1, 1.0);
    for (int h = 1; h <= p.taxonomy_max_hops; ++h) ix.match_by_hops[h] = ix.match_by_hops[h - 1] * p.taxonomy_decay;
    ix.personal_threshold = to_units(p.personal_threshold);
    ix.org_threshold = to_units(p.org_threshold);
    ix.borderline_margin = to_units(p.borderline_margin);

    ix.course_mandatory.assign(courses, 0);
    for (const std::string& m : o.mandatory)
      if (const std::int32_t c = ix.find_course(m); c >= 0) ix.course_mandatory[c] = 1;
    ix.growth_roles.assign(o.growth.size(), {});
    for (std::size_t g = 0; g < o.growth.size(); ++g)
      for (const std::string& r : o.growth[g].roles)
        if (const std::int32_t role = ix.find_role(r); role >= 0) ix.growth_roles[g].push_back(role);

    // Postings by counting sort over skills, courses in id order within each skill (as build_index).
    const std::size_t pairs = ix.course_skill.size();
    ix.posting_begin.assign(n + 1, 0);
    for (std::int32_t s : ix.course_skill) ++ix.posting_begin[s + 1];
    for (std::size_t s = 0; s < n; ++s) ix.posting_begin[s + 1] += ix.posting_begin[s];
    ix.posting_course.resize(pairs);
    ix.posting_level.resize(pairs);
    ix.posting_share.resize(pairs);
    std::vector<std::uint32_t> fill(ix.posting_begin.begin(), ix.posting_begin.end() - 1);
    for (std::size_t c = 0; c < courses; ++c)
      for (std::uint32_t k = ix.course_skill_begin[c]; k < ix.course_skill_begin[c + 1]; ++k) {
        const std::uint32_t slot = fill[ix.course_skill[k]]++;
        ix.posting_course[slot] = static_cast<std::int32_t>(c);
        ix.posting_level[slot] = ix.course_skill_level[k];
        ix.posting_share[slot] = ix.course_skill_share[k];
      }
    return true;
  }

  static std::string clip(const std::string& s) {
    if (s.size() <= 40) return s;
    std::size_t end = 40;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end) + "...";
  }

  std::string_view bytes_;
  Cursor in_;
  std::size_t references_ = 0;
};

}  // namespace

bool read_snapshot(std::string_view bytes, CatalogIndex& out, Taxonomy& taxonomy_out, Error& error) {
  CatalogIndex index;
  Taxonomy taxonomy;
  SnapshotReader reader(bytes, error);
  if (!reader.read(index, &taxonomy, nullptr)) return false;
  out = std::move(index);
  taxonomy_out = std::move(taxonomy);
  return true;
}

bool read_snapshot(std::string_view bytes, CatalogIndex& out, SnapshotTaxonomy& taxonomy_out, Error& error) {
  CatalogIndex index;
  SnapshotTaxonomy taxonomy;
  SnapshotReader reader(bytes, error);
  if (!reader.read(index, nullptr, &taxonomy)) return false;
  out = std::move(index);
  taxonomy_out = std::move(taxonomy);
  return true;
}

bool read_snapshot_taxonomy(const SnapshotTaxonomy& section, const CatalogIndex& index, Taxonomy& out, Error& error) {
  Taxonomy taxonomy;
  SnapshotReader reader(section.bytes, error, section.offset);
  if (!reader.read_taxonomy_section(index, taxonomy)) return false;
  out = std::move(taxonomy);
  return true;
}

}  // namespace sweetspot
