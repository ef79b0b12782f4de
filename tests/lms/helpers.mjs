// Shared by the LMS integration tests: fixture payloads (shaped like the documented Moodle, Canvas
// and Open edX responses), the engine in Node, and the browser set-up (Debian's Chromium through
// playwright-core, the project's static server on an ephemeral 127.0.0.1 port).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/lms/fixtures');

/**
 * The file of a fixture path: "<lms>/x" is examples/<lms>/fixtures/x when that LMS keeps its
 * fixtures with its plugin (examples/<lms>/fixtures/), else tests/lms/fixtures/<lms>/x; shared
 * fixtures (taxonomy.json, organization.json) stay in tests/lms/fixtures.
 */
export function fixturePath(relative) {
  const [first, ...rest] = relative.split('/');
  const home = path.join(ROOT, 'examples', first, 'fixtures');
  if (rest.length && fs.existsSync(home)) return path.join(home, ...rest);
  return path.join(FIXTURES, relative);
}

/** A fixture file, parsed (see fixturePath). */
export function fixture(relative) {
  return JSON.parse(fs.readFileSync(fixturePath(relative), 'utf8'));
}

export function fixtureText(relative) {
  return fs.readFileSync(fixturePath(relative), 'utf8');
}

/** The day every test classifies for (NOW of the fixture payloads: Unix 1780000000). */
export const AS_OF = '2026-05-28';
export const NOW = 1780000000;

/** A learner agenda as <sweetspot-interests> stores it. */
export const AGENDA = {
  interests: [{ skill: 'esco-python', strength: 0.9 }, { skill: 'esco-photography', strength: 0.8 }],
  aspirations: [],
};

/**
 * Runs the Moodle plugin's pure mapping class (classes/local/audit_learners.php) with php-cli, no
 * Moodle: a list of calls in, a list of results out (tests/lms/php/audit-learners.php).
 */
export async function runAuditLearners(calls) {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('php', ['-n', path.join(ROOT, 'tests/lms/php/audit-learners.php')], {
    input: JSON.stringify(calls), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`audit-learners.php exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The review fixture's courses as audit_learners takes them: {Moodle id: ID number}. */
export function courseRows(review) {
  return Object.fromEntries(review.courses.map((c) => [String(c.id), c.idnumber]));
}
