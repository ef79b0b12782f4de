#!/usr/bin/env node
// Writes every copy of the shared constants from their one source, wasm/abi.json (as yoga's
// enums.py does for its languages): the engine's codes core/include/sweetspot/codes.h (quadrants,
// flag bits, score units), the JS module web/src/abi.js, the C++ header wasm/abi_generated.h (ABI
// version and the records the bindings return), and the block of web/index.d.ts between the
// "generated" markers (web/src/ui.d.ts takes its types from there).
//   node scripts/gen-abi.mjs           write the files
//   node scripts/gen-abi.mjs --check   write nothing; exit 1 naming each file that differs
// tests/js/abi.test.mjs runs --check, so a hand edit of a generated copy fails the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = 'wasm/abi.json';
const abi = JSON.parse(readFileSync(ROOT + SOURCE, 'utf8'));
const BANNER = `GENERATED from ${SOURCE} by scripts/gen-abi.mjs: edit that file, then run the script.`;
export const DTS_BEGIN = `// ---- ${BANNER}`;
export const DTS_END = '// ---- end of the generated block';

const q = (s) => `'${s}'`;
const union = (names) => names.map(q).join(' | ');

function js() {
  const records = Object.entries(abi.records).map(([name, { about, fields }]) => {
    const words = fields.map(([f], i) => `${f}: ${i}`).join(', ');
    return `  /** ${about} */\n  ${name}: Object.freeze({ ${words}, WORDS: ${fields.length} }),`;
  });
  return `// ${BANNER}
// The values shared with the engine and the WebAssembly bindings.

/** The C ABI version both modules report (ss_abi_version); the package refuses any other. */
export const ABI_VERSION = ${abi.abiVersion};

/** The schema every document and result names. */
export const SCHEMA = ${q(abi.schema)};

/** Quadrant names by code: quadrants[i] of a classification is an index into this list. */
export const QUADRANTS = Object.freeze([${abi.quadrants.map(q).join(', ')}]);

/** Flag bits of a classification's flags[i], in the order the engine lists flag names. */
export const FLAGS = Object.freeze({
${Object.entries(abi.flags).map(([k, v]) => `  ${k}: ${v},`).join('\n')}
});

/** Scores cross the boundary as integers in units of 1/${abi.scoreUnits}. */
export const SCORE_UNITS = ${abi.scoreUnits};

/** The two axes of a score and of a reason. */
export const AXES = Object.freeze([${abi.axes.map(q).join(', ')}]);

/** Where a reason's demand comes from (reason.source). */
export const REASON_SOURCES = Object.freeze([${abi.reasonSources.map(q).join(', ')}]);

/** Word offsets of the records the bindings return (uint32 words on wasm32); read only by marshal.js. */
export const RECORDS = Object.freeze({
${records.join('\n')}
});
`;
}

// "no_personal_agenda" -> "NoPersonalAgenda", for C++ enumerators.
const camel = (name) => name.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

function codes() {
  const quadrants = abi.quadrants.map((name, i) => `k${camel(name)} = ${i}`).join(', ');
  const flags = Object.entries(abi.flags).map(([name, bit]) => `  kFlag${camel(name)} = ${bit},`).join('\n');
  const flagNames = Object.keys(abi.flags).map((name) => `    {kFlag${camel(name)}, "${name}"},`).join('\n');
  return `// ${BANNER}
// The codes of the engine's results: what its per-course arrays hold and the names its JSON writes.
// The JS package reads the same values from web/src/abi.js.
#pragma once
#include <cstdint>

namespace sweetspot {

// The schema every document and result names.
constexpr const char* kSchema = "${abi.schema}";

enum Quadrant : std::uint8_t { ${quadrants} };
constexpr int kQuadrantCount = ${abi.quadrants.length};
constexpr const char* kQuadrantNames[kQuadrantCount] = {${abi.quadrants.map((n) => `"${n}"`).join(', ')}};

enum Flag : std::uint8_t {
${flags}
};
struct FlagName {
  Flag bit;
  const char* name;
};
// In the order results list them.
constexpr FlagName kFlagNames[] = {
${flagNames}
};

// Scores are integers in units of 1/kScoreUnits, in the engine and across the boundary.
constexpr int kScoreUnits = ${abi.scoreUnits};

}  // namespace sweetspot
`;
}

function cxx() {
  const structs = Object.entries(abi.records).map(([name, { about, fields }]) => {
    const body = fields.map(([f, type]) => `  ${type} ${f};`).join('\n');
    return `// ${about}\nstruct ${name} {\n${body}\n};\nstatic_assert(sizeof(${name}) == ${fields.length} * 4, "${name} must be ${fields.length} uint32 words on wasm32");`;
  });
  return `// ${BANNER}
// The C ABI's version and the records the bindings return, as web/src/marshal.js reads them.
#pragma once
#include <cstdint>

namespace sweetspot_wasm {

constexpr std::uint32_t kAbiVersion = ${abi.abiVersion};

${structs.join('\n\n')}

}  // namespace sweetspot_wasm
`;
}

function dtsBlock() {
  const flags = Object.entries(abi.flags).map(([k, v]) => `${k}: ${v}`).join('; ');
  return `${DTS_BEGIN}
export type Quadrant = ${union(abi.quadrants)};
export type FlagName = ${union(Object.keys(abi.flags))};
export type Axis = ${union(abi.axes)};
export type ReasonSource = ${union(abi.reasonSources)};
/** Quadrant names by code: an index into this list is what Classification.quadrants holds. */
export declare const QUADRANTS: readonly [${abi.quadrants.map(q).join(', ')}];
/** Flag bits of Classification.flags. */
export declare const FLAGS: Readonly<{ ${flags} }>;
${DTS_END}`;
}

/** index.d.ts with its generated block replaced (throws if the markers are missing). */
export function withDtsBlock(text) {
  const a = text.indexOf(DTS_BEGIN);
  const b = text.indexOf(DTS_END);
  if (a < 0 || b < a) throw new Error(`web/index.d.ts: the generated block's markers are missing`);
  return text.slice(0, a) + dtsBlock() + text.slice(b + DTS_END.length);
}

export function outputs() {
  return {
    'core/include/sweetspot/codes.h': codes(),
    'web/src/abi.js': js(),
    'wasm/abi_generated.h': cxx(),
    'web/index.d.ts': withDtsBlock(readFileSync(`${ROOT}web/index.d.ts`, 'utf8')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, text] of Object.entries(outputs())) {
    let now = null;
    try {
      now = readFileSync(ROOT + file, 'utf8');
    } catch {}
    if (now === text) continue;
    stale.push(file);
    if (!check) writeFileSync(ROOT + file, text);
  }
  if (check && stale.length) {
    console.error(`gen-abi: out of date with ${SOURCE}: ${stale.join(', ')} (run node scripts/gen-abi.mjs)`);
    process.exit(1);
  }
  console.log(stale.length ? `gen-abi: wrote ${stale.join(', ')}` : 'gen-abi: up to date');
}
