// The site's catalog snapshot: the organization, every visible course with its skills and the
// taxonomy, compiled by the engine (compileCatalog) into the binary form the small learner module
// loads in milliseconds. PHP cannot compile it, so it is built here, in the browser of someone who
// manages Sweetspot (the agenda and suggestions pages), whenever the server says the stored one is
// out of date, and stored as a plugin file whose URL carries its content hash.
import { adapters, call } from './common.js';

const PAGE = 200;

/** local_sweetspot_get_review_courses, every page: the first page's answer with all courses. */
export async function allCourses() {
  const first = await call('local_sweetspot_get_review_courses', { offset: 0, limit: PAGE });
  const courses = [...first.courses];
  while (courses.length < first.total) {
    const next = await call('local_sweetspot_get_review_courses', { offset: courses.length, limit: PAGE });
    if (!next.courses.length) break;
    courses.push(...next.courses);
  }
  return { ...first, courses };
}

/**
 * {organization, catalog} as learners' pages map them (adapter.js catalogFromMoodle, with the same
 * settings), over every visible course: hidden courses stay out, their names included. null when
 * the site has no usable agenda yet.
 */
export function snapshotDocuments(review, taxonomy) {
  const { organization } = adapters.parseOrganization(review.organization || '');
  if (!organization) return null;
  const s = review.settings ?? {};
  const built = adapters.catalogFromMoodle(review.courses.filter((c) => c.visible !== false), {
    taxonomy,
    organization,
    idScheme: s.idscheme === 'idnumber' ? 'idnumber' : 'id',
    useTags: s.usetags !== false,
    defaultLevel: Number.isInteger(s.defaultlevel) ? s.defaultlevel : adapters.DEFAULT_LEVEL,
  });
  return taxonomy ? { taxonomy, organization, catalog: built.catalog } : { organization, catalog: built.catalog };
}

function base64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Builds and stores the snapshot when the server says the stored one is not what the courses are
 * now (review.snapshot: {source, url}). engine: the full module (it has compileCatalog).
 * Resolves to {url, built: bytes written or 0}; never throws (learners fall back to JSON).
 */
export async function refreshSnapshot({ review, taxonomy, engine }) {
  if (!review?.snapshot || review.snapshot.url) return { url: review?.snapshot?.url ?? '', built: 0 };
  try {
    const documents = snapshotDocuments(review, taxonomy);
    if (!documents) return { url: '', built: 0 };
    const bytes = engine.compileCatalog(documents);
    const answer = await call('local_sweetspot_set_snapshot', { snapshot: base64(bytes), source: review.snapshot.source });
    review.snapshot = { ...review.snapshot, url: answer.url };
    return { url: answer.url, built: bytes.length };
  } catch (e) {
    // eslint-disable-next-line no-console
    console.warn('Sweetspot: the catalog snapshot could not be stored; learner pages load the catalog as JSON', e);
    return { url: '', built: 0 };
  }
}
