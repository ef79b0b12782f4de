// Proficiency and rating scales of other frameworks mapped onto the engine's integer levels 0..5.
//
// A scale is a range [min, max] of integers. The value v is placed linearly, and the result is
// rounded half up (exactly: the arithmetic is on integers, never on binary floating point):
//   min = 0:  level = round(5 × v / max)                       (0 stays "none": O*NET LV 0–7, %)
//   min ≥ 1:  level = 1 + round(4 × (v − min) / (max − min))   (the bottom of a 1-based scale is
//                                                               already "some": 1–5 is the identity)
// Named scales: "0-5", "1-5", "1-8", "0-7", "1-100", "percent" (0–100, a trailing % allowed); any
// other "A-B" with integers 0 ≤ A < B ≤ 1000000 works the same way.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sweetspot::import {

struct LevelScale {
  std::int64_t min = 0;
  std::int64_t max = 5;
  bool percent = false;  // accepts "37%" as well as "37"
  std::string name = "0-5";
};

// "1-5", "1–5" (en dash), "percent" or "%"; nullopt for anything else.
std::optional<LevelScale> parse_level_scale(std::string_view name);

// A decimal number as an integer count of 10^-9 ("4.38" -> 4380000000). Accepts an optional sign,
// digits, one '.', more digits; digits past the 9th decimal are dropped (they cannot change a
// result: see level_scale.cpp). Magnitude at most 10^9. nullopt for anything else.
std::optional<std::int64_t> parse_decimal_nanos(std::string_view text);

constexpr std::int64_t kNanosPerUnit = 1000000000;

// The engine level for `text` on `scale`. On failure nullopt, and `problem` says what was wrong
// ("not a number", "outside 1..5").
std::optional<int> to_engine_level(std::string_view text, const LevelScale& scale, std::string& problem);
// The same for a value already in 10^-9 units (inside the scale's range).
int to_engine_level(std::int64_t value_nanos, const LevelScale& scale);

}  // namespace sweetspot::import
