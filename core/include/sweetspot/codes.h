// GENERATED from wasm/abi.json by scripts/gen-abi.mjs: edit that file, then run the script.
// The codes of the engine's results: what its per-course arrays hold and the names its JSON writes.
// The JS package reads the same values from web/src/abi.js.
#pragma once
#include <cstdint>

namespace sweetspot {

// The schema every document and result names.
constexpr const char* kSchema = "sweetspot/1";

enum Quadrant : std::uint8_t { kSweetSpot = 0, kUphill = 1, kGift = 2, kWaste = 3 };
constexpr int kQuadrantCount = 4;
constexpr const char* kQuadrantNames[kQuadrantCount] = {"sweet_spot", "uphill", "gift", "waste"};

enum Flag : std::uint8_t {
  kFlagMandatory = 1,
  kFlagCompleted = 2,
  kFlagMastered = 4,
  kFlagBorderline = 8,
  kFlagNoPersonalAgenda = 16,
};
struct FlagName {
  Flag bit;
  const char* name;
};
// In the order results list them.
constexpr FlagName kFlagNames[] = {
    {kFlagMandatory, "mandatory"},
    {kFlagCompleted, "completed"},
    {kFlagMastered, "mastered"},
    {kFlagBorderline, "borderline"},
    {kFlagNoPersonalAgenda, "no_personal_agenda"},
};

// Scores are integers in units of 1/kScoreUnits, in the engine and across the boundary.
constexpr int kScoreUnits = 10000;

}  // namespace sweetspot
