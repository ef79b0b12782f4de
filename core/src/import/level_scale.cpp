#include "import/level_scale.h"

#include "import/text_fields.h"

namespace sweetspot::import {
namespace {

// Rounding half up of numerator / denominator, both ≥ 0: floor((2n + d) / 2d).
std::int64_t round_half_up(std::int64_t numerator, std::int64_t denominator) {
  return (2 * numerator + denominator) / (2 * denominator);
}

std::optional<std::int64_t> parse_bound(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 7) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<LevelScale> parse_level_scale(std::string_view name) {
  name = trim(name);
  if (name == "percent" || name == "%") return LevelScale{0, 100, true, "percent"};
  std::size_t dash = name.find('-');
  std::size_t dash_length = 1;
  if (dash == std::string_view::npos) {
    dash = name.find("\xE2\x80\x93");  // en dash, as typed in documents ("1–5")
    dash_length = 3;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  const auto lo = parse_bound(name.substr(0, dash));
  const auto hi = parse_bound(name.substr(dash + dash_length));
  if (!lo || !hi || *lo >= *hi || *hi > 1000000) return std::nullopt;
  return LevelScale{*lo, *hi, false, std::to_string(*lo) + "-" + std::to_string(*hi)};
}

std::optional<std::int64_t> parse_decimal_nanos(std::string_view text) {
  std::string_view s = trim(text);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  std::int64_t whole = 0, fraction = 0, scale = kNanosPerUnit;
  bool digits = false, point = false;
  for (char c : s) {
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    digits = true;
    if (!point) {
      whole = whole * 10 + (c - '0');
      if (whole > 1000000000) return std::nullopt;
    } else if (scale > 1) {
      scale /= 10;
      fraction += (c - '0') * scale;
    }
  }
  if (!digits) return std::nullopt;
  const std::int64_t value = whole * kNanosPerUnit + fraction;
  return negative ? -value : value;
}

// Why dropping digits past the 9th decimal is exact: the level changes where 5v/max or
// 4(v − min)/(max − min) crosses k + ½, i.e. at v = min + (2k + 1)(max − min)/(2 × 5) or /(2 × 4).
// With integer bounds those points are multiples of 1/10 or 1/8, so they have at most 3 decimals
// and a truncated v falls on the same side of each of them.
int to_engine_level(std::int64_t value_nanos, const LevelScale& scale) {
  const std::int64_t min = scale.min * kNanosPerUnit;
  const std::int64_t span = (scale.max - scale.min) * kNanosPerUnit;
  if (scale.min == 0) return static_cast<int>(round_half_up(5 * value_nanos, span));
  return 1 + static_cast<int>(round_half_up(4 * (value_nanos - min), span));
}

std::optional<int> to_engine_level(std::string_view text, const LevelScale& scale, std::string& problem) {
  std::string_view s = trim(text);
  if (scale.percent && !s.empty() && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
  const auto value = parse_decimal_nanos(s);
  const std::string range = std::to_string(scale.min) + ".." + std::to_string(scale.max) + (scale.percent ? " (percent)" : "");
  if (!value) {
    problem = "a number " + range;
    return std::nullopt;
  }
  if (*value < scale.min * kNanosPerUnit || *value > scale.max * kNanosPerUnit) {
    problem = "a number " + range;
    return std::nullopt;
  }
  return to_engine_level(*value, scale);
}

}  // namespace sweetspot::import
