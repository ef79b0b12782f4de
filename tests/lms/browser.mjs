// Browser set-up for the LMS fixtures: Debian's Chromium (tests/browser/helpers.mjs launch flags),
// the project's static server (scripts/serve.mjs: 127.0.0.1, ephemeral port, strict CSP) with the
// packaged plugin and the fixtures as roots, and playwright route interception standing in for
// each LMS's server-side endpoints.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { serve } from '../../scripts/serve.mjs';
import { packageMoodle } from '../../scripts/package-moodle.mjs';
import { launch, sharedBrowserAndServer as sharedWith, watchedPage } from '../browser/helpers.mjs';
import { NOW, ROOT, fixture } from './helpers.mjs';

export { launch, watchedPage };

/** Chromium and this suite's static server (`roots` as startServer takes them) for one test file. */
export const sharedBrowserAndServer = (roots) => sharedWith(() => startServer(roots));

/** Packages the Moodle plugin into a temporary folder; returns {stageDir, cleanup}. */
export function stagedMoodlePlugin() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-moodle-ui-'));
  const { stageDir } = packageMoodle({ outDir, zip: false });
  return { stageDir, cleanup: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}

/** The static server: extra roots are URL prefix -> absolute or repo-relative folder. */
export function startServer(roots = {}) {
  return serve({
    port: 0,
    roots: {
      '/fixtures/': 'tests/lms/fixtures',
      '/fixtures/moodle/': 'examples/moodle/fixtures',
      '/web/src/': 'web/src',
      '/web/dist/': 'web/dist',
      ...roots,
    },
  });
}

let strings = null;
/** lang/en/local_sweetspot.php's $string, read by PHP itself. */
export function moodleStrings() {
  if (strings) return strings;
  const file = path.join(ROOT, 'examples/moodle/local_sweetspot/lang/en/local_sweetspot.php');
  const r = spawnSync('php', ['-n', '-r', `define('MOODLE_INTERNAL', 1); $string = []; require '${file}'; echo json_encode($string);`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`reading the language file: ${r.stderr}`);
  strings = JSON.parse(r.stdout);
  return strings;
}

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#039;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fixture page as the PHP page prints it: data-strings="@lang:key other prefix_*" becomes the
 * JSON of those strings of the language file (hook_callbacks::js_strings, or report.php's prefix loop).
 */
export function withLangStrings(html) {
  const all = moodleStrings();
  return html.replace(/data-strings="@lang:([^"]*)"/g, (m, list) => {
    const out = {};
    for (const key of list.trim().split(/\s+/)) {
      if (key.endsWith('*')) {
        for (const [k, v] of Object.entries(all)) if (k.startsWith(key.slice(0, -1))) out[k] = v;
      } else if (key in all) {
        out[key] = all[key];
      } else {
        throw new Error(`fixture asks for the string "${key}", which the language file does not have`);
      }
    }
    return `data-strings="${escapeAttribute(JSON.stringify(out))}"`;
  });
}

const json = (body, status = 200) => ({ status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) });

/**
 * Moodle's lib/ajax/service.php and pluginfile.php for one page, over the fixture site. Records
 * every call in `log` ({methodname, args}). Options: learnerData (the local_sweetspot_get_learner_data
 * answer), review (get_review_courses), courses (timeline items), taxonomy, sesskey, onSetSkills,
 * handlers ({methodname: async (args) => data | {exception}} for any other function).
 */
export async function routeMoodle(page, origin, options) {
  const { learnerData, review, courses, taxonomy, sesskey = 'sesskey4fixture', log = [] } = options;
  await page.route(`${origin}fixtures/moodle/*.html**`, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, body: withLangStrings(await response.text()) });
  });
  await page.route(`${origin}lib/ajax/service.php**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('sesskey') !== sesskey) {
      return route.fulfill(json({ error: 'Invalid sesskey', errorcode: 'invalidsesskey' }));
    }
    const requests = JSON.parse(route.request().postData() ?? '[]');
    const answers = [];
    for (const { methodname, args } of requests) {
      log.push({ methodname, args, body: route.request().postData() });
      if (methodname === 'core_course_get_enrolled_courses_by_timeline_classification') {
        answers.push({ error: false, data: timeline(courses, args) });
      } else if (methodname === 'local_sweetspot_get_learner_data') {
        answers.push({ error: false, data: learnerData });
      } else if (methodname === 'local_sweetspot_get_review_courses') {
        const page = review.courses.slice(args.offset ?? 0, (args.offset ?? 0) + (args.limit ?? 200));
        answers.push({ error: false, data: { ...review, courses: page } });
      } else if (options.handlers?.[methodname]) {
        const r = await options.handlers[methodname](args);
        answers.push(r?.exception ? { error: true, exception: r.exception } : { error: false, data: r });
      } else if (methodname === 'local_sweetspot_set_course_skills') {
        const r = options.onSetSkills ? options.onSetSkills(args) : { courseid: args.courseid, skills: args.skills };
        answers.push(r.exception ? { error: true, exception: r.exception } : { error: false, data: r });
      } else {
        answers.push({ error: true, exception: { message: `Can't find data record in database table external_functions.`, errorcode: 'invalidrecord' } });
      }
    }
    return route.fulfill(json(answers));
  });
  await page.route(`${origin}pluginfile.php/**`, (route) => route.fulfill(json(taxonomy)));
  return log;
}

/** Where the fixture Moodle on `origin` serves the plugin's taxonomy file. */
export const fixtureTaxonomyUrl = (origin) => `${origin}pluginfile.php/1/local_sweetspot/taxonomy/1779000000/taxonomy.json`;

/** local_sweetspot_get_review_courses's answer (the fixture), its taxonomy served from `origin`. */
export function reviewCoursesFixture(origin) {
  return { ...readFixture('moodle/review-courses.json'), taxonomyurl: fixtureTaxonomyUrl(origin) };
}

/** core_course_get_enrolled_courses_by_timeline_classification over the fixture courses at NOW. */
export function timeline(courses, { classification = 'all', sort = 'fullname', offset = 0, limit = 0 }) {
  const keep = {
    all: () => true,
    allincludinghidden: () => true,
    inprogress: (c) => c.startdate <= NOW && (c.enddate === 0 || c.enddate >= NOW),
    future: (c) => c.startdate > NOW,
    past: (c) => c.enddate !== 0 && c.enddate < NOW,
    favourites: (c) => c.isfavourite,
    hidden: () => false,
  }[classification] ?? (() => true);
  let list = courses.filter(keep);
  list = sort === 'ul.timeaccess desc'
    ? [...list].sort((a, b) => b.timeaccess - a.timeaccess)
    : [...list].sort((a, b) => a.fullname.localeCompare(b.fullname));
  const page = limit ? list.slice(offset, offset + limit) : list.slice(offset);
  return { courses: page, nextoffset: offset + page.length };
}

export function readFixture(relative) {
  return fixture(relative);
}
