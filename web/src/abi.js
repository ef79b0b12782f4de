// GENERATED from wasm/abi.json by scripts/gen-abi.mjs: edit that file, then run the script.
// The values shared with the engine and the WebAssembly bindings.

/** The C ABI version both modules report (ss_abi_version); the package refuses any other. */
export const ABI_VERSION = 10;

/** The schema every document and result names. */
export const SCHEMA = 'sweetspot/1';

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

/** Scores cross the boundary as integers in units of 1/10000. */
export const SCORE_UNITS = 10000;

/** The two axes of a score and of a reason. */
export const AXES = Object.freeze(['personal', 'org']);

/** Where a reason's demand comes from (reason.source). */
export const REASON_SOURCES = Object.freeze(['interest', 'aspiration', 'feedback', 'role', 'priority', 'mandatory']);

/** Word offsets of the records the bindings return (uint32 words on wasm32); read only by marshal.js. */
export const RECORDS = Object.freeze({
  /** The outcome of a call: ok, then (pointer, byte length) of json, path, expected, found and message. On success only json is set (the snapshot's bytes for ss_compile_catalog); on failure only the four error strings. */
  Result: Object.freeze({ ok: 0, json: 1, json_len: 2, path: 3, path_len: 4, expected: 5, expected_len: 6, found: 7, found_len: 8, message: 9, message_len: 10, WORDS: 11 }),
  /** The per-course arrays of an engine's last classify: course count, then the four typed-array pointers (uint16 personal and org units, uint8 quadrant codes and flag bits); then its totals: courses per quadrant (in quadrant code order), no personal agenda (0 or 1), and the two thresholds in score units. */
  Arrays: Object.freeze({ count: 0, personal: 1, org: 2, quadrant: 3, flags: 4, sweet_spot: 5, uphill: 6, gift: 7, waste: 8, no_personal_agenda: 9, personal_threshold: 10, org_threshold: 11, WORDS: 12 }),
  /** The loaded courses: count, the UTF-8 block of every id then every title (pointer, byte length), and the pointer to its 2 * count + 1 uint32 byte offsets. */
  CourseList: Object.freeze({ count: 0, text: 1, text_len: 2, offsets: 3, WORDS: 4 }),
});
