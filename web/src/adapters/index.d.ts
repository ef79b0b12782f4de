// Types of the LMS adapters (web/src/adapters/index.js, the package's "./adapters" export).
// Mapping functions are DOM-free; the *Adapter() card finders return the Adapter of ui.d.ts.

import type { Adapter } from '../ui.js';

export interface SkillLevel { skill: string; level: number }
export interface Problem { token: string; message: string }
export interface CourseProblem extends Problem { course: string }
export interface Taxonomy { skills: Array<{ id: string; label?: string; aliases?: string[]; broader?: string[] }> }
export interface Organization {
  roles?: Array<{ id: string; title?: string; skills: SkillLevel[]; next?: string[] }>;
  priorities?: Array<{ skill: string; weight: number; need?: 'job' | 'improve' | 'future' | 'leadership'; rationale?: string }>;
  mandatory?: string[];
  growth?: Array<{ name: string; rationale?: string; skills?: string[]; roles?: string[] }>;
  policy?: object;
  [key: string]: unknown;
}
export interface CatalogCourse {
  id: string; title: string; skills: SkillLevel[]; summary?: string; url?: string; tags?: string[]; language?: string;
}
export interface Catalog { courses: CatalogCourse[] }
export interface Learner { id: string; role?: string; roleSince?: string; completed?: string[] }

// ---- common ----------------------------------------------------------------------------------

export const MIN_LEVEL: 1;
export const MAX_LEVEL: 5;
export const DEFAULT_LEVEL: 2;
export const MAPPING_SCHEMA: 'sweetspot-mapping/1';
export function fold(text: unknown): string;
export function htmlToText(html: unknown): string;
export interface SkillResolver {
  readonly taxonomy: boolean;
  resolve(name: string): string | null;
  has(id: string): boolean;
  label(id: string): string;
}
export function createSkillResolver(taxonomy?: Taxonomy | null): SkillResolver;
export function parseSkillTokens(text: unknown, options?: { resolver?: SkillResolver; defaultLevel?: number; minLevel?: number }): { skills: SkillLevel[]; problems: Problem[] };
export function formatSkillTokens(skills: SkillLevel[]): string;
export function mergeSkillTokens(text: string, additions: SkillLevel[], options?: { resolver?: SkillResolver; defaultLevel?: number; minLevel?: number }): string;
export function resolveRole(value: unknown, organization?: Organization | null): string | null;
export function isoDateFromUnix(seconds: unknown): string | undefined;
export function parseOrganization(input: unknown): { organization: Organization | null; error: string | null };
export function taxonomyFromDocuments(documents?: { organization?: Organization | null; catalog?: Catalog }): Taxonomy;
export function buildCatalog(entries: CatalogCourse[], options?: { mandatory?: string[]; includeUnmapped?: boolean }): { courses: CatalogCourse[]; skipped: string[] };
export function courseEntry(fields: Partial<CatalogCourse> & { id: string }): CatalogCourse;
export interface Mapping {
  organization: Organization | null;
  taxonomy: Taxonomy | null;
  defaultLevel: number;
  includeUnmapped: boolean;
  roleField: string | null;
  courses: Map<string, { id?: string; title?: string; skills: SkillLevel[] }>;
  problems: Array<{ path: string; message: string }>;
}
export function parseMapping(input: string | object): Mapping;

// ---- Canvas ----------------------------------------------------------------------------------

export const CANVAS_PREFIX: 'canvas-';
export const CANVAS_CARD_SELECTOR: '.ic-DashboardCard';
export interface CanvasCourse { id: string; name: string; code?: string; url: string; sisId?: string; summary?: string }
export function canvasCourseIdFromHref(href: unknown): string | null;
export function canvasCourses(payload: unknown): CanvasCourse[];
export function catalogFromCanvas(courses: CanvasCourse[], mapping: Mapping): { catalog: Catalog; idMap: Map<string, string>; unmapped: string[]; skipped: string[] };
export function canvasLearner(options?: { userId?: string | number; roleData?: { data?: unknown } | string | null; organization?: Organization | null }): Learner;
export function parseCanvasJSON(text: string): unknown;
export function nextLink(linkHeader: string | null | undefined): string | null;
export function canvasAdapter(options?: { idMap?: Map<string, string> }): Adapter;

// ---- Open edX --------------------------------------------------------------------------------

export const OPENEDX_PREFIX: 'openedx-';
export const OPENEDX_ATTRIBUTE: 'data-sweetspot-slot';
export function parseCourseKey(key: unknown): { org: string; number: string; run?: string; courseKey: string } | null;
export function cardIndex(cardId: unknown): number;
export function mappingEntryFor(runKey: string, mapping: Mapping): { id?: string; title?: string; skills: SkillLevel[] } | undefined;
export function openedxCatalogId(runKey: string, mapping?: Mapping): string;
export function catalogFromLearnerHome(init: { courses?: object[] }, mapping: Mapping): {
  catalog: Catalog; cards: Map<string, string>; runs: Map<string, string>; unmapped: string[]; skipped: string[];
};
export function openedxLearner(options?: {
  username?: string; account?: { extended_profile?: Array<{ field_name: string; field_value: unknown }> } | null; roleField?: string | null;
  organization?: Organization | null; init?: { courses?: object[] }; runs?: Map<string, string>;
}): Learner;
export function openedxAdapter(options?: { attribute?: string }): Adapter;

// ---- plain pages -----------------------------------------------------------------------------

export function htmlAdapter(options?: {
  attribute?: string; selector?: string; map?: string | Map<string, string> | ((value: string) => string | null);
  mount?: (element: Element) => Element | null;
}): Adapter;
export function catalogFromHtml(root: ParentNode, options?: {
  taxonomy?: Taxonomy | null; organization?: Organization | null; defaultLevel?: number; includeUnmapped?: boolean;
}): { catalog: Catalog; problems: CourseProblem[]; skipped: string[] };
