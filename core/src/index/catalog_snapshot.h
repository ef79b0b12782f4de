// The catalog snapshot: a compiled, binary form of taxonomy + organization + catalog (docs/snapshot.md).
// An LMS server or admin tool compiles the JSON once (Engine's compile_catalog); every learner's
// browser then loads the snapshot in milliseconds instead of parsing, validating and indexing the
// JSON again. The bytes are input like any other: read_snapshot() validates all of it (checksum,
// every count against input_limits.h and the bytes left, every index, CSR offsets, sortedness,
// shares, levels, UTF-8) before anything uses it, and refuses what is wrong with an Error whose
// path names the section, the field and the byte offset ("snapshot:/courses/skills@1234").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "index/catalog_index.h"
#include "model.h"
#include "sweetspot/diagnostics.h"
#include "sweetspot/engine.h"  // kMaxSnapshotBytes

namespace sweetspot {

inline constexpr char kSnapshotMagic[8] = {'S', 'W', 'S', 'P', 'C', 'A', 'T', '1'};
inline constexpr std::uint32_t kSnapshotVersion = 1;
inline constexpr std::size_t kSnapshotHeaderBytes = 32;

// The snapshot of a compiled index and the taxonomy it was compiled from (kept for skill
// suggestions). `index.warnings` is stored as the load's warnings: Engine's compile_catalog puts
// there everything load() would report (reading the documents, then compiling them).
std::string write_snapshot(const CatalogIndex& index, const Taxonomy& taxonomy);

// Reads and validates a snapshot. On success `out` and `taxonomy_out` equal what write_snapshot()
// was given; on failure they are left untouched and `error` says what is wrong and where. The
// index's ids and titles are read where they lie in `bytes` (never copied): `bytes` must outlive it.
bool read_snapshot(std::string_view bytes, CatalogIndex& out, Taxonomy& taxonomy_out, Error& error);

// The taxonomy is needed only for skill suggestions, and building it (ids, labels, aliases, broader
// ids as strings) is a third of a load. This form checks all of it like the one above but keeps the
// taxonomy as its section's bytes, for read_snapshot_taxonomy() to build on first use.
struct SnapshotTaxonomy {
  std::string_view bytes;   // the TAXO section, tag and length included (in the snapshot's bytes)
  std::size_t offset = 0;   // where it starts in the snapshot (errors name offsets in the snapshot)
};
bool read_snapshot(std::string_view bytes, CatalogIndex& out, SnapshotTaxonomy& taxonomy_out, Error& error);
bool read_snapshot_taxonomy(const SnapshotTaxonomy& section, const CatalogIndex& index, Taxonomy& out, Error& error);

// XXH64 (seed 0) of the payload, as stored in the header; exposed for tests and tools.
std::uint64_t snapshot_hash(const void* data, std::size_t size);

}  // namespace sweetspot
