// What both WebAssembly modules share with web/src/marshal.js: the ABI version and the records
// (wasm/abi_generated.h, generated from wasm/abi.json), how an Outcome becomes a Result, and the
// memory exports.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <unistd.h>

#include "abi_generated.h"
#include "sweetspot/engine.h"

namespace sweetspot_wasm {

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

// Exported by every module.
#define SWEETSPOT_WASM_COMMON_EXPORTS                                                                    \
  std::uint32_t ss_abi_version() { return sweetspot_wasm::kAbiVersion; }                                 \
  std::uint32_t ss_heap_top() { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sbrk(0))); } \
  void* ss_alloc(std::uint32_t size) { return std::malloc(size ? size : 1); }                            \
  void ss_free(void* p) { std::free(p); }
