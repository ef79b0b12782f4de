// One instantiated WebAssembly module and its life: the ABI version check, the calls (through its
// Marshal, which alone knows the C ABI), and what happens after an abort. Several engines share one
// module.

import { ABI_VERSION } from './abi.js';
import { SweetspotError } from './errors.js';
import { Marshal } from './marshal.js';

export { ABI_VERSION };

export class WasmModule {
  /**
   * @param {object} raw the Emscripten module object
   * @param {string} file the .wasm file's name, for messages
   */
  constructor(raw, file = 'sweetspot-core.wasm') {
    this.abi = new Marshal(raw);
    this.file = file;
    this.broken = null;
    const abi = this.abi.abiVersion();
    if (abi !== ABI_VERSION) {
      throw new SweetspotError(`${file} has ABI ${abi}, this package expects ${ABI_VERSION}`, {
        expected: `ABI version ${ABI_VERSION}`,
        found: `ABI version ${abi}`,
      });
    }
  }

  /** Bytes of linear memory now (it only grows). */
  get heapBytes() {
    return this.abi.memoryBytes();
  }

  /** The top of the malloc heap, in bytes from the start of memory (grows with live allocations). */
  get heapTop() {
    return this.abi.heapTop();
  }

  /** Runs `f(marshal)` guarded (see guard); what every engine call goes through. */
  run(f) {
    return this.guard(() => f(this.abi));
  }

  newEngine() {
    return this.run((abi) => abi.engineNew());
  }

  deleteEngine(handle) {
    if (!this.broken) this.abi.engineDelete(handle);
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
   * code, made synchronously on first request (`reinstantiate`, set by instantiate.js) and shared
   * by every engine that was on this one. Throws the abort's error if it cannot be made.
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
