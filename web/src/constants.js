// Codes shared with the engine's typed arrays. The values themselves are generated from
// wasm/abi.json into abi.js (scripts/gen-abi.mjs); this file adds what is computed from them.

import { FLAGS } from './abi.js';

export { QUADRANTS, FLAGS, SCHEMA, SCORE_UNITS, REASON_SOURCES, AXES } from './abi.js';

const FLAG_ENTRIES = Object.entries(FLAGS);

/** The flag names set in a bit mask, in the engine's order. */
export function flagNames(bits) {
  const names = [];
  for (const [name, bit] of FLAG_ENTRIES) if (bits & bit) names.push(name);
  return names;
}
