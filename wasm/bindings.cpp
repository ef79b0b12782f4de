// The C ABI of the WebAssembly module: plain extern "C" functions over sweetspot::Engine, JSON text
// in and out. No scoring logic lives here; every function forwards to engine.h and reports the
// Outcome through one Result record that JS reads as 32-bit words (see web/src/module.js).
//
// Strings cross as (pointer, byte length) pairs of UTF-8 in wasm memory: JS writes inputs into
// buffers from ss_alloc and reads outputs straight out of the Result, which stays valid until the
// next call into the module. The module is single-threaded, so one Result serves every engine.
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>
#include <unistd.h>

#include "sweetspot/engine.h"

namespace {

constexpr std::uint32_t kAbiVersion = 2;

// Read by JS as 11 consecutive uint32 words: ok, then (pointer, length) for json, path, expected,
// found and message. On success only json is set; on failure only the four error strings.
struct Result {
  std::uint32_t ok;
  const char* json;
  std::uint32_t json_len;
  const char* path;
  std::uint32_t path_len;
  const char* expected;
  std::uint32_t expected_len;
  const char* found;
  std::uint32_t found_len;
  const char* message;
  std::uint32_t message_len;
};
static_assert(sizeof(Result) == 11 * 4, "Result must be 11 uint32 words on wasm32");

// Read by JS as 5 uint32 words: course count, then the four typed-array pointers.
struct Arrays {
  std::uint32_t count;
  const std::uint16_t* personal;
  const std::uint16_t* org;
  const std::uint8_t* quadrant;
  const std::uint8_t* flags;
};
static_assert(sizeof(Arrays) == 5 * 4, "Arrays must be 5 uint32 words on wasm32");

sweetspot::Outcome g_outcome;
Result g_result;
Arrays g_arrays;

const Result* publish(sweetspot::Outcome&& outcome) {
  g_outcome = std::move(outcome);
  const sweetspot::Outcome& o = g_outcome;
  g_result.ok = o.ok ? 1u : 0u;
  g_result.json = o.json.data();
  g_result.json_len = static_cast<std::uint32_t>(o.json.size());
  g_result.path = o.error.path.data();
  g_result.path_len = static_cast<std::uint32_t>(o.error.path.size());
  g_result.expected = o.error.expected.data();
  g_result.expected_len = static_cast<std::uint32_t>(o.error.expected.size());
  g_result.found = o.error.found.data();
  g_result.found_len = static_cast<std::uint32_t>(o.error.found.size());
  g_result.message = o.error.message.data();
  g_result.message_len = static_cast<std::uint32_t>(o.error.message.size());
  return &g_result;
}

std::string_view text(const char* data, std::uint32_t len) { return std::string_view(data ? data : "", data ? len : 0); }

}  // namespace

extern "C" {

std::uint32_t ss_abi_version() { return kAbiVersion; }

// The top of the malloc heap (sbrk(0)): grows when live allocations outgrow the free space, so a leak
// shows here long before linear memory itself has to grow. For tests and diagnostics.
std::uint32_t ss_heap_top() { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sbrk(0))); }

void* ss_alloc(std::uint32_t size) { return std::malloc(size ? size : 1); }
void ss_free(void* p) { std::free(p); }

sweetspot::Engine* ss_engine_new() { return new (std::nothrow) sweetspot::Engine(); }
void ss_engine_delete(sweetspot::Engine* e) { delete e; }

const Result* ss_engine_load(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->load(text(json, len)));
}

const Result* ss_engine_classify(sweetspot::Engine* e, const char* json, std::uint32_t len, int pretty) {
  return publish(e->classify(text(json, len), pretty != 0));
}

const Result* ss_engine_classify_compact(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->classify_compact(text(json, len)));
}

// The per-course arrays of the last classify (empty before one). Valid until the next load or
// classify on this engine; JS must build its views after every call, since memory may have grown.
const Arrays* ss_engine_arrays(sweetspot::Engine* e) {
  g_arrays.count = e->loaded() ? static_cast<std::uint32_t>(e->course_count()) : 0u;
  g_arrays.personal = e->personal_units();
  g_arrays.org = e->org_units();
  g_arrays.quadrant = e->quadrants();
  g_arrays.flags = e->flags();
  return &g_arrays;
}

const Result* ss_engine_explain(sweetspot::Engine* e, std::int32_t course_index) {
  return publish(e->explain(course_index));
}

const Result* ss_engine_courses(sweetspot::Engine* e) { return publish(e->courses_json()); }

const Result* ss_engine_audit(sweetspot::Engine* e, const char* json, std::uint32_t len, int pretty) {
  return publish(e->audit(text(json, len), pretty != 0));
}

const Result* ss_engine_suggest_skills(sweetspot::Engine* e, const char* json, std::uint32_t len) {
  return publish(e->suggest_skills(text(json, len)));
}

const Result* ss_classify_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::classify_document(text(json, len), pretty != 0));
}

const Result* ss_audit_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::audit_document(text(json, len), pretty != 0));
}

const Result* ss_validate_document(const char* json, std::uint32_t len, int pretty) {
  return publish(sweetspot::validate_document(text(json, len), pretty != 0));
}

}  // extern "C"
