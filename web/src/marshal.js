// The one file that knows the C ABI of the WebAssembly modules (wasm/exports.txt,
// learner_exports.txt, import_exports.txt): the `_ss_*` export names, how strings and bytes cross
// into wasm memory, and the records the bindings return, read by named word offsets (RECORDS,
// generated from wasm/abi.json). Every other file calls the typed methods below.
//
// Inputs are written with TextEncoder.encodeInto straight into a reusable scratch buffer (large
// documents get a buffer of their own, freed after the call). Outputs are read out of the Result
// record before anything else can call into the module: it stays valid only until the next call.

import { RECORDS } from './abi.js';
import { SweetspotError } from './errors.js';

const SCRATCH_BYTES = 64 * 1024;
const encoder = new TextEncoder();
// ignoreBOM: a string the engine returns may start with U+FEFF (an id can), which must stay.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const { Result: R, Arrays: A, CourseList: L } = RECORDS;

// Results from this size on decode through the platform's own decoder when it has set one
// (setLargeTextDecoder: the Node entries, node-text.js); smaller ones through TextDecoder, which is
// faster for them (measured in Node 20: the two cross near 4 KB).
const LARGE_TEXT_BYTES = 16 * 1024;
let largeText = null;

/**
 * @param {((bytes: Uint8Array) => string) | null} decode UTF-8 bytes (a view of wasm memory) -> the
 *        string TextDecoder gives
 */
export function setLargeTextDecoder(decode) {
  largeText = decode;
}

/** The parts of the course list courseTexts() reads. */
export const COURSE_IDS = 0;
export const COURSE_TITLES = 1;

const outOfMemory = (what) => new SweetspotError(`out of memory ${what}`, { expected: 'memory', found: 'none left' });

export class Marshal {
  /** @param {object} raw the Emscripten module object (exports as `_ss_*`, views as HEAP*) */
  constructor(raw) {
    this.raw = raw;
    this.scratch = 0;
    this.scratchView = null; // HEAPU8 over the scratch buffer, made again when memory grows
  }

  // ---- the module ----------------------------------------------------------------------------

  abiVersion() {
    return this.raw._ss_abi_version() >>> 0;
  }

  /** Bytes of linear memory now (it only grows). */
  memoryBytes() {
    return this.raw.HEAPU8.length;
  }

  /** The top of the malloc heap, in bytes from the start of memory (grows with live allocations). */
  heapTop() {
    return this.raw._ss_heap_top() >>> 0;
  }

  /** Whether this module has the export `name` (the learner module lacks the admin ones). */
  has(name) {
    return typeof this.raw[`_ss_${name}`] === 'function';
  }

  /** Raw allocation in the module's heap (0 when it is full); for tests that use memory up. */
  alloc(size) {
    return this.raw._ss_alloc(size) >>> 0;
  }

  // ---- engines -------------------------------------------------------------------------------

  engineNew() {
    const handle = this.raw._ss_engine_new();
    if (!handle) throw outOfMemory('creating an engine');
    return handle;
  }

  engineDelete(handle) {
    this.raw._ss_engine_delete(handle);
  }

  /** {schema?, taxonomy?, organization, catalog} JSON text → the load's JSON text. */
  load(handle, text) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_load(handle, p, n));
  }

  /**
   * A catalog snapshot's bytes → the load's JSON text. The bytes are written once into the buffer
   * the engine then keeps (and reads its course ids and titles from): on a cold page every fresh
   * page of memory costs a page fault, and a second copy was a fifth of the load.
   */
  loadSnapshot(handle, bytes) {
    const raw = this.raw;
    const ptr = raw._ss_snapshot_buffer(bytes.length) >>> 0;
    if (!ptr) return this.withInput(bytes, (p, n) => raw._ss_engine_load_snapshot(handle, p, n)); // too large: it says so
    raw.HEAPU8.set(bytes, ptr); // HEAPU8 read after the allocation, which may have grown memory
    return this.result(raw._ss_engine_load_staged_snapshot(handle));
  }

  /** Where the engine keeps its loaded snapshot's bytes (0 after a JSON load), until its next load. */
  snapshotPointer(handle) {
    return this.raw._ss_engine_snapshot(handle) >>> 0;
  }

  /** A copy of `length` bytes of wasm memory at `ptr`: plain memory, readable even after an abort. */
  copyOut(ptr, length) {
    return this.raw.HEAPU8.slice(ptr, ptr + length);
  }

  classify(handle, text, pretty) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_classify(handle, p, n, pretty ? 1 : 0));
  }

  classifyCompact(handle, text) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_classify_compact(handle, p, n));
  }

  /** One course in full for the learner classified last. */
  explain(handle, courseIndex) {
    return this.result(this.raw._ss_engine_explain(handle, courseIndex));
  }

  /** One course in full for the learner of `text` (a classify's request), whatever came since. */
  explainLearner(handle, text, courseIndex) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_explain_learner(handle, p, n, courseIndex));
  }

  /**
   * Copies of the engine's per-course arrays (safe across memory growth and later calls), and the
   * totals of the same classification: courses per quadrant (in quadrant code order), whether the
   * learner has no personal agenda, and the two thresholds in score units. The four copies share
   * one ArrayBuffer: one allocation instead of four took a quarter off the copying (10,000 courses).
   * `into` ({personalUnits, orgUnits, quadrants, flags} of the same length) is filled instead: a
   * new 60 KB ArrayBuffer costs ~9 µs, four copies into existing arrays ~2 µs (10,000 courses).
   */
  arrays(handle, into) {
    const raw = this.raw;
    const at = raw._ss_engine_arrays(handle) >>> 2;
    const w = raw.HEAPU32;
    const n = w[at + A.count];
    const personal = w[at + A.personal] >>> 1;
    const org = w[at + A.org] >>> 1;
    const quadrant = w[at + A.quadrant];
    const flags = w[at + A.flags];
    let views = into;
    if (!views) {
      const copies = new ArrayBuffer(6 * n);
      views = {
        personalUnits: new Uint16Array(copies, 0, n),
        orgUnits: new Uint16Array(copies, 2 * n, n),
        quadrants: new Uint8Array(copies, 4 * n, n),
        flags: new Uint8Array(copies, 5 * n, n),
      };
    }
    const out = {
      personalUnits: views.personalUnits,
      orgUnits: views.orgUnits,
      quadrants: views.quadrants,
      flags: views.flags,
      counts: [w[at + A.sweet_spot], w[at + A.uphill], w[at + A.gift], w[at + A.waste]],
      noPersonalAgenda: w[at + A.no_personal_agenda] === 1,
      personalThreshold: w[at + A.personal_threshold],
      orgThreshold: w[at + A.org_threshold],
    };
    out.personalUnits.set(raw.HEAPU16.subarray(personal, personal + n));
    out.orgUnits.set(raw.HEAPU16.subarray(org, org + n));
    out.quadrants.set(raw.HEAPU8.subarray(quadrant, quadrant + n));
    out.flags.set(raw.HEAPU8.subarray(flags, flags + n));
    return out;
  }

  /**
   * The loaded catalog's course ids (part COURSE_IDS) or titles (COURSE_TITLES), in index order.
   * The engine keeps every id, then every title, as one UTF-8 block with byte offsets; only the part asked for is
   * decoded, and its byte offsets become string offsets directly when it is all ASCII, else through
   * one pass that counts UTF-16 units per byte.
   * @returns {string[]}
   */
  courseTexts(handle, part) {
    const raw = this.raw;
    const at = raw._ss_engine_course_list(handle) >>> 2;
    const w = raw.HEAPU32;
    const n = w[at + L.count];
    const first = (w[at + L.offsets] >>> 2) + part * n;
    const offsets = w.subarray(first, first + n + 1);
    const base = offsets[0];
    const start = w[at + L.text] + base;
    const bytes = raw.HEAPU8.subarray(start, start + offsets[n] - base);
    const text = decoder.decode(bytes);
    const relative = offsets.map((o) => o - base); // a copy: memory moves on
    const units = text.length === bytes.length ? relative : utf16Offsets(bytes, relative);
    const out = new Array(n);
    for (let i = 0; i < n; ++i) out[i] = text.slice(units[i], units[i + 1]);
    return out;
  }

  /** One course id (part COURSE_IDS) or title (COURSE_TITLES) of the loaded catalog, by index. */
  courseText(handle, part, index) {
    const raw = this.raw;
    const at = raw._ss_engine_course_list(handle) >>> 2;
    const w = raw.HEAPU32;
    const offset = (w[at + L.offsets] >>> 2) + part * w[at + L.count] + index;
    return this.string(w[at + L.text] + w[offset], w[offset + 1] - w[offset]);
  }

  /** The index of a course id in the loaded catalog, or -1: the engine looks it up. */
  findCourse(handle, id) {
    return this.passInput(id, (p, n) => this.raw._ss_engine_find_course(handle, p, n));
  }

  audit(handle, text, pretty) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_audit(handle, p, n, pretty ? 1 : 0));
  }

  suggestSkills(handle, text) {
    return this.withInput(text, (p, n) => this.raw._ss_engine_suggest_skills(handle, p, n));
  }

  // ---- one-shot documents (no engine) ------------------------------------------------------

  /**
   * `command` 'classify' | 'audit' | 'validate' on a combined document: JSON text, or its bytes as
   * they are (a Uint8Array; tests send invalid UTF-8 this way) → the result's JSON text.
   */
  document(command, input, pretty) {
    const fn = DOCUMENT_EXPORTS[command];
    return this.withInput(input, (p, n) => this.raw[fn](p, n, pretty ? 1 : 0));
  }

  /** {taxonomy?, organization, catalog} JSON text → the catalog snapshot's bytes (a copy). */
  compileCatalog(text) {
    return this.withInput(text, (p, n) => this.raw._ss_compile_catalog(p, n), true);
  }

  /** The import module's one export: {format, files, options?} → {document, report} JSON text. */
  importRequest(text) {
    return this.withInput(text, (p, n) => this.raw._ss_import_request(p, n));
  }

  // ---- crossing ------------------------------------------------------------------------------

  /**
   * Writes `input` (a string as UTF-8, or a Uint8Array as it is) into wasm memory, calls
   * `call(ptr, byteLength)` and reads the Result record it returns: the json as text, or as a
   * Uint8Array copy when `binary` (a snapshot, never decoded).
   */
  withInput(input, call, binary = false) {
    return this.passInput(input, (p, n) => this.result(call(p, n), binary));
  }

  /** Writes `input` as withInput does and returns what `call(ptr, byteLength)` returns. */
  passInput(input, call) {
    const raw = this.raw;
    let ptr;
    let len;
    let owned = 0;
    if (typeof input === 'string' && input.length * 3 <= SCRATCH_BYTES) {
      if (!this.scratch) this.scratch = raw._ss_alloc(SCRATCH_BYTES);
      if (!this.scratch) throw outOfMemory('for the input');
      ptr = this.scratch;
      // One view of the scratch buffer for every call (a new one per call was an allocation on the
      // fixed cost of a classify), until memory grows and detaches it.
      let view = this.scratchView;
      if (view === null || view.buffer !== raw.HEAPU8.buffer) view = this.scratchView = raw.HEAPU8.subarray(ptr, ptr + SCRATCH_BYTES);
      len = encoder.encodeInto(input, view).written;
    } else {
      const bytes = typeof input === 'string' ? encoder.encode(input) : input;
      owned = ptr = raw._ss_alloc(bytes.length);
      if (!ptr) throw outOfMemory('for the input');
      raw.HEAPU8.set(bytes, ptr); // HEAPU8 read after the allocation, which may have grown memory
      len = bytes.length;
    }
    try {
      return call(ptr, len);
    } finally {
      if (owned) raw._ss_free(owned);
    }
  }

  /** The Result record at `ptr`: its json (text, or bytes when `binary`), or a SweetspotError. */
  result(ptr, binary = false) {
    const raw = this.raw;
    const at = ptr >>> 2;
    const w = raw.HEAPU32;
    if (w[at + R.ok] === 1) {
      const start = w[at + R.json];
      if (!binary) return this.string(start, w[at + R.json_len]);
      return raw.HEAPU8.slice(start, start + w[at + R.json_len]);
    }
    const field = (name) => this.string(w[at + R[name]], w[at + R[`${name}_len`]]);
    throw new SweetspotError(field('message'), { path: field('path'), expected: field('expected'), found: field('found') });
  }

  string(ptr, len) {
    if (len === 0) return '';
    const bytes = this.raw.HEAPU8.subarray(ptr, ptr + len);
    return len >= LARGE_TEXT_BYTES && largeText ? largeText(bytes) : decoder.decode(bytes);
  }
}

const DOCUMENT_EXPORTS = Object.freeze({
  classify: '_ss_classify_document',
  audit: '_ss_audit_document',
  validate: '_ss_validate_document',
});

// UTF-8 byte offsets (increasing) -> offsets in the decoded UTF-16 string: every byte that starts
// a character is one unit, or two for a 4-byte sequence (a surrogate pair); continuation bytes none.
function utf16Offsets(bytes, offsets) {
  const out = new Uint32Array(offsets.length);
  let units = 0;
  let b = 0;
  for (let k = 0; k < offsets.length; ++k) {
    for (const end = offsets[k]; b < end; ++b) {
      const x = bytes[b];
      if (x < 0x80 || x >= 0xc0) units += x >= 0xf0 ? 2 : 1;
    }
    out[k] = units;
  }
  return out;
}
