// What the snapshot reader and writer share: the byte order, the format's own constants and the
// limits a snapshot must keep (docs/snapshot.md describes the format byte for byte).
#pragma once
#include <cstdint>
#include <cstring>
#include <limits>

#include "documents/input_limits.h"

namespace sweetspot::snapshot {

#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
constexpr bool kLittleEndianHost = false;
#else
constexpr bool kLittleEndianHost = true;
#endif

// The WebAssembly build compiles for size (-Oz), which would leave these one-liners as calls in the
// hash's inner loop (a third of the hash time).
#if defined(__GNUC__) || defined(__clang__)
#define SWEETSPOT_INLINE inline __attribute__((always_inline))
#else
#define SWEETSPOT_INLINE inline
#endif

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

// ---- limits beyond input_limits.h -----------------------------------------------------------------

// Interned skills: the taxonomy's plus every other id the organization and the catalog name.
inline constexpr std::size_t kMaxSnapshotSkills = limits::kMaxSkills + limits::kMaxCourses * limits::kMaxSkillsPerCourse;
inline constexpr std::size_t kMaxCourseSkills = limits::kMaxCourses * limits::kMaxSkillsPerCourse;
inline constexpr std::size_t kNoLimit = std::numeric_limits<std::uint32_t>::max();  // bounded by the bytes left
// Warnings quote ids and keys (each up to the string limit) inside a sentence or a pointer.
inline constexpr std::size_t kMaxWarningStringBytes = 4 * limits::kMaxStringBytes;
// Strings the reader materializes from indices (a role's skill ids, the taxonomy's ids and labels,
// broader ids): each was spelled out in the JSON documents the snapshot was compiled from, so an
// honest snapshot never needs more than that; a hostile one could otherwise name one long id
// millions of times and make the reader copy it as often.
inline constexpr std::size_t kMaxReferenceBytes = 2 * limits::kMaxDocumentBytes;
inline constexpr std::uint32_t kInlineString = 0xFFFFFFFFu;  // a broader reference that is not an interned skill

inline constexpr const char* kNeeds[4] = {"job", "improve", "future", "leadership"};

}  // namespace sweetspot::snapshot
