// One instantiated WebAssembly module and the C ABI of wasm/exports.txt: strings in and out of wasm
// memory, the Result record, errors. Several engines share one module.
//
// Inputs are written with TextEncoder.encodeInto straight into a reusable scratch buffer (large
// documents get a buffer of their own, freed after the call). Outputs are read out of the Result
// record before anything else can call into the module.

import { SweetspotError } from './errors.js';

export const ABI_VERSION = 4;

const SCRATCH_BYTES = 64 * 1024;
const encoder = new TextEncoder();
// ignoreBOM: a string the engine returns may start with U+FEFF (an id can), which must stay.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class WasmModule {
  /** @param {object} raw the Emscripten module object (exports as `_ss_*`, views as HEAP*) */
  constructor(raw) {
    this.raw = raw;
    this.scratch = 0;
    this.broken = null;
    const abi = raw._ss_abi_version();
    if (abi !== ABI_VERSION) {
      throw new SweetspotError(`sweetspot-core.wasm has ABI ${abi}, this package expects ${ABI_VERSION}`, {
        expected: `ABI version ${ABI_VERSION}`,
        found: `ABI version ${abi}`,
      });
    }
  }

  /** Bytes of linear memory now (it only grows). */
  get heapBytes() {
    return this.raw.HEAPU8.length;
  }

  /** The top of the malloc heap, in bytes from the start of memory (grows with live allocations). */
  get heapTop() {
    return this.raw._ss_heap_top() >>> 0;
  }

  // ---- engines -------------------------------------------------------------------------------

  newEngine() {
    const handle = this.guard(() => this.raw._ss_engine_new());
    if (!handle) throw new SweetspotError('out of memory creating an engine', { expected: 'memory', found: 'none left' });
    return handle;
  }

  deleteEngine(handle) {
    if (!this.broken) this.raw._ss_engine_delete(handle);
  }

  // ---- calls ---------------------------------------------------------------------------------

  /**
   * Writes `text` (UTF-8) into wasm memory, calls `use(ptr, byteLength)` and returns the JSON text
   * of the Result record it returns.
   */
  withText(text, use, binary = false) {
    return this.guard(() => {
      const raw = this.raw;
      let ptr;
      let len;
      let owned = 0;
      if (text.length * 3 <= SCRATCH_BYTES) {
        if (!this.scratch) this.scratch = raw._ss_alloc(SCRATCH_BYTES);
        ptr = this.scratch;
        len = encoder.encodeInto(text, raw.HEAPU8.subarray(ptr, ptr + SCRATCH_BYTES)).written;
      } else {
        const bytes = encoder.encode(text);
        owned = ptr = raw._ss_alloc(bytes.length);
        if (!ptr) throw new SweetspotError('out of memory for the input', { expected: 'memory', found: 'none left' });
        raw.HEAPU8.set(bytes, ptr); // HEAPU8 read after the allocation, which may have grown memory
        len = bytes.length;
      }
      try {
        return this.result(use(ptr, len), binary);
      } finally {
        if (owned) raw._ss_free(owned);
      }
    });
  }

  /**
   * Copies `bytes` (a Uint8Array: a catalog snapshot) into wasm memory, calls `use(ptr,
   * byteLength)` and returns the JSON text of the Result record it returns.
   */
  withBytes(bytes, use) {
    return this.guard(() => {
      const raw = this.raw;
      const ptr = raw._ss_alloc(bytes.length);
      if (!ptr) throw new SweetspotError('out of memory for the input', { expected: 'memory', found: 'none left' });
      raw.HEAPU8.set(bytes, ptr); // HEAPU8 read after the allocation, which may have grown memory
      try {
        return this.result(use(ptr, bytes.length));
      } finally {
        raw._ss_free(ptr);
      }
    });
  }

  /** Calls `fn(...args)` (no text input); returns the result JSON text. */
  call(fn, ...args) {
    return this.guard(() => this.result(this.raw[fn](...args)));
  }

  /** Reads the engine's per-course arrays into copies (safe across memory growth and later calls). */
  copyArrays(handle) {
    return this.guard(() => {
      const raw = this.raw;
      const at = raw._ss_engine_arrays(handle) >>> 2;
      const words = raw.HEAPU32;
      const n = words[at];
      const personal = words[at + 1] >>> 1;
      const org = words[at + 2] >>> 1;
      const quadrant = words[at + 3];
      const flags = words[at + 4];
      return {
        personalUnits: raw.HEAPU16.slice(personal, personal + n),
        orgUnits: raw.HEAPU16.slice(org, org + n),
        quadrants: raw.HEAPU8.slice(quadrant, quadrant + n),
        flags: raw.HEAPU8.slice(flags, flags + n),
      };
    });
  }

  /**
   * The loaded catalog's course ids and titles in index order (ss_engine_course_list: one UTF-8
   * block and byte offsets). The block is decoded once; byte offsets become string offsets
   * directly when it is all ASCII, else through one pass that counts UTF-16 units per byte.
   * @returns {{ids: string[], titles: string[]}}
   */
  courseList(handle) {
    return this.guard(() => {
      const raw = this.raw;
      const at = raw._ss_engine_course_list(handle) >>> 2;
      const words = raw.HEAPU32;
      const n = words[at];
      const bytes = raw.HEAPU8.subarray(words[at + 1], words[at + 1] + words[at + 2]);
      const offsets = words.subarray(words[at + 3] >>> 2, (words[at + 3] >>> 2) + 2 * n + 1);
      const text = decoder.decode(bytes);
      const units = text.length === bytes.length ? offsets : utf16Offsets(bytes, offsets);
      const ids = new Array(n);
      const titles = new Array(n);
      for (let i = 0; i < n; ++i) {
        ids[i] = text.slice(units[i], units[i + 1]);
        titles[i] = text.slice(units[n + i], units[n + i + 1]);
      }
      return { ids, titles };
    });
  }

  // The Result record: 11 uint32 words (wasm/bindings.cpp).
  // `binary`: the json carries bytes (a catalog snapshot): a Uint8Array copy, never decoded as text.
  result(ptr, binary = false) {
    const raw = this.raw;
    const at = ptr >>> 2;
    const w = raw.HEAPU32;
    if (w[at] === 1) return binary ? raw.HEAPU8.slice(w[at + 1], w[at + 1] + w[at + 2]) : this.string(w[at + 1], w[at + 2]);
    throw new SweetspotError(this.string(w[at + 9], w[at + 10]), {
      path: this.string(w[at + 3], w[at + 4]),
      expected: this.string(w[at + 5], w[at + 6]),
      found: this.string(w[at + 7], w[at + 8]),
    });
  }

  string(ptr, len) {
    return len === 0 ? '' : decoder.decode(this.raw.HEAPU8.subarray(ptr, ptr + len));
  }

  // An abort inside wasm (out of memory past the 2 GB limit, a broken invariant) leaves the module
  // unusable: the call throws a SweetspotError, every later call on this module throws it too, and
  // each engine on it moves to successor() on its next call (Engine.handle()).
  guard(f) {
    if (this.broken) throw this.broken;
    try {
      return f();
    } catch (e) {
      if (e instanceof SweetspotError) throw e;
      if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
        this.broken = abortError(e);
        this.onBroken?.();
        throw this.broken;
      }
      throw e;
    }
  }

  /**
   * The module that replaces this one once it is broken: a fresh instance of the same compiled
   * code, made synchronously on first request (`reinstantiate`, set by the loader) and shared by
   * every engine that was on this one. Throws the abort's error if it cannot be made.
   */
  successor() {
    if (!this.broken) return this;
    if (!this.next) {
      if (typeof this.reinstantiate !== 'function') throw this.broken;
      try {
        this.next = this.reinstantiate();
      } catch {
        throw this.broken;
      }
    }
    return this.next.successor();
  }
}

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

// What an abort means. The core is built with -fno-exceptions and never throws: the one abort()
// it can reach is a failed allocation (operator new cannot throw std::bad_alloc), so Emscripten's
// "Aborted(...)" is out of memory, as is a JS RangeError about an allocation; anything else (a trap
// such as an out-of-bounds access) is a failure of the engine itself.
function abortError(e) {
  const what = String(e?.message ?? e);
  if (/^Aborted\(|allocation failed|out of memory/i.test(what)) {
    return new SweetspotError('out of memory: the request needs more than the WebAssembly module can hold; the engine starts afresh on its next call', {
      expected: 'a request that fits in memory',
      found: `out of memory (${what})`,
    });
  }
  return new SweetspotError(`the engine failed: ${what}`, { expected: 'a working engine', found: what });
}
