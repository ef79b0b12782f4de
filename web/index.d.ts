// Types of the "sweetspot" package (the sources are plain JS in src/). Hand-written, except the block
// generated from wasm/abi.json (scripts/gen-abi.mjs); web/src/ui.d.ts takes its shared types from here.

/** A JSON document: an object (serialized with JSON.stringify) or JSON text (used byte for byte). */
export type Document = object | string;

// ---- GENERATED from wasm/abi.json by scripts/gen-abi.mjs: edit that file, then run the script.
export type Quadrant = 'sweet_spot' | 'uphill' | 'gift' | 'waste';
export type FlagName = 'mandatory' | 'completed' | 'mastered' | 'borderline' | 'no_personal_agenda';
export type Axis = 'personal' | 'org';
export type ReasonSource = 'interest' | 'aspiration' | 'feedback' | 'role' | 'priority' | 'mandatory';
/** Quadrant names by code: an index into this list is what Classification.quadrants holds. */
export declare const QUADRANTS: readonly ['sweet_spot', 'uphill', 'gift', 'waste'];
/** Flag bits of Classification.flags. */
export declare const FLAGS: Readonly<{ mandatory: 1; completed: 2; mastered: 4; borderline: 8; no_personal_agenda: 16 }>;
// ---- end of the generated block

export interface CreateEngineOptions {
  /** Where sweetspot-core.wasm is, as in Emscripten: locateFile('sweetspot-core.wasm', prefix) → URL or path. */
  locateFile?: (path: string, prefix: string) => string | URL;
  /** The module's bytes, when the host already has them (no fetch, no file read). */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /**
   * The import module's bytes (sweetspot-import.wasm, used only by importFramework), when the host
   * already has them. Otherwise it is loaded on first use like the core module: from next to the
   * glue, or from locateFile('sweetspot-import.wasm', prefix).
   */
  importWasmBinary?: ArrayBuffer | ArrayBufferView;
}

export interface DateOptions {
  /** The day the classification is for, YYYY-MM-DD or a Date (local day). Default: today; null: none. */
  asOf?: string | Date | null;
}

export interface ClassifyOptions extends DateOptions {
  /**
   * An earlier Classification of this engine and its loaded catalog, refilled in place with this
   * learner's results and returned: a loop over many learners allocates no new arrays. It no
   * longer holds its old learner's results; a classify that throws leaves it as it was.
   */
  into?: Classification | null;
}

export interface OutputOptions {
  /** Indented JSON text, as `sweetspot ... --pretty`. */
  pretty?: boolean;
}

export interface Warning {
  path: string;
  message: string;
}

export interface LoadResult {
  courses: number;
  skills: number;
  warnings: Warning[];
}

/**
 * One term of a score, with the facts behind it (every locale renders its sentence from these;
 * `text` is the English one). Keys appear only when they apply.
 */
export interface Reason {
  axis: Axis;
  /** The course skill and its taxonomy label (absent for the mandatory reason). */
  skill?: string;
  label?: string;
  /** The demanded skill, when a taxonomy match brought it, its label and its distance in hops. */
  via?: string;
  viaLabel?: string;
  hops?: number;
  source: ReasonSource;
  amount: number;
  /** The level the course teaches `skill` to. */
  level?: number;
  /** interest: its strength; feedback: the accepted need (0..1). */
  strength?: number;
  /** aspiration / role: the role, its title, the level it requires and the learner's current one. */
  role?: string;
  roleTitle?: string;
  required?: number;
  current?: number;
  /** priority: its need, and its rationale when the organization wrote one. */
  need?: 'job' | 'improve' | 'future' | 'leadership';
  rationale?: string;
  text: string;
}

/** The facts of a course's framing: a gift, a mandatory course, or the reason that frames an Uphill course. */
export type Frame =
  | { kind: 'gift'; allowed: boolean; note?: string }
  | { kind: 'mandatory'; note?: string }
  | { kind: 'priority' | 'role'; /** Index into the course's reasons. */ reason: number };

/**
 * The learner's own "not for me" on a skill the course teaches: the course skill, and the skill the
 * learner named when it is a broader one (`via`, its label and distance). `text` is the English sentence.
 */
export interface NotForMe {
  skill: string;
  label: string;
  via?: string;
  viaLabel?: string;
  hops?: number;
  text: string;
}

/** One course in full: what explain() returns and what classifyJSON() lists. */
export interface CourseResult {
  course: string;
  title: string;
  quadrant: Quadrant;
  personal: number;
  org: number;
  reasons: Reason[];
  /** Only when the learner said "not for me" to a skill the course teaches (or a broader one). */
  notForMe?: NotForMe[];
  framing?: string;
  frame?: Frame;
  flags: FlagName[];
}

export interface Summary {
  sweet_spot: number;
  uphill: number;
  gift: number;
  waste: number;
}

export interface GrowthMessage {
  initiative: string;
  /** The initiative's rationale, verbatim, when the organization wrote one. */
  rationale?: string;
  message: string;
  courses: string[];
}

/** The full classification, as the CLI prints it. */
export interface ClassificationDocument {
  schema: 'sweetspot/1';
  learner: string;
  asOf: string | null;
  thresholds: { personal: number; org: number };
  noPersonalAgenda: boolean;
  summary: Summary;
  courses: CourseResult[];
  growth: GrowthMessage[];
  warnings: Warning[];
}

/** One course without its reasons. */
export interface CourseTag {
  course: string;
  index: number;
  quadrant: Quadrant;
  personal: number;
  org: number;
  flags: FlagName[];
}

/**
 * engine.classify(): per-course arrays in course index order. The arrays are copies, not views of
 * wasm memory: they stay valid after later calls and memory growth.
 */
export declare class Classification implements Iterable<CourseTag> {
  readonly schema: 'sweetspot/1';
  readonly learner: string;
  readonly asOf: string | null;
  readonly thresholds: { personal: number; org: number };
  readonly noPersonalAgenda: boolean;
  readonly summary: Summary;
  readonly growth: GrowthMessage[];
  readonly warnings: Warning[];
  /** Course ids in index order (the engine's frozen array). */
  readonly courses: readonly string[];
  /** Quadrant code per course: an index into QUADRANTS. */
  readonly quadrants: Uint8Array;
  /** Scores × 10000. */
  readonly personalUnits: Uint16Array;
  readonly orgUnits: Uint16Array;
  /** Flag bits per course (FLAGS). */
  readonly flags: Uint8Array;
  readonly length: number;
  indexOf(courseId: string): number;
  /** The index of a course id or index; throws SweetspotError if unknown. */
  at(course: string | number): number;
  quadrant(course: string | number): Quadrant;
  personal(course: string | number): number;
  org(course: string | number): number;
  hasFlag(course: string | number, flag: FlagName): boolean;
  flagNames(course: string | number): FlagName[];
  get(course: string | number): CourseTag;
  /** get(courseId), or null when the catalog has no such course. */
  find(courseId: string): CourseTag | null;
  /** The title of a course (id or index); only this course's is read out of the engine. */
  title(course: string | number): string;
  indexesIn(quadrant: Quadrant): number[];
  /** The full result of one course, at any time: whatever the engine classified since (same catalog). */
  explain(course: string | number): CourseResult;
  [Symbol.iterator](): Iterator<CourseTag>;
}

export interface ValidationResult {
  valid: boolean;
  kind?: 'combined' | 'taxonomy' | 'organization' | 'catalog' | 'learner';
  counts?: { skills: number; roles: number; priorities: number; courses: number; learners: number };
  warnings: Warning[];
  error?: { path: string; expected: string; found: string; message: string };
}

export interface CourseText {
  id?: string;
  title?: string;
  /** May be HTML: tags are dropped and entities decoded before matching. */
  summary?: string;
  tags?: string[];
}

export interface SuggestionRequest extends CourseText {
  /** Several courses at once; pass the whole catalog: phrases found in many of its courses count less. */
  courses?: CourseText[];
  /** 1..100, default 10. */
  limit?: number;
  /** 0..1, default the calibrated threshold 0.694 (precision >= 0.8 on the labelled set, cross-validated). */
  minConfidence?: number;
  /** The admin's "never suggest from this term": a label or alias, for every skill or for one skill. */
  rejectedAliases?: (string | { term: string; skill?: string })[];
}

export interface SkillSuggestionMatch {
  field: 'title' | 'tags' | 'summary';
  /** Which tag (0-based), for field "tags". */
  tag?: number;
  /** Byte offsets in the title, in that tag, or in the summary after HTML stripping. */
  start: number;
  end: number;
  /** The words as written in the course. */
  text: string;
  kind: 'label' | 'alias';
  /** The taxonomy's label or alias that matched, as written there (what rejectedAliases takes). */
  term: string;
}

export interface SkillSuggestion {
  skill: string;
  label: string;
  /** Calibrated: about this share of suggestions at this confidence were right on the labelled set. */
  confidence: number;
  /** One plain-text sentence: where the skill was found, e.g. `the title has “Deep Learning” (label “deep learning”)`. */
  why: string;
  matches: SkillSuggestionMatch[];
}

export interface SuggestionResult {
  courses?: { id?: string; suggestions: SkillSuggestion[] }[];
  suggestions?: SkillSuggestion[];
  warnings: Warning[];
}

export type ImportFormat = 'esco' | 'onet' | 'case' | 'csv';

/**
 * The files of a framework by name: the names say which part each file is (ESCO skills_en.csv,
 * skillGroups_en.csv, broaderRelationsSkillPillar.csv, occupations_en.csv,
 * occupationSkillRelations.csv; O*NET "Occupation Data.txt", Skills.txt, Knowledge.txt,
 * "Content Model Reference.txt"; a CASE package; plain CSV told apart by a "role" header column).
 */
export type ImportFiles =
  | Record<string, string | Blob>
  | Map<string, string | Blob>
  | Array<File | { name: string; text: string }>;

export interface ImportOptions {
  /** Framework identifiers (default) or readable ids from the labels. */
  ids?: 'source' | 'slug';
  /** esco: the level of an essential skill in a role, 1..5 (default 3). */
  essentialLevel?: number;
  /** esco: the level of an optional skill, 0..5 (default 0: optional skills left out). */
  optionalLevel?: number;
  /** onet: keep a requirement when its importance is at least this, 1..5 (default 3). */
  minImportance?: number;
  /** onet: keep ratings O*NET marks "Recommend Suppress". */
  keepSuppressed?: boolean;
  /** onet: the level of a hot technology (Technology Skills.txt) in its occupations' roles, 0..5 (default 3; 0: taxonomy only). */
  technologyLevel?: number;
  /** csv: the roles file's level scale (default "0-5"). */
  levelScale?: '0-5' | '1-5' | '1-8' | '0-7' | '1-100' | 'percent' | string;
}

export interface ImportResult {
  /** A sweetspot/1 document: load() it with a catalog, or save it. */
  document: {
    schema: 'sweetspot/1';
    taxonomy?: { skills: Array<{ id: string; label?: string; aliases?: string[]; broader?: string[] }> };
    organization?: { roles: Array<{ id: string; title?: string; skills: Array<{ skill: string; level: number }>; next?: string[] }> };
  };
  /** What was imported and what was left out, with the file positions ("skills_en.csv:123:5"). */
  report: { format: ImportFormat; ok: true; counts: Record<string, number>; warnings: Warning[] };
}

/**
 * Any call may throw SweetspotError "out of memory: …" (path "", expected "a request that fits in
 * memory") when a request cannot fit in the WebAssembly module's memory (2 GB). That aborts the
 * module, not the page: the engine's next call runs on a fresh instance with its last successfully
 * loaded catalog loaded again, so the host can simply go on (earlier Classification objects still
 * work). Other engines on the same module recover the same way on their next call.
 */
export declare class Engine {
  /** Course ids of the loaded catalog, in index order. */
  readonly courseIds: readonly string[];
  readonly courseTitles: readonly string[];
  readonly loaded: boolean;
  readonly disposed: boolean;
  /** {schema?, taxonomy?, organization, catalog}; parts may be JSON text. A failed load keeps the previous catalog. */
  load(doc: Document): LoadResult;
  /**
   * Loads a catalog snapshot made by compileCatalog() or `sweetspot compile` (docs/snapshot.md):
   * validated in full, the same result and the same later results as load() on its JSON, in a
   * fraction of the time. A failed load throws (the path names the section and byte offset) and
   * keeps the previous catalog. The engine keeps its own copy of the bytes: the caller may reuse
   * its buffer.
   */
  loadSnapshot(bytes: Uint8Array | ArrayBuffer | ArrayBufferView): LoadResult;
  /** {taxonomy?, organization, catalog} → a catalog snapshot (a new Uint8Array), as `sweetspot compile`. */
  compileCatalog(doc: Document): Uint8Array;
  courseIndex(courseId: string): number;
  classify(learner: Document, options?: ClassifyOptions): Classification;
  classifyJSON(learner: Document, options?: DateOptions & OutputOptions): string;
  /** One course in full, for the learner classified last. */
  explain(course: string | number): CourseResult;
  audit(learners: object[] | string, options?: DateOptions): any;
  auditJSON(learners: object[] | string, options?: DateOptions & OutputOptions): string;
  /** Skills of the loaded taxonomy found in course titles, HTML summaries and tags. */
  suggestSkills(request: SuggestionRequest | string): SuggestionResult;
  /** One-shot, no loaded catalog needed: as `sweetspot classify`. */
  classifyDocument(doc: Document, options?: DateOptions): ClassificationDocument;
  classifyDocumentJSON(doc: Document, options?: DateOptions & OutputOptions): string;
  /** One-shot: as `sweetspot audit`. */
  auditDocument(doc: Document, options?: DateOptions): any;
  auditDocumentJSON(doc: Document, options?: DateOptions & OutputOptions): string;
  /**
   * A skill framework (ESCO, O*NET, 1EdTech CASE, plain CSV) as a sweetspot/1 document, as
   * `sweetspot import` makes it. Async: the importers are a module of their own, loaded on the
   * first call. Rejects with SweetspotError (path "/options/essentialLevel", or "file:line:column").
   */
  importFramework(format: ImportFormat, files: ImportFiles, options?: ImportOptions): Promise<ImportResult>;
  /** Never throws for bad content: {valid: false, error} instead. */
  validate(doc: Document): ValidationResult;
  /** As `sweetspot validate`; throws SweetspotError for an invalid document. */
  validateJSON(doc: Document, options?: OutputOptions): string;
  memoryUsage(): { memoryBytes: number; heapTopBytes: number };
  dispose(): void;
}

export declare class SweetspotError extends Error {
  readonly name: 'SweetspotError';
  /** JSON pointer of the problem ("" for the whole document). */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
  constructor(message: string, details?: { path?: string; expected?: string; found?: string });
  toJSON(): { path: string; expected: string; found: string; message: string };
}

/** Loads (once per wasmBinary / URL) the WebAssembly module and returns a new engine on it. */
export declare function createEngine(options?: CreateEngineOptions): Promise<Engine>;

export declare function flagNames(bits: number): FlagName[];
/** Today as YYYY-MM-DD (local time): the default asOf. */
export declare function today(now?: Date): string;
