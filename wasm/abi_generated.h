// GENERATED from wasm/abi.json by scripts/gen-abi.mjs: edit that file, then run the script.
// The C ABI's version and the records the bindings return, as web/src/marshal.js reads them.
#pragma once
#include <cstdint>

namespace sweetspot_wasm {

constexpr std::uint32_t kAbiVersion = 10;

// The outcome of a call: ok, then (pointer, byte length) of json, path, expected, found and message. On success only json is set (the snapshot's bytes for ss_compile_catalog); on failure only the four error strings.
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

// The per-course arrays of an engine's last classify: course count, then the four typed-array pointers (uint16 personal and org units, uint8 quadrant codes and flag bits); then its totals: courses per quadrant (in quadrant code order), no personal agenda (0 or 1), and the two thresholds in score units.
struct Arrays {
  std::uint32_t count;
  const std::uint16_t* personal;
  const std::uint16_t* org;
  const std::uint8_t* quadrant;
  const std::uint8_t* flags;
  std::uint32_t sweet_spot;
  std::uint32_t uphill;
  std::uint32_t gift;
  std::uint32_t waste;
  std::uint32_t no_personal_agenda;
  std::uint32_t personal_threshold;
  std::uint32_t org_threshold;
};
static_assert(sizeof(Arrays) == 12 * 4, "Arrays must be 12 uint32 words on wasm32");

// The loaded courses: count, the UTF-8 block of every id then every title (pointer, byte length), and the pointer to its 2 * count + 1 uint32 byte offsets.
struct CourseList {
  std::uint32_t count;
  const char* text;
  std::uint32_t text_len;
  const std::uint32_t* offsets;
};
static_assert(sizeof(CourseList) == 4 * 4, "CourseList must be 4 uint32 words on wasm32");

}  // namespace sweetspot_wasm
