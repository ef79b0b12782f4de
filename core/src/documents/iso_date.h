// ISO 8601 calendar dates (YYYY-MM-DD) without a clock: the engine is told the day (asOf).
#pragma once
#include <optional>
#include <string>

#include "model.h"

namespace sweetspot {

// Parses exactly "YYYY-MM-DD" with a real calendar day (leap years included), years 1900..9999.
std::optional<Date> parse_iso_date(const std::string& text);

std::string format_iso_date(const Date& date);

// Whole years from `from` to `to` as on a birthday: 2024-02-29 -> 2026-02-28 is 1 year.
int whole_years_between(const Date& from, const Date& to);

}  // namespace sweetspot
