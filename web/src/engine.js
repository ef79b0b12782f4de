// Engine: one organization + catalog + taxonomy kept compiled in wasm memory, classifying any
// number of learners. Created by createEngine(); free it with dispose() (a FinalizationRegistry
// frees forgotten engines too, eventually).

import { Classification } from './classification.js';
import { combinedText, jsonText, requestText } from './documents.js';
import { SweetspotError, usageError } from './errors.js';
import { IMPORT_FORMATS, fileTexts, loadImportModule } from './importer.js';
import { COURSE_IDS, COURSE_TITLES } from './marshal.js';

const NO_COURSES = Object.freeze([]);
// Where a course list keeps each part once read, by part (COURSE_IDS, COURSE_TITLES).
const PART_KEYS = ['ids', 'titles'];
const LONE_SURROGATE = /\p{Cs}/u;

const finalizer =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(({ module, handle }) => module.deleteEngine(handle))
    : null;

export class Engine {
  /**
   * @param {import('./module.js').WasmModule} module
   * @param {{options?: object, readSource?: Function}} [loading] how createEngine loaded the module
   *        (the import module is loaded the same way, on the first importFramework call)
   */
  constructor(module, loading = {}) {
    Object.defineProperty(this, '_module', { value: module, writable: true }); // replaced after an abort
    Object.defineProperty(this, '_loading', { value: loading });
    // The last successful load, to load again on a fresh module after an abort: the Marshal method
    // and read(), its input (JSON text, or the snapshot's bytes the engine kept).
    Object.defineProperty(this, '_lastLoad', { value: null, writable: true });
    this._handle = module.newEngine();
    this._catalog = 0; // bumped by every successful load
    this._last = null; // the origin of the last classification, for explain(course)
    this._list = null; // the loaded catalog's course list, read on first use (see _loaded)
    finalizer?.register(this, { module, handle: this._handle }, this);
  }

  get disposed() {
    return this._handle === 0;
  }

  /** Frees the engine's wasm memory. Later calls throw. */
  dispose() {
    if (this._handle === 0) return;
    this._release(true); // courseIds, courseTitles and courseIndex keep answering
    finalizer?.unregister(this);
    this._module.deleteEngine(this._handle);
    this._handle = 0;
  }

  /**
   * Memory of the module this engine lives in (shared by all engines on it): `memoryBytes` is the
   * size of wasm linear memory (it never shrinks), `heapTopBytes` the top of the malloc heap.
   */
  memoryUsage() {
    return { memoryBytes: this._module.heapBytes, heapTopBytes: this._module.heapTop };
  }

  // ---- catalog -------------------------------------------------------------------------------

  /**
   * Loads {schema?, taxonomy?, organization, catalog} (an object, whose parts may be JSON text, or
   * JSON text). Returns {courses, skills, warnings}. On failure throws SweetspotError and keeps
   * the previous catalog.
   */
  load(doc) {
    const h = this.admin('engine_load', 'JSON catalogs (this one loads snapshots: loadSnapshot)');
    const text = combinedText(doc, undefined, false);
    this._release(false);
    const result = JSON.parse(this._module.run((abi) => abi.load(h, text)));
    this._lastLoad = { method: 'load', read: () => text };
    this._loaded();
    return result;
  }

  /**
   * Loads a catalog snapshot (compileCatalog(), or `sweetspot compile`; docs/snapshot.md): the
   * bytes as a Uint8Array, an ArrayBuffer or another ArrayBufferView. Validated in full; returns
   * the {courses, skills, warnings} load() returns for the JSON it was compiled from, and every
   * later result is byte for byte the same as after that load(). On failure throws SweetspotError
   * (its path names the snapshot section and byte offset) and keeps the previous catalog.
   */
  loadSnapshot(bytes) {
    const h = this.handle();
    const view = snapshotView(bytes);
    this._release(false);
    const result = JSON.parse(this._module.run((abi) => abi.loadSnapshot(h, view)));
    // Not a copy of the bytes (the host may reuse its buffer, and a 1 MB copy cost a cold page as
    // much as a fifth of the load): the engine keeps them in wasm memory, read back from there if
    // the module aborts (_restart; the load checks them again, hash included).
    this._lastLoad = this._keptSnapshot(this._module, h, view.length);
    this._loaded();
    return result;
  }

  /**
   * `sweetspot compile`: {schema?, taxonomy?, organization, catalog} (as load() reads it) → the
   * catalog snapshot as a new Uint8Array, for loadSnapshot() here or in any learner's browser.
   * Needs no loaded catalog and leaves this engine's catalog as it is.
   */
  compileCatalog(doc) {
    this.admin('compile_catalog', 'compileCatalog');
    const text = combinedText(doc, undefined, false);
    return this._module.run((abi) => abi.compileCatalog(text));
  }

  // After a successful load. The course ids and titles stay in the engine until something asks for
  // them all (courseIds, courseTitles, a Classification's courses): a page that tags a few cards
  // finds them one by one (courseIndex), and reading the 10,000 ids of a snapshot out of wasm
  // memory took as long as loading it.
  _loaded() {
    this._list = { ids: null, titles: null, index: null, held: false };
    this._catalog += 1;
    this._last = null;
  }

  // Before the catalog may go (a load, dispose): its ids and titles are read now if a
  // Classification of it may still ask for them, or this engine is disposed.
  _release(all) {
    const list = this._list;
    if (list === null || !(all || list.held)) return;
    this._courseTexts(list, COURSE_IDS);
    this._courseTexts(list, COURSE_TITLES);
  }

  // The list of the loaded catalog, for a Classification to read its ids and titles from later.
  _heldList() {
    if (this._list !== null) this._list.held = true;
    return this._list;
  }

  // A list's ids (part COURSE_IDS) or titles (COURSE_TITLES): the loaded catalog's, read once, or
  // those _release read before it went.
  _courseTexts(list, part) {
    if (list === null) return NO_COURSES;
    const key = PART_KEYS[part];
    if (list[key] === null) {
      const h = this.handle();
      list[key] = Object.freeze(this._module.run((abi) => abi.courseTexts(h, part)));
    }
    return list[key];
  }

  // One id or title of a held list (a valid index): from its array once read (always, once the list
  // is released), else from the engine's memory, so a page that shows a few cards never decodes the
  // whole catalog's ids and titles.
  _courseText(list, part, index) {
    const read = list[PART_KEYS[part]];
    if (read !== null) return read[index];
    const h = this.handle();
    return this._module.run((abi) => abi.courseText(h, part, index));
  }

  /** Course ids of the loaded catalog, in index order (a frozen array, the same until the next load). */
  get courseIds() {
    return this._courseTexts(this._list, COURSE_IDS);
  }

  /** Course titles of the loaded catalog, in index order. */
  get courseTitles() {
    return this._courseTexts(this._list, COURSE_TITLES);
  }

  /** Whether a catalog is loaded. */
  get loaded() {
    return this._catalog > 0;
  }

  /** Index of a course id in the loaded catalog, or -1. */
  courseIndex(courseId) {
    return this._indexIn(this._list, courseId);
  }

  // The index of an id in a list: the loaded catalog's is looked up by the engine; one that went
  // (another load, dispose) in the ids _release read before it went.
  _indexIn(list, courseId) {
    // Ids are well-formed text: a string with a lone surrogate (which UTF-8 cannot carry) is none.
    if (list === null || typeof courseId !== 'string' || LONE_SURROGATE.test(courseId)) return -1;
    if (list !== this._list || this._handle === 0) {
      list.index ??= new Map(list.ids.map((id, i) => [id, i]));
      return list.index.get(courseId) ?? -1;
    }
    const h = this.handle();
    return this._module.run((abi) => abi.findCourse(h, courseId));
  }

  // ---- one learner ---------------------------------------------------------------------------

  /**
   * Classifies one learner (object or JSON text) against the loaded catalog: per-course arrays
   * plus summary, growth and warnings. `asOf` defaults to today; null leaves it out. `into`: an
   * earlier Classification of this engine and catalog, refilled in place and returned, so that a
   * loop over many learners allocates no new arrays (it no longer holds its old learner's results;
   * if the classify fails, it is left as it was).
   */
  classify(learner, options) {
    const h = this.handle();
    const into = options?.into ?? undefined;
    if (into !== undefined && !(into instanceof Classification && into._refillableBy(this))) {
      throw usageError('a Classification of this engine and its loaded catalog', describeInto(into), 'options.into');
    }
    const text = requestText('learner', learner, options);
    let arrays;
    const lists = this._module.run((abi) => {
      const json = abi.classifyCompact(h, text); // {learner, asOf, growth, warnings}: the numbers are in `arrays`
      arrays = abi.arrays(h, into);
      return json;
    });
    const origin = { catalog: this._catalog, text };
    this._last = origin;
    return into ? into._refill(JSON.parse(lists), arrays, origin) : new Classification(this, JSON.parse(lists), arrays, origin);
  }

  /** The full classification as JSON text, as the CLI prints it (`pretty` for indented). */
  classifyJSON(learner, options) {
    const h = this.handle();
    const text = requestText('learner', learner, options);
    const json = this._module.run((abi) => abi.classify(h, text, options?.pretty));
    this._last = { catalog: this._catalog, text };
    return json;
  }

  /** The full result of one course (id or index) for the learner classified last. */
  explain(course) {
    const i = typeof course === 'number' ? course : this.courseIndex(course);
    if (i < 0) throw usageError('a course id of the loaded catalog', JSON.stringify(course));
    if (this._last) return this._explainFor(this._last, i);
    const h = this.handle();
    return JSON.parse(this._module.run((abi) => abi.explain(h, i))); // the engine says what is missing
  }

  // One course of the classification `origin` (its catalog and request text): the engine explains
  // it from the request itself (ss_engine_explain_learner), so it works whatever was classified
  // since, and after a restart on a fresh module.
  _explainFor(origin, index) {
    if (origin.catalog !== this._catalog) {
      throw usageError('a classification of the catalog loaded now', 'one of an earlier catalog');
    }
    const h = this.handle();
    return JSON.parse(this._module.run((abi) => abi.explainLearner(h, origin.text, index)));
  }

  // ---- many learners -------------------------------------------------------------------------

  /** The catalog audit for many learners (array, or JSON text of one). */
  audit(learners, options) {
    return JSON.parse(this.auditJSON(learners, options));
  }

  auditJSON(learners, options) {
    const h = this.admin('engine_audit', 'audit');
    const text = requestText('learners', learners, options);
    return this._module.run((abi) => abi.audit(h, text, options?.pretty));
  }

  // ---- skill suggestions -------------------------------------------------------------------

  /**
   * Skills of the loaded taxonomy found in course texts, for an admin to accept or reject:
   * {courses: [{id?, title?, summary? (HTML is stripped), tags?}], limit?, minConfidence?} (or one
   * course's fields at the top) → {courses: [{id, suggestions: [{skill, label, confidence, matches}]}]}.
   */
  suggestSkills(request) {
    const h = this.admin('engine_suggest_skills', 'suggestSkills');
    const text = typeof request === 'string' ? request : jsonText(request);
    return JSON.parse(this._module.run((abi) => abi.suggestSkills(h, text)));
  }

  // ---- skill frameworks ----------------------------------------------------------------------

  /**
   * `sweetspot import`: a skill framework as a sweetspot/1 document {schema, taxonomy?,
   * organization?}, with a report {format, ok, counts, warnings}. Async: the importers are a module
   * of their own (dist/sweetspot-import.wasm), loaded on the first call.
   *   format  'esco' | 'onet' | 'case' | 'csv'
   *   files   {name: text | Blob}, a Map, or an array of File / {name, text}; names say which part a
   *           file is (skills_en.csv, "Occupation Data.txt", …; a plain CSV by its header)
   *   options {ids?: 'source'|'slug', essentialLevel?, optionalLevel? (esco), minImportance?,
   *           keepSuppressed?, technologyLevel? (onet), levelScale? (csv)}
   */
  async importFramework(format, files, options) {
    this.handle();
    if (!IMPORT_FORMATS.includes(format)) throw usageError('a format: "esco", "onet", "case" or "csv"', JSON.stringify(format) ?? String(format), '/format');
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw usageError('options as an object', Array.isArray(options) ? 'an array' : String(options), '/options');
    }
    const request = { format, files: await fileTexts(files) };
    if (options !== undefined) request.options = options;
    const text = JSON.stringify(request);
    const { options: loadOptions = {}, readSource } = this._loading;
    if (!readSource && !loadOptions.importWasmBinary) {
      throw usageError('an engine from createEngine() (it knows where the import module is)', 'an engine built otherwise');
    }
    const m = await loadImportModule(loadOptions, readSource);
    return JSON.parse(m.run((abi) => abi.importRequest(text)));
  }

  // ---- one-shot documents (no loaded catalog needed; identical to the CLI) -------------------

  /** `sweetspot classify`: {taxonomy?, organization, catalog, learner, asOf?} → the classification. */
  classifyDocument(doc, options) {
    return JSON.parse(this.classifyDocumentJSON(doc, options));
  }

  classifyDocumentJSON(doc, options) {
    return this.document('classify', combinedText(doc, options, true), options);
  }

  /** `sweetspot audit`: {taxonomy?, organization, catalog, learners, asOf?} → the audit. */
  auditDocument(doc, options) {
    return JSON.parse(this.auditDocumentJSON(doc, options));
  }

  auditDocumentJSON(doc, options) {
    return this.document('audit', combinedText(doc, options, true), options);
  }

  /**
   * `sweetspot validate`: any document, combined or standalone. Never throws for bad content:
   * returns {valid: true, kind, counts, warnings} or {valid: false, error, warnings: []}.
   */
  validate(doc) {
    try {
      return JSON.parse(this.validateJSON(doc));
    } catch (e) {
      if (!(e instanceof SweetspotError) || this._module.broken) throw e;
      return { valid: false, error: e.toJSON(), warnings: [] };
    }
  }

  /** As the CLI prints it; throws SweetspotError when the document is invalid. */
  validateJSON(doc, options) {
    return this.document('validate', typeof doc === 'string' ? doc : jsonText(doc), options);
  }

  /** A one-shot document through the full module: `command` 'classify' | 'audit' | 'validate'. */
  document(command, text, options) {
    this.admin(`${command}_document`, `${command} documents`);
    return this._module.run((abi) => abi.document(command, text, options?.pretty));
  }

  // The engine's handle, for a call only the full module has (`name`: its C export without ss_;
  // `what`: the call, for the message): an engine on the learner module says which it needs instead.
  admin(name, what) {
    const h = this.handle();
    if (!this._module.abi.has(name)) {
      throw usageError(`an engine on the full module (createEngine from "sweetspot") for ${what}`, `an engine on ${this._module.file}`);
    }
    return h;
  }

  handle() {
    if (this._handle === 0) throw new SweetspotError('this engine was disposed', { expected: 'a live engine', found: 'a disposed engine' });
    if (this._module.broken) this._restart();
    return this._handle;
  }

  // The last load, when it was a snapshot: where the engine keeps its bytes, read only if needed.
  _keptSnapshot(module, handle, length) {
    const ptr = module.run((abi) => abi.snapshotPointer(handle));
    return { method: 'loadSnapshot', read: () => module.abi.copyOut(ptr, length) };
  }

  // After an abort (out of memory) the module is gone and this engine's catalog with it: the call
  // that aborted threw a SweetspotError; this, on the next call, moves the engine to a fresh module
  // and loads its last good catalog again, so that the call goes on as if nothing had happened.
  _restart() {
    const last = this._lastLoad;
    const input = last?.read(); // a snapshot's from the old module's memory, before it goes
    const module = this._module.successor(); // throws the abort's error if there is none
    finalizer?.unregister(this);
    this._module = module;
    this._handle = module.newEngine();
    finalizer?.register(this, { module, handle: this._handle }, this);
    if (last) {
      const h = this._handle;
      module.run((abi) => abi[last.method](h, input));
      if (last.method === 'loadSnapshot') this._lastLoad = this._keptSnapshot(module, h, input.length);
    }
  }
}

// A snapshot's bytes as a Uint8Array view (no copy).
function snapshotView(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = bytes === null ? 'null' : Array.isArray(bytes) ? 'an array' : typeof bytes;
  throw usageError('a catalog snapshot as a Uint8Array or an ArrayBuffer', found);
}

if (typeof Symbol.dispose === 'symbol') Engine.prototype[Symbol.dispose] = Engine.prototype.dispose;

// What options.into was, for its error: a Classification that cannot be refilled says why.
function describeInto(into) {
  if (!(into instanceof Classification)) return Array.isArray(into) ? 'array' : typeof into;
  return 'a Classification of another engine, an earlier catalog, or with transferred arrays';
}
