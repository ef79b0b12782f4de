// The catalog audit as an admin reads it outside JSON: CSV (courses, learners), a self-contained
// HTML report (inline CSS and SVG, no script), and the aligned terminal table.
#pragma once
#include <string>
#include <string_view>

#include "sweetspot/audit.h"

namespace sweetspot::cli {

// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
// spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
// leading apostrophe first.
std::string csv_text(std::string_view s);

// course,title,sweet_spot,uphill,gift,waste,waste_for_most — one row per course, CRLF line ends.
std::string audit_courses_csv(const AuditReport& report);
// learner,team,role,years_in_role,stagnant,sweet_spot_completed,sweet_spot_available,
// no_personal_agenda,sweet_spot,uphill,gift,waste — one row per learner.
std::string audit_learners_csv(const AuditReport& report);

// Every string HTML-escaped; stacked bars in inline SVG with a pattern, a label and a number for
// each quadrant (never colour alone). `team`: the team the report was filtered to, or "".
std::string audit_html(const AuditReport& report, std::string_view team = {});

std::string audit_table(const AuditReport& report);

}  // namespace sweetspot::cli
