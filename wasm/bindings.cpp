// The C ABI of the WebAssembly modules: plain extern "C" functions over sweetspot::Engine, JSON text
// in and out. No scoring logic lives here; every function forwards to engine.h and reports the
// Outcome through one Result record (wasm/abi.json) that web/src/marshal.js alone reads. Both the
// learner module (learner_exports.txt) and the full one (exports.txt) are linked from this file;
// each keeps only the functions its list exports.
//
// Strings cross as (pointer, byte length) pairs of UTF-8 in wasm memory: JS writes inputs into
// buffers from ss_alloc and reads outputs straight out of the Result, which stays valid until the
// next call into the module. The module is single-threaded, so one Result serves every engine.
#include <cstdint>
#include <new>
#include <string>
#include <string_view>

#include "result.h"
#include "sweetspot/engine.h"

namespace {

using sweetspot_wasm::Arrays;
using sweetspot_wasm::CourseList;
using sweetspot_wasm::publish;
using sweetspot_wasm::text;

// The records ss_engine_arrays and ss_engine_course_list return (layouts in wasm/abi.json), one
// each: the module is single-threaded and JS reads them before its next call.
Arrays g_arrays;
CourseList g_course_list;
// A snapshot as JS writes it (ss_snapshot_buffer), then handed to the engine, which keeps it
// (ss_engine_load_staged_snapshot): one copy of the bytes in wasm memory, where ss_alloc's buffer
// was a second, and the engine reads its ids and titles there (Engine::load_snapshot_moved).
std::string g_staged_snapshot;

}  // namespace

extern "C" {

// ss_abi_version, ss_alloc, ss_free and ss_heap_top (sbrk(0), the top of the malloc heap: it grows
// when live allocations outgrow the free space, so a leak shows here long before linear memory
// itself has to grow; for tests and diagnostics).
SWEETSPOT_WASM_COMMON_EXPORTS

sweetspot::Engine* ss_engine_new() { return new (std::nothrow) sweetspot::Engine(); }
void ss_engine_delete(sweetspot::Engine* e) { delete e; }

const sweetspot_wasm::Result* ss_engine_load(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->load(text(json, len)));
}

// A catalog snapshot (docs/snapshot.md): `bytes` are binary; the Result's json is {courses, skills,
// warnings} as for ss_engine_load.
const sweetspot_wasm::Result* ss_engine_load_snapshot(sweetspot::Engine* e, const char* bytes, std::uint32_t len) {
  return publish(e->load_snapshot(text(bytes, len)));
}

// A buffer of `len` bytes for the snapshot ss_engine_load_staged_snapshot loads next, or null
// when it is larger than any snapshot may be (ss_engine_load_snapshot then says so).
char* ss_snapshot_buffer(std::uint32_t len) {
  if (len > sweetspot::kMaxSnapshotBytes) return nullptr;
  // Not zero-filled: JS writes every byte next, and in a cold page the fill was the first touch of
  // ~270 fresh pages of memory for a 1.1 MB snapshot, then a second pass (memset 4 ms in Chromium's
  // profile of a first load). libc++'s extension, as JsonWriter::grow uses it.
  g_staged_snapshot.__resize_default_init(len);
  return g_staged_snapshot.data();
}

// Loads the snapshot written into ss_snapshot_buffer, as ss_engine_load_snapshot does; the engine
// keeps its bytes (where ss_engine_snapshot says they are) until its next load.
const sweetspot_wasm::Result* ss_engine_load_staged_snapshot(sweetspot::Engine* e) {
  std::string bytes;
  bytes.swap(g_staged_snapshot);
  return publish(e->load_snapshot_moved(std::move(bytes)));
}

// Where the loaded snapshot's bytes lie (null before one, or after a JSON load), valid until the
// engine's next load: after an abort, JS reads them out of the old memory to load them again.
const char* ss_engine_snapshot(sweetspot::Engine* e) { return e->snapshot().data(); }

const sweetspot_wasm::Result* ss_engine_classify(sweetspot::Engine* e, const char* json, std::uint32_t len, int pretty) {
  return publish(e->classify(text(json, len), pretty != 0));
}

const sweetspot_wasm::Result* ss_engine_classify_compact(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->classify_compact(text(json, len)));
}

// The per-course arrays of the last classify (empty before one). Valid until the next load or
// classify on this engine; JS must build its views after every call, since memory may have grown.
const Arrays* ss_engine_arrays(sweetspot::Engine* e) {
  g_arrays.count = static_cast<std::uint32_t>(e->scored_count());
  g_arrays.personal = e->personal_units();
  g_arrays.org = e->org_units();
  g_arrays.quadrant = e->quadrants();
  g_arrays.flags = e->flags();
  const sweetspot::Engine::Totals totals = e->totals();
  g_arrays.sweet_spot = totals.counts[sweetspot::kSweetSpot];
  g_arrays.uphill = totals.counts[sweetspot::kUphill];
  g_arrays.gift = totals.counts[sweetspot::kGift];
  g_arrays.waste = totals.counts[sweetspot::kWaste];
  g_arrays.no_personal_agenda = totals.no_personal_agenda ? 1 : 0;
  g_arrays.personal_threshold = static_cast<std::uint32_t>(totals.personal_threshold);
  g_arrays.org_threshold = static_cast<std::uint32_t>(totals.org_threshold);
  return &g_arrays;
}

const sweetspot_wasm::Result* ss_engine_explain(sweetspot::Engine* e, std::int32_t course_index) {
  return publish(e->explain(course_index));
}

// One course in full for the learner of `request` (the text a classify read), whatever the engine
// classified since: results stand alone (Engine::explain_learner).
const sweetspot_wasm::Result* ss_engine_explain_learner(sweetspot::Engine* e, const char* json, std::uint32_t len,
                                                         std::int32_t course_index) {
  return publish(e->explain_learner(text(json, len), course_index));
}

// The loaded courses' ids and titles, in index order, without a JSON round trip (a 10,000-course
// list took 13 ms as JSON to build, decode and parse; as one block of text, 0.5 ms, Node). Valid until
// the next load on this engine.
const CourseList* ss_engine_course_list(sweetspot::Engine* e) {
  const sweetspot::Engine::CourseList list = e->course_list();
  g_course_list.count = static_cast<std::uint32_t>(list.count);
  g_course_list.text = list.text.data();
  g_course_list.text_len = static_cast<std::uint32_t>(list.text.size());
  g_course_list.offsets = list.offsets;
  return &g_course_list;
}

// The index of the course whose id is the UTF-8 text at (id, len), or -1: how JS answers
// courseIndex(id) without reading every id out of memory first.
std::int32_t ss_engine_find_course(sweetspot::Engine* e, const char* id, std::uint32_t len) {
  return static_cast<std::int32_t>(e->find_course(text(id, len)));
}

const sweetspot_wasm::Result* ss_engine_audit(sweetspot::Engine* e, const char* json, std::uint32_t len, int pretty) {
  return publish(e->audit(text(json, len), pretty != 0));
}

const sweetspot_wasm::Result* ss_engine_suggest_skills(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->suggest_skills(text(json, len)));
}

const sweetspot_wasm::Result* ss_classify_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::classify_document(text(json, len), pretty != 0));
}

const sweetspot_wasm::Result* ss_audit_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::audit_document(text(json, len), pretty != 0));
}

// {taxonomy?, organization, catalog} -> a catalog snapshot: on success the Result's json pointer and
// length carry the snapshot's BYTES (binary; JS copies them into a Uint8Array, never decodes them).
const sweetspot_wasm::Result* ss_compile_catalog(const char* json, std::uint32_t len) {
  return publish(sweetspot::compile_catalog(text(json, len)));
}

const sweetspot_wasm::Result* ss_validate_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::validate_document(text(json, len), pretty != 0));
}

}  // extern "C"
