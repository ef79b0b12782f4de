// Types of the learner-facing UI (web/src/ui.js): tags, "Why?" popover, interests panel, matrix,
// message catalogs. Browser only. The engine's result types come from web/index.d.ts; the engine
// and classification are written structurally so that they hold for any engine with the same shape.

// The engine's own types, from their one place (web/index.d.ts; its constants' block is generated
// from wasm/abi.json), so that the two files cannot disagree.
import type { Quadrant, FlagName, Reason, CourseResult, CourseTag, Frame, GrowthMessage, NotForMe, QUADRANTS } from '../index.js';
export type { Quadrant, FlagName, Reason, CourseResult, Frame, GrowthMessage };
/** What a tag shows: a quadrant, or for a learner with no personal agenda the organization side. */
export type TagKind = Quadrant | 'org_needed' | 'optional';

/** One course of a classification without its reasons: the engine's CourseTag. */
export type CourseSummary = CourseTag;


/** The parts of engine.classify()'s result the UI uses. */
export interface ClassificationLike extends Iterable<CourseSummary> {
  readonly length: number;
  courses: readonly string[];
  thresholds: { personal: number; org: number };
  summary: Record<Quadrant, number>;
  growth: GrowthMessage[];
  noPersonalAgenda: boolean;
  indexOf(courseId: string): number;
  get(course: string | number): CourseSummary;
  explain(course: string | number): CourseResult;
}

/** The parts of an engine (createEngine()) the UI uses. */
export interface EngineLike {
  classify(learner: object, options?: { asOf?: string | Date | null }): ClassificationLike;
  readonly courseTitles?: readonly string[];
}

export interface Documents {
  taxonomy?: { skills: Array<{ id: string; label?: string; aliases?: string[]; broader?: string[] }> };
  organization?: object;
}

// ---- adapters --------------------------------------------------------------------------------

export interface Card { element: Element; course: string; mount?: Element }
/** Finds the course cards under a root. `attributes`: attribute changes that should re-tag. */
export interface Adapter { (root: Document | Element): Card[]; attributes?: string[] }

export function createAdapter(
  selector: string,
  getId: (element: Element) => string | null | undefined,
  options?: { mount?: (element: Element) => Element | null; attributes?: string[] },
): Adapter;
export function dataAttributeAdapter(options?: {
  attribute?: string; selector?: string; mount?: (element: Element) => Element | null;
}): Adapter;

// ---- tags ------------------------------------------------------------------------------------

export interface TagOptions {
  engine: EngineLike;
  learner: object;
  documents?: Documents;
  adapter?: Adapter;
  asOf?: string;
  locale?: string;
  position?: 'append' | 'prepend';
  styles?: boolean;
  onInvite?: (courseId: string) => void;
}

export interface TagController {
  update(learner?: object, options?: { asOf?: string; documents?: Documents }): ClassificationLike;
  setLocale(locale: string): void;
  refresh(): void;
  disconnect(): void;
  readonly result: ClassificationLike | null;
  readonly learner: object;
  readonly locale: string;
  readonly tagged: number;
  readonly unknown: string[];
}

/**
 * Tags every card under root. Events (bubbling): "sweetspot-tagged" {tagged, unknown} after each
 * pass; "sweetspot-invite" {course} when a learner without an agenda asks to state interests.
 */
export function tagCourses(root: Document | Element, options: TagOptions): TagController;

// ---- agenda ----------------------------------------------------------------------------------

export interface Agenda { interests: Array<{ skill: string; strength: number }>; aspirations: string[] }
export const AGENDA_SCHEMA: 'sweetspot-agenda/1';
export function validateAgenda(value: unknown, options?: { skills?: Set<string>; roles?: Set<string> }): Agenda | null;
export interface AgendaStore {
  readonly key: string;
  readonly learnerId: string;
  readonly persistent: boolean;
  /** Where the durable copy is (known once `ready` has resolved). */
  readonly backend: 'indexeddb' | 'localstorage' | 'memory';
  /** Resolves once the IndexedDB copy is read and the browser copies reconciled. */
  readonly ready: Promise<Agenda | null>;
  /** Resolves when every write so far has reached IndexedDB. */
  saved(): Promise<void>;
  /** When the current agenda was written (ms since 1970; 0 when unknown). */
  updated(): number;
  read(): Agenda | null;
  write(agenda: Agenda): boolean;
  clear(): void;
  subscribe(listener: (agenda: Agenda | null) => void): () => void;
}
export const AGENDA_DATABASE: 'sweetspot';
export const AGENDA_OBJECT_STORE: 'agendas';
export function createAgendaStore(options: {
  learnerId: string; storage?: Storage | null; indexedDB?: IDBFactory | null; database?: string; prefix?: string;
  skills?: Set<string>; roles?: Set<string>;
}): AgendaStore;
export function applyAgenda<L extends object>(learner: L, agenda: Agenda | null): L;

// ---- i18n ------------------------------------------------------------------------------------

export type Messages = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;
export interface Translator {
  (key: string, params?: Record<string, string | number>): string;
  readonly locale: string;
  percent(x: number): string;
  number(x: number): string;
}
export const DEFAULT_LOCALE: 'en';
export function translator(locale?: string | string[]): Translator;
export function registerLocale(code: string, messages: Messages): void;
export function availableLocales(): string[];
export function resolveLocale(requested?: string | string[]): string;

// ---- sentences -------------------------------------------------------------------------------

export interface Lookup { label(skillId: string): string; roleTitle(roleId: string): string; hops(a: string, b: string): number | undefined }
export function createLookup(documents?: Documents): Lookup;
// Rendered from the facts each reason, frame and growth entry carries (`lookup` and `learner` are
// no longer needed and are ignored when given).
export function reasonText(reason: Reason, context: { t: Translator; lookup?: Lookup; learner?: object; framing?: string }): string;
export function framingText(result: CourseResult, context: { t: Translator; lookup?: Lookup; learner?: object }): string;
export function notForMeText(entry: NotForMe, context: { t: Translator }): string;
/** The line under a tag's label, naming the learner's interest (Sweet Spot) or "not for me" (Waste, Uphill). */
export function describeText(result: CourseResult, context: { t: Translator }): string;
export function growthMessage(growth: GrowthMessage, context: { t: Translator }): string;
export function growthTexts(courseId: string, growth: GrowthMessage[], context: { t: Translator; lookup?: Lookup }): string[];
export function tagKind(result: { quadrant: Quadrant; flags: FlagName[] }): TagKind;
export function createSkillIndex(taxonomy: Documents['taxonomy']): {
  search(query: string, options?: { limit?: number; exclude?: Set<string> }): Array<{ id: string; label: string; alias?: string }>;
  label(id: string): string;
  has(id: string): boolean;
  readonly size: number;
};

// ---- styles ----------------------------------------------------------------------------------

export const css: string;
export function installStyles(target?: Document | ShadowRoot): void;

// ---- elements --------------------------------------------------------------------------------

/** <sweetspot-interests>: dispatches "sweetspot-agenda-change" {learner, agenda, saved}. */
export class SweetspotInterests extends HTMLElement {
  configure(options: { taxonomy: Documents['taxonomy']; organization?: object; learner?: object; store?: AgendaStore; locale?: string }): this;
  locale: string | undefined;
  readonly agenda: Agenda;
  focusSearch(): void;
}
/** <sweetspot-matrix>: the 2x2 chart. */
export class SweetspotMatrix extends HTMLElement {
  configure(options: { engine?: EngineLike; documents?: Documents; locale?: string }): this;
  locale: string | undefined;
  update(result: ClassificationLike | null, learner?: object): void;
}
// ---- the catalog audit (admins and managers) ---------------------------------------------------

/** The audit report as engine.audit() / `sweetspot audit` return it. */
export interface AuditReport {
  schema: 'sweetspot/1';
  asOf: string | null;
  learners: number;
  thresholds: { personal: number; org: number };
  summary: Record<Quadrant, number>;
  courses: Array<{ course: string; title: string } & Record<Quadrant, number>>;
  wasteForMost: Array<{ course: string; title: string; waste: number }>;
  coverageGaps: Array<{ skill: string; label: string; neededBy: Array<{ source: 'role'; role: string } | { source: 'priority'; need: string }> }>;
  learnerResults: Array<{
    learner: string; team?: string; role: string | null; yearsInRole: number | null; stagnant: boolean;
    sweetSpotCompleted: number; sweetSpotAvailable: number; noPersonalAgenda: boolean; summary: Record<Quadrant, number>;
  }>;
  teams: Array<{ team: string; learners: number; stagnant: number; summary: Record<Quadrant, number> }>;
  warnings: Array<{ path: string; message: string }>;
}

/** The parts of an engine the audit uses (its catalog loaded). */
export interface AuditEngineLike {
  audit(learners: object[], options?: { asOf?: string | Date | null }): AuditReport;
}

/**
 * <sweetspot-audit>: per course a stacked bar (colour, pattern and count per quadrant) sortable by
 * title or quadrant; Waste for most; coverage gaps; stagnation; teams; a team filter; CSV export.
 * Dispatches "sweetspot-audit-change" {team, report} after each render of a report.
 */
export class SweetspotAudit extends HTMLElement {
  /**
   * engine + learners: the audit is run here, and re-run on one team's learners when a team is
   * chosen; or report: one made elsewhere (the team filter then narrows the learner sections).
   */
  configure(options: {
    engine?: AuditEngineLike; learners?: object[]; report?: AuditReport; documents?: Documents;
    locale?: string; asOf?: string | Date | null; team?: string;
  }): this;
  update(report: AuditReport | null): void;
  /** The team shown ("" for everyone). */
  team: string;
  locale: string | undefined;
  readonly report: AuditReport | null;
  teams(): string[];
  /** course,title,sweet_spot,uphill,gift,waste,waste_for_most (CRLF), as `sweetspot audit --format csv`. */
  coursesCsv(): string;
  learnersCsv(): string;
}
export const AUDIT_QUADRANTS: typeof QUADRANTS;
/** A CSV cell: RFC 4180 quoting; text starting with = + - @ (or tab, CR) gets a leading apostrophe. */
export function csvCell(value: unknown): string;
export function auditCoursesCsv(report: AuditReport): string;
export function auditLearnersCsv(report: AuditReport): string;
export const auditCss: string;
export function installAuditStyles(target?: Document | ShadowRoot): void;
export function defineAuditElement(name?: string): CustomElementConstructor | null;

export function defineInterestsElement(name?: string): CustomElementConstructor | null;
export function defineMatrixElement(name?: string): CustomElementConstructor | null;
export function createInterestsPanel(container: Element, options: Parameters<SweetspotInterests['configure']>[0]): SweetspotInterests;
/** Defines the three elements (also done when ui.js is imported in a browser). */
export function defineElements(): void;

declare global {
  interface HTMLElementTagNameMap {
    'sweetspot-interests': SweetspotInterests;
    'sweetspot-matrix': SweetspotMatrix;
    'sweetspot-audit': SweetspotAudit;
  }
}
