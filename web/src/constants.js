// Codes shared with the engine's typed arrays (core/include/sweetspot/engine.h).

/** Quadrant names by code: quadrants[i] of a classification is an index into this list. */
export const QUADRANTS = Object.freeze(['sweet_spot', 'uphill', 'gift', 'waste']);

/** Flag bits of a classification's flags[i], in the order the engine lists flag names. */
export const FLAGS = Object.freeze({
  mandatory: 1,
  completed: 2,
  mastered: 4,
  borderline: 8,
  no_personal_agenda: 16,
});

const FLAG_ENTRIES = Object.entries(FLAGS);

/** The flag names set in a bit mask, in the engine's order. */
export function flagNames(bits) {
  const names = [];
  for (const [name, bit] of FLAG_ENTRIES) if (bits & bit) names.push(name);
  return names;
}

/** Scores cross the boundary as integers in units of 1/10000. */
export const SCORE_UNITS = 10000;
