// The snapshot's checksum: XXH64 of the payload, as stored in the header (docs/snapshot.md).
#include "index/catalog_snapshot.h"
#include "index/snapshot_format.h"

namespace sweetspot {
namespace {

using snapshot::le32;
using snapshot::le64;

// ---- XXH64 (Yann Collet's xxHash, 64-bit, seed 0) ----------------------------------------------

constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ull, kP2 = 0xC2B2AE3D27D4EB4Full, kP3 = 0x165667B19E3779F9ull,
                        kP4 = 0x85EBCA77C2B2AE63ull, kP5 = 0x27D4EB2F165667C5ull;

SWEETSPOT_INLINE std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
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

}  // namespace

std::uint64_t snapshot_hash(const void* data, std::size_t size) { return xxh64(static_cast<const unsigned char*>(data), size); }

}  // namespace sweetspot
