// The plugin's static files under a revisioned URL (local/sweetspot/static.php/<revision>/…), the way
// a real Moodle serves them: the packaged plugin in a stand-in site root, static.php run by PHP's
// own server (php -S) behind a 127.0.0.1 front server that also answers lib/ajax/service.php with
// the fixtures and serves the fixture My courses page, whose module tag is the URL the plugin's PHP
// builds. No playwright routes here: routing turns Chromium's HTTP cache off, and the cache is what
// is tested.
//
// Why: without a revision in every URL, a repeat visit shortly after an install refetched all 50
// module and .wasm files (heuristic freshness), and after an upgrade a browser could keep an old
// module with a new .wasm (an ABI mismatch: no tags). Also: scripts/package-moodle.mjs stamps the
// revision (engine/REVISION) and a $plugin->version that moves with the packaged content.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import * as A from '../../examples/moodle/adapter.js';
import { parseOrganization } from '../../web/src/adapters/common.js';
import { createEngine } from '../../web/src/node.js';
import { contentRevision, contentTime, packageMoodle, pluginVersion, versionAt } from '../../scripts/package-moodle.mjs';
import { launch, readFixture, timeline, withLangStrings } from './browser.mjs';
import { ROOT } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'examples/moodle/fixtures');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

let site; // the stand-in site root: config.php, local/sweetspot/ (packaged)
let staged; // packageMoodle's answer
let php; // php -S
let front; // the front server
let origin;
let browser;
const hits = []; // what reached the plugin's folder on the server: "GET /local/… 200"
const SNAPSHOT_PATH = '/pluginfile.php/1/local_sweetspot/snapshot/0123abcd/catalog.sscat';
let snapshot = null; // the site's catalog snapshot while a test serves one (bytes), else null

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** What the plugin's PHP (classes/local/static_files.php) gives as a static file's URL. */
function pluginUrl(file, { slasharguments = true } = {}) {
  const code = `require '${path.join(staged.stageDir, 'classes/local/static_files.php')}';
    use local_sweetspot\\local\\static_files;
    echo static_files::url($argv[1], $argv[2], static_files::revision(), $argv[3] === '1');`;
  const r = spawnSync('php', ['-n', '-r', code, '--', origin, file, slasharguments ? '1' : '0'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** The HTML the plugin's head hook adds to a page (tests/lms/php/head-hook.php runs the real callback). */
function headHtml(input) {
  const r = spawnSync('php', ['-n', path.join(ROOT, 'tests/lms/php/head-hook.php'), staged.stageDir],
    { input: JSON.stringify({ wwwroot: origin, ...input }), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** The snapshot a manager's browser would build of the review fixture, compiled here in Node. */
async function siteSnapshot() {
  const review = readFixture('moodle/review-courses.json');
  const taxonomy = readFixture('taxonomy.json');
  const engine = await createEngine();
  const { organization } = parseOrganization(review.organization);
  const built = A.catalogFromMoodle(review.courses, { taxonomy, organization, idScheme: 'id', useTags: true, defaultLevel: 2 });
  const bytes = engine.compileCatalog({ taxonomy, organization, catalog: built.catalog });
  engine.dispose();
  return Buffer.from(bytes);
}

async function startPhp() {
  const port = await freePort();
  // timeout: the server stops by itself even if this test process dies.
  php = spawn('timeout', ['600', 'php', '-n', '-S', `127.0.0.1:${port}`, '-t', site], { stdio: ['ignore', 'ignore', 'pipe'] });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/config.php`).then(() => true, () => false)) return port;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('php -S did not start');
}

function startFront(phpPort, learnerData, courses) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, body, type) => { res.writeHead(status, { 'Content-Type': type }); res.end(body); };
    if (url.pathname.startsWith('/local/sweetspot/')) {
      const upstream = http.request({ host: '127.0.0.1', port: phpPort, path: req.url, method: req.method, headers: req.headers }, (r) => {
        hits.push(`${req.method} ${url.pathname} ${r.statusCode}`);
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      upstream.on('error', (e) => send(502, String(e), 'text/plain'));
      return req.pipe(upstream);
    }
    if (url.pathname === '/lib/ajax/service.php') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const answers = JSON.parse(body).map(({ methodname, args }) => {
        if (methodname === 'local_sweetspot_get_learner_data') return { error: false, data: { ...learnerData, snapshoturl: snapshot ? origin + SNAPSHOT_PATH : '' } };
        if (methodname === 'core_course_get_enrolled_courses_by_timeline_classification') return { error: false, data: timeline(courses, args) };
        return { error: true, exception: { message: `no ${methodname} here`, errorcode: 'invalidrecord' } };
      });
      return send(200, JSON.stringify(answers), 'application/json');
    }
    if (url.pathname === SNAPSHOT_PATH && snapshot) {
      hits.push(`${req.method} ${url.pathname} 200`);
      return send(200, snapshot, 'application/octet-stream');
    }
    if (url.pathname.startsWith('/pluginfile.php/')) return send(200, JSON.stringify(readFixture('taxonomy.json')), 'application/json');
    const file = url.pathname.startsWith('/my/') && path.join(FIXTURES, path.basename(url.pathname));
    if (!file || !fs.existsSync(file)) return send(404, 'not found', 'text/plain');
    let text = fs.readFileSync(file, 'utf8');
    // The page as Moodle prints it: what the plugin's head hook adds (its own PHP), the strings.
    // My courses has block_myoverview; the 4.5 Dashboard has Timeline and Calendar.
    const head = { 'my-courses.html': { pagetype: 'my-courses', blocks: ['myoverview'] },
      'dashboard.html': { pagetype: 'my-index', blocks: ['timeline', 'calendar_month'] } }[path.basename(file)];
    if (file.endsWith('.html')) text = withLangStrings(text);
    if (head) {
      text = text.replace(/<script type="module" src="\/local\/sweetspot\/js\/mycourses\.js\?v=\d+"><\/script>/,
        () => headHtml({ ...head, snapshoturl: snapshot ? origin + SNAPSHOT_PATH : '' }));
    }
    return send(200, text, MIME[path.extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-moodle-site-'));
  staged = packageMoodle({ outDir: path.join(site, 'local'), zip: false });
  fs.copyFileSync(path.join(ROOT, 'tests/lms/php/moodle-config.php'), path.join(site, 'config.php'));
  const phpPort = await startPhp();
  const learnerData = readFixture('moodle/learner-data.json');
  learnerData.snapshoturl = '';
  front = await startFront(phpPort, learnerData, readFixture('moodle/timeline-courses.json'));
  origin = `http://127.0.0.1:${front.address().port}`;
  learnerData.taxonomyurl = `${origin}/pluginfile.php/1/local_sweetspot/taxonomy/1779000000/taxonomy.json`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((r) => (front ? front.close(r) : r()));
  php?.kill();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

async function visit(page) {
  const from = hits.length;
  await page.goto(`${origin}/my/my-courses.html`);
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-region="course-content"][data-course-id]')].filter((c) => c.offsetParent !== null);
    return cards.length > 0 && cards.filter((c) => c.querySelector('[data-sweetspot="tag"]')).length === 8;
  }, null, { timeout: 20000 });
  return hits.slice(from);
}

describe('local/sweetspot/static.php: revisioned static files', () => {
  it('the page loads every module and the .wasm under the packaged revision, and a repeat visit asks the server for none', async () => {
    const revision = fs.readFileSync(path.join(staged.stageDir, 'engine/REVISION'), 'utf8').trim();
    assert.equal(revision, staged.revision);
    assert.match(revision, /^[0-9a-f]{20}$/);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    const first = await visit(page);
    const prefix = `/local/sweetspot/static.php/${revision}/`;
    // Without a snapshot the page falls back to the full module, imported file by file.
    assert.ok(first.length > 10, `${first.length} plugin files on the first visit`);
    assert.deepEqual(first.filter((h) => !h.startsWith(`GET ${prefix}`) || !h.endsWith(' 200')), [], 'every plugin file under the revision, 200');
    assert.ok(first.includes(`GET ${prefix}engine/dist/sweetspot-core.wasm 200`), 'the .wasm too');
    assert.ok(first.includes(`GET ${prefix}js/mycourses.bundle.js 200`) && first.some((h) => h.includes(`${prefix}engine/src/`)), 'the imported modules too');

    // Right after the install (the files are seconds old): nothing of the plugin reaches the server.
    const repeat = await visit(page);
    assert.deepEqual(repeat, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('answers: immutable for 90 days under the current revision; 304 to a revalidation; not stored under another; 404 outside its files', async () => {
    const base = `${origin}/local/sweetspot/static.php`;
    const wasm = await fetch(`${base}/${staged.revision}/engine/dist/sweetspot-learner.wasm`);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal(wasm.headers.get('cache-control'), 'public, max-age=7776000, immutable');
    assert.equal(wasm.headers.get('etag'), `"${staged.revision}"`);
    assert.ok(Buffer.from(await wasm.arrayBuffer()).equals(fs.readFileSync(path.join(staged.stageDir, 'engine/dist/sweetspot-learner.wasm'))));

    const again = await fetch(`${base}/${staged.revision}/js/mycourses.js`, { headers: { 'If-None-Match': `"${staged.revision}"` } });
    assert.equal(again.status, 304);

    // A page printed before an upgrade asks with the old revision: the current file, stored nowhere.
    const old = await fetch(`${base}/0123456789abcdef0123/js/mycourses.js`);
    assert.equal(old.status, 200);
    assert.equal(old.headers.get('cache-control'), 'no-store');
    assert.match(old.headers.get('content-type'), /^application\/javascript/);

    const taxonomy = await fetch(pluginUrl('taxonomy/default.json'));
    assert.equal(taxonomy.status, 200);
    assert.ok((await taxonomy.json()).skills.length > 300);

    for (const p of ['version.php', 'engine/REVISION', 'engine/SOURCE.md', 'engine/source/core/src/engine.cpp', 'lib.php',
      'js/../version.php', 'js/%2e%2e/version.php', 'js/missing.js', 'classes/local/static_files.php']) {
      const r = await fetch(`${base}/${staged.revision}/${p}`);
      assert.equal(r.status, 404, p);
    }
  });

  it('the plugin builds the URLs: static.php/<revision>/…; the file\'s own URL with ?rev= where slash arguments are off', () => {
    assert.equal(pluginUrl('js/agenda.js'), `${origin}/local/sweetspot/static.php/${staged.revision}/js/agenda.js`);
    assert.equal(pluginUrl('js/agenda.js', { slasharguments: false }), `${origin}/local/sweetspot/js/agenda.js?rev=${staged.revision}`);
    const hook = fs.readFileSync(path.join(staged.stageDir, 'classes/hook_callbacks.php'), 'utf8');
    assert.match(hook, /'src' => self::static_url\('js\/' \. \$file\)/);
    const data = fs.readFileSync(path.join(staged.stageDir, 'classes/local/course_data.php'), 'utf8');
    assert.match(data, /static_url\('taxonomy\/default\.json'\)/);
    assert.match(data, /static_files::revision\(\),/, 'the snapshot\'s source moves with the engine');
  });
});

// Preload hints: where mycourses.js will load the engine (course cards to tag, and the site's
// snapshot up to date: the learner module), the head hook adds <link rel="modulepreload"> for the
// learner module's entry and <link rel="preload" as="fetch" crossorigin> for its .wasm, so the .wasm
// no longer waits for the JS imports. They must be the very requests the modules make (URL and
// credentials mode), or Chromium fetches twice and warns that the preload went unused.
describe('local_sweetspot head hook: preload hints for the engine', () => {
  const LINKS = /<link [^>]*>/g;
  const hints = (rev) => [
    `<link rel="modulepreload" href="${origin}/local/sweetspot/${rev}js/mycourses.bundle.js" />`,
    `<link rel="preload" href="${origin}/local/sweetspot/${rev}engine/dist/sweetspot-learner.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
  ];

  it('adds them on My courses, under the revision; not where the engine will not load, nor on pages that load nothing', () => {
    const snapshoturl = origin + SNAPSHOT_PATH;
    const rev = `static.php/${staged.revision}/`;
    const mine = { pagetype: 'my-courses', blocks: ['myoverview'], snapshoturl };
    const html = headHtml(mine);
    assert.ok(html.startsWith(`<script type="module" src="${origin}/local/sweetspot/${rev}js/mycourses.js"></script>`), html);
    assert.deepEqual(html.match(LINKS), hints(rev));
    // The Dashboard loads mycourses.js, which finds no card there (4.5's default: Timeline,
    // Calendar) and loads nothing more: no hints. With block_myoverview added, it tags cards.
    const dashboard = headHtml({ pagetype: 'my-index', blocks: ['timeline', 'calendar_month'], snapshoturl });
    assert.match(dashboard, /mycourses\.js/);
    assert.equal(dashboard.match(LINKS), null);
    assert.deepEqual(headHtml({ pagetype: 'my-index', blocks: ['myoverview'], snapshoturl }).match(LINKS), hints(rev));
    // No course to show, or no up-to-date snapshot (the page loads the full module from JSON, or
    // nothing without an agenda): the learner .wasm would go unused.
    assert.equal(headHtml({ ...mine, courses: 0 }).match(LINKS), null);
    assert.equal(headHtml({ ...mine, snapshoturl: '' }).match(LINKS), null);
    // Pages that load nothing of the plugin: nothing at all.
    for (const other of [{ pagetype: 'course-view-topics', blocks: ['myoverview'] }, { ...mine, loggedin: false }, { ...mine, guest: true },
      { ...mine, capability: false }, { ...mine, enabled: false }]) {
      assert.equal(headHtml(other), '', JSON.stringify(other));
    }
    // Without slash arguments only the entry module's tag carries ?rev=: the modules import, and
    // locate the .wasm, by plain URLs, so the hints use those.
    const plain = headHtml({ ...mine, slasharguments: false });
    assert.match(plain, new RegExp(`src="${origin}/local/sweetspot/js/mycourses\\.js\\?rev=${staged.revision}"`));
    assert.deepEqual(plain.match(LINKS), hints(''));
  });

  /** A fresh browser on a page; resolves once the page has settled, with what was asked and said. */
  async function firstVisit(file, ready) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const said = [];
    const wasm = [];
    page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname));
    const from = hits.length;
    await page.goto(`${origin}/my/${file}`, { waitUntil: 'load' });
    if (ready) await page.waitForFunction(ready, null, { timeout: 20000 });
    // Chromium warns about a preload left unused a few (3) seconds after the load event.
    await new Promise((r) => setTimeout(r, 4000));
    const links = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (ls) => ls.map((l) => `${l.rel} ${l.href}`));
    const tagged = await page.evaluate(() => document.querySelectorAll('[data-sweetspot="tag"]').length);
    const catalogFrom = await page.evaluate(() => window.localSweetspot?.page.catalogFrom ?? null);
    await context.close();
    return { said, wasm, links, tagged, catalogFrom, hits: hits.slice(from) };
  }

  it('My courses: the preloaded .wasm and module are the ones the page uses: each fetched once, early, no warning', async () => {
    snapshot = await siteSnapshot();
    try {
      const prefix = `/local/sweetspot/static.php/${staged.revision}/`;
      const v = await firstVisit('my-courses.html', () => window.localSweetspot && document.querySelector('[data-sweetspot="tag"]'));
      assert.deepEqual(v.links, [`modulepreload ${origin}${prefix}js/mycourses.bundle.js`,
        `preload ${origin}${prefix}engine/dist/sweetspot-learner.wasm`]);
      assert.equal(v.catalogFrom, 'snapshot');
      assert.ok(v.tagged > 0);
      assert.deepEqual(v.said, [], 'no error, no "preloaded but not used" or credentials-mode warning');
      assert.deepEqual(v.wasm, [`${prefix}engine/dist/sweetspot-learner.wasm`], 'the browser asks for the .wasm once');
      const wasmHit = `GET ${prefix}engine/dist/sweetspot-learner.wasm 200`;
      assert.deepEqual(v.hits.filter((h) => h.endsWith('.wasm 200')), [wasmHit], 'the server sends it once');
      assert.equal(v.hits.filter((h) => h === `GET ${prefix}js/mycourses.bundle.js 200`).length, 1);
      // The plugin's files My courses fetches: its module, the bundle, the .wasm, the taxonomy; no
      // module of the package's tree (each a request to static.php).
      const files = v.hits.filter((h) => h.startsWith(`GET ${prefix}`)).map((h) => h.slice(`GET ${prefix}`.length).replace(/ 200$/, ''));
      assert.deepEqual(files.filter((f) => f.endsWith('.js')).sort(), ['js/mycourses.bundle.js', 'js/mycourses.js'], files.join('\n'));
      // Fetched by the hint, from the head: before the page even knew of the snapshot.
      assert.ok(v.hits.indexOf(wasmHit) < v.hits.indexOf(`GET ${SNAPSHOT_PATH} 200`), v.hits.join('\n'));
    } finally {
      snapshot = null;
    }
  });

  it('the Dashboard (no course cards): no hints, no .wasm, no other module of the plugin, no warning', async () => {
    snapshot = await siteSnapshot();
    try {
      const v = await firstVisit('dashboard.html', null);
      assert.deepEqual(v.links, []);
      assert.deepEqual(v.wasm, []);
      assert.deepEqual(v.said, []);
      assert.ok(v.hits.some((h) => h.endsWith('/js/mycourses.js 200')), 'it does load the module, which finds no card');
      // mycourses.js imports the engine and the UI only where it tags: nothing of them holds up
      // a page without cards (module scripts run before DOMContentLoaded).
      const plugin = v.hits.filter((h) => h.includes('/local/sweetspot/'));
      assert.deepEqual(plugin.filter((h) => !h.endsWith('/js/mycourses.js 200')), [], plugin.join('\n'));
    } finally {
      snapshot = null;
    }
  });
});

describe('package-moodle: the revision and $plugin->version move with the content', () => {
  it('the revision is a hash of the files: one changed byte changes it; how it was made (version.php, SOURCE.md) does not', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-moodle-rev-'));
    try {
      fs.cpSync(staged.stageDir, copy, { recursive: true });
      assert.equal(contentRevision(copy), staged.revision);
      fs.appendFileSync(path.join(copy, 'engine/SOURCE.md'), 'another commit\n');
      fs.appendFileSync(path.join(copy, 'version.php'), '// another version\n');
      assert.equal(contentRevision(copy), staged.revision);
      const wasm = path.join(copy, 'engine/dist/sweetspot-core.wasm');
      const bytes = fs.readFileSync(wasm);
      bytes[bytes.length - 1] ^= 1;
      fs.writeFileSync(wasm, bytes);
      assert.notEqual(contentRevision(copy), staged.revision);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('$plugin->version: the time of the newest packaged change as YYYYMMDDXX, never below the repository\'s', () => {
    const base = Number(pluginVersion().version);
    const at = (iso) => versionAt(Date.parse(iso) / 1000, 2026010100);
    assert.equal(at('2027-03-05T00:00:00Z'), 2027030500);
    assert.equal(at('2027-03-05T00:14:24Z'), 2027030501);
    assert.equal(at('2027-03-05T23:59:59Z'), 2027030599);
    assert.ok(at('2027-03-05T10:00:00Z') > at('2027-03-05T09:45:00Z'), 'a later change, a higher version');
    assert.equal(versionAt(Date.parse('2020-01-01T00:00:00Z') / 1000, base), base, 'the repository\'s version is the floor');
    // The staged version.php carries it, from the newest change to what is packaged.
    const staged2 = /\$plugin->version\s*=\s*(\d{10});/.exec(fs.readFileSync(path.join(staged.stageDir, 'version.php'), 'utf8'))[1];
    assert.equal(Number(staged2), staged.version);
    // (In a tree with uncommitted changes that time is "now", a little after packaging.)
    const t = contentTime();
    assert.ok(staged.version <= versionAt(t, base) && staged.version >= versionAt(t - 300, base), `${staged.version} at ${t}`);
    assert.ok(t <= Date.now() / 1000 + 1);
  });

  it('uncommitted changes to what is packaged count as now', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-moodle-git-'));
    try {
      const git = (...a) => spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { encoding: 'utf8' });
      git('init', '-q');
      fs.mkdirSync(path.join(dir, 'web/src'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'web/src/a.js'), '1');
      git('add', '.');
      assert.equal(spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'a'],
        { encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '2027-03-05T10:00:00Z', GIT_AUTHOR_DATE: '2027-03-05T10:00:00Z' } }).status, 0);
      const now = Date.parse('2027-06-01T00:00:00Z');
      assert.equal(contentTime({ root: dir, now }), Date.parse('2027-03-05T10:00:00Z') / 1000, 'clean: the commit');
      fs.writeFileSync(path.join(dir, 'web/src/a.js'), '2');
      assert.equal(contentTime({ root: dir, now }), now / 1000, 'dirty: now');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
