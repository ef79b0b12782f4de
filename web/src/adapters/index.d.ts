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

// ---- agenda form -----------------------------------------------------------------------------

export const NEEDS: ['job', 'improve', 'future', 'leadership'];
export interface AgendaForm {
  thresholds: { personal: string; org: string };
  gifts: { allowed: boolean; note: string };
  roles: Array<{ id: string; title: string; skills: string; next: string }>;
  priorities: Array<{ skill: string; weight: string; need: string; rationale: string }>;
  mandatory: string;
}
export function agendaToForm(organization?: Organization | null): AgendaForm;
export function formToAgenda(model: AgendaForm, base?: Organization): { organization: Organization; problems: Array<{ path: string; message: string }> };

// ---- Moodle ----------------------------------------------------------------------------------

export const MOODLE_PREFIX: 'moodle-';
export const MOODLE_CARD_SELECTOR: string;
export const DEFAULT_SKILLS_FIELD: 'sweetspot_skills';
export type MoodleIdScheme = 'id' | 'idnumber';
export interface MoodleCourse {
  id: number | string; idnumber?: string; fullname?: string; fullnamedisplay?: string; displayname?: string; shortname?: string;
  summary?: string; viewurl?: string; skills?: string; tags?: Array<string | { rawname?: string; name?: string }>;
  customfields?: Array<{ name?: string; shortname: string; type?: string; valueraw?: string; value?: string }>;
  completed?: boolean;
}
export interface MoodleLearnerData {
  userid: number;
  organization: string;
  taxonomyurl: string;
  settings: { idscheme: MoodleIdScheme; defaultlevel: number; usetags: boolean; skillsfield: string; interestsurl: string };
  profile: { role: string; rolesince: number };
  courses: MoodleCourse[];
}
export function moodleCatalogId(course: { id: number | string; idnumber?: string }, options?: { idScheme?: MoodleIdScheme }): string;
export function moodleSkillsText(course: MoodleCourse, options?: { field?: string }): string;
export function catalogFromMoodle(courses: MoodleCourse[], options?: {
  taxonomy?: Taxonomy | null; organization?: Organization | null; idScheme?: MoodleIdScheme; field?: string; useTags?: boolean;
  defaultLevel?: number; includeUnmapped?: boolean;
}): { catalog: Catalog; idMap: Map<string, string>; untagged: string[]; problems: CourseProblem[]; skipped: string[] };
export function learnerFromMoodle(data: MoodleLearnerData, options?: { organization?: Organization | null; idMap?: Map<string, string> }): Learner;
export function fromLearnerData(data: MoodleLearnerData, options?: { taxonomy?: Taxonomy | null }): {
  error: string | null; organization: Organization | null; catalog: Catalog; idMap: Map<string, string>; learner: Learner | null;
  untagged: string[]; problems: CourseProblem[]; skipped: string[];
};
export function moodleAdapter(options?: { idMap?: Map<string, string> }): Adapter;

// ---- plain pages -----------------------------------------------------------------------------

export function htmlAdapter(options?: {
  attribute?: string; selector?: string; map?: string | Map<string, string> | ((value: string) => string | null);
  mount?: (element: Element) => Element | null;
}): Adapter;
export function catalogFromHtml(root: ParentNode, options?: {
  taxonomy?: Taxonomy | null; organization?: Organization | null; defaultLevel?: number; includeUnmapped?: boolean;
}): { catalog: Catalog; problems: CourseProblem[]; skipped: string[] };
