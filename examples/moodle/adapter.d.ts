// Types of examples/moodle/adapter.js (the Moodle plugin's adapter; not part of the sweetspot package).
import type { Adapter } from '../../web/src/ui.js';
import type { Catalog, CourseProblem, Learner, Organization, Taxonomy } from '../../web/src/adapters/index.js';

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

