// The audit as CSV: one file of courses, one of learners, cells as `sweetspot audit --format csv`
// writes them (the same formula-injection guard).

import { AUDIT_QUADRANTS } from './audit-chart.js';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 * The same rule as `sweetspot audit --format csv`.
 */
export function csvCell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells) => `${cells.join(',')}\r\n`;

/** course,title,sweet_spot,uphill,gift,waste,waste_for_most — byte for byte the CLI's `--format csv`. */
export function auditCoursesCsv(report) {
  const most = new Set((report?.wasteForMost ?? []).map((w) => w.course));
  let out = row(['course', 'title', ...AUDIT_QUADRANTS, 'waste_for_most']);
  for (const c of report?.courses ?? []) {
    out += row([csvCell(c.course), csvCell(c.title), ...AUDIT_QUADRANTS.map((q) => Number(c[q]) || 0), most.has(c.course)]);
  }
  return out;
}

/** One row per learner, as the CLI's `--learners-csv`. */
export function auditLearnersCsv(report) {
  let out = row(['learner', 'team', 'role', 'years_in_role', 'stagnant', 'sweet_spot_completed', 'sweet_spot_available',
    'no_personal_agenda', ...AUDIT_QUADRANTS]);
  for (const l of report?.learnerResults ?? []) {
    out += row([csvCell(l.learner), csvCell(l.team ?? ''), csvCell(l.role ?? ''), l.yearsInRole ?? '', !!l.stagnant,
      Number(l.sweetSpotCompleted) || 0, Number(l.sweetSpotAvailable) || 0, !!l.noPersonalAgenda,
      ...AUDIT_QUADRANTS.map((q) => Number(l.summary?.[q]) || 0)]);
  }
  return out;
}

// ---- styles ----------------------------------------------------------------------------------
