// What both WebAssembly modules (sweetspot-core: bindings.cpp; sweetspot-import: import_bindings.cpp)
// share with web/src/module.js: the ABI version, the Result record JS reads as 11 uint32 words, and
// the memory exports. Bump kAbiVersion and ABI_VERSION in web/src/module.js together.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <unistd.h>

#include "sweetspot/engine.h"

namespace sweetspot_wasm {

constexpr std::uint32_t kAbiVersion = 4;  // 3: ss_engine_load_snapshot, ss_compile_catalog; 4: ss_engine_course_list

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

// The last outcome, kept alive until the next call (the module is single-threaded).
inline const Result* publish(sweetspot::Outcome&& outcome) {
  static sweetspot::Outcome kept;
  static Result result;
  kept = std::move(outcome);
  const sweetspot::Outcome& o = kept;
  result.ok = o.ok ? 1u : 0u;
  result.json = o.json.data();
  result.json_len = static_cast<std::uint32_t>(o.json.size());
  result.path = o.error.path.data();
  result.path_len = static_cast<std::uint32_t>(o.error.path.size());
  result.expected = o.error.expected.data();
  result.expected_len = static_cast<std::uint32_t>(o.error.expected.size());
  result.found = o.error.found.data();
  result.found_len = static_cast<std::uint32_t>(o.error.found.size());
  result.message = o.error.message.data();
  result.message_len = static_cast<std::uint32_t>(o.error.message.size());
  return &result;
}

inline std::string_view text(const char* data, std::uint32_t len) {
  return std::string_view(data ? data : "", data ? len : 0);
}

}  // namespace sweetspot_wasm

// Exported by both modules.
#define SWEETSPOT_WASM_COMMON_EXPORTS                                                                    \
  std::uint32_t ss_abi_version() { return sweetspot_wasm::kAbiVersion; }                                 \
  std::uint32_t ss_heap_top() { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sbrk(0))); } \
  void* ss_alloc(std::uint32_t size) { return std::malloc(size ? size : 1); }                            \
  void ss_free(void* p) { std::free(p); }
