#!/usr/bin/env node
// The real-page budget: how long a learner waits, from navigation to the last course card tagged,
// in headless Chromium (playwright-core, /usr/bin/chromium), on two pages of 12 and 200 courses:
//
//   demo     the intranet demo (examples/intranet) on its JSON path (?json): it fetches taxonomy,
//            organization and catalog as JSON, renders its cards, loads the engine (full module)
//            from the JSON and tags them. Served with a catalog of the first N demo courses. (As it
//            ships, the demo loads a snapshot of its whole catalog on the learner module, which a
//            cut catalog would not match: the Moodle-like page below measures that path.)
//   moodle   a My courses page shaped like Moodle 4.5's block_myoverview (card markup, numeric
//            data-course-id, the id map in the page as the plugin hands it over), whose script
//            loads organization + catalog + taxonomy as a catalog SNAPSHOT from a revisioned URL
//            (/snapshots/catalog.<sha256>.sscat, Cache-Control: immutable) and tags the N cards.
//
// Each page is timed on a first visit (a fresh browser context: nothing cached) and on a repeat
// visit (the same context navigating again: what the HTTP cache and V8's code cache keep). The
// package's own files are served with an ETag and revalidated, as a host serves static files.
// "Tagged" is seen by a MutationObserver installed before any page script: the moment every card
// holds a [data-sweetspot="tag"], as performance.now() (milliseconds since navigation start).
// Numbers are printed (medians), never asserted.
//
//   node tests/bench/pages.mjs [--runs=N] [--quick] [--web=DIR]
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { waitIdle } from './renderer-stats.mjs';
import { record } from './results.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const WEB = path.resolve(args.web ?? path.join(REPO_ROOT, 'web'));
const DEMO = path.join(REPO_ROOT, 'examples', 'intranet');
const RUNS = Number(args.runs ?? (args.quick ? 3 : 7));
const SIZES = [12, 200];
const CHROMIUM = '/usr/bin/chromium';
const AS_OF = '2026-11-23';

console.log('== the real-page budget: navigation to the last card tagged, headless Chromium');
let pw = null;
try {
  pw = createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
} catch {
  pw = null;
}
const skip = !pw ? 'playwright-core is not installed' : !fs.existsSync(CHROMIUM) ? `${CHROMIUM} not found`
  : !fs.existsSync(path.join(WEB, 'dist', 'sweetspot-core.wasm')) ? `${path.join(WEB, 'dist')} is not built (scripts/build.sh)` : null;
if (skip) {
  console.log(`skipped (${skip})`);
  process.exit(0);
}

// ---- the data: the demo's documents, and the snapshot of its organization + catalog + taxonomy ----
const readDemo = (name) => JSON.parse(fs.readFileSync(path.join(DEMO, 'data', `${name}.json`), 'utf8'));
const taxonomy = readDemo('taxonomy');
const organization = readDemo('organization');
const catalog = readDemo('catalog');
const { learners } = readDemo('learners');
if (catalog.courses.length < Math.max(...SIZES)) throw new Error(`pages.mjs: the demo catalog has only ${catalog.courses.length} courses`);

const { createEngine } = await import(pathToFileURL(path.join(WEB, 'src', 'node.js')).href);
const compiler = await createEngine();
const snapshot = Buffer.from(compiler.compileCatalog(JSON.stringify({ taxonomy, organization, catalog })));
compiler.dispose();
const revision = crypto.createHash('sha256').update(snapshot).digest('hex').slice(0, 16);
const snapshotUrl = `/snapshots/catalog.${revision}.sscat`;

// A My courses page with block_myoverview's card markup for the first `n` courses. Moodle ids are
// 100 + position; the map to catalog ids comes with the page, as the plugin's config does.
function moodlePage(n) {
  const courses = catalog.courses.slice(0, n);
  const idMap = Object.fromEntries(courses.map((c, i) => [String(100 + i), c.id]));
  const esc = (s) => String(s).replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const cards = courses.map((c, i) => `
        <div class="card dashboard-card course-card" role="listitem" data-region="course-content" data-course-id="${100 + i}">
          <a href="/course/view.php?id=${100 + i}" tabindex="-1"><div class="card-img dashboard-card-img"></div></a>
          <div class="card-body pe-1 course-info-container"><div class="d-flex align-items-start"><div class="w-100 text-truncate">
            <span class="categoryname text-truncate">Northwind Learning</span>
            <a href="/course/view.php?id=${100 + i}" class="aalink coursename me-2 mb-1"><span class="multiline">${esc(c.title)}</span></a>
          </div></div></div>
          <div class="d-flex align-items-start"><div class="card-footer dashboard-card-footer border-0 bg-white w-100"></div></div>
        </div>`).join('');
  const config = { snapshot: snapshotUrl, learner: learners[0], asOf: AS_OF, idMap };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>My courses | Northwind LMS</title><link rel="icon" href="data:,">
<script type="application/json" id="sweetspot-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script type="module" src="/moodle/mycourses.js"></script>
</head><body id="page-my-index" class="path-my pagelayout-mycourses">
<section class="block_myoverview block" data-block="myoverview"><div data-region="myoverview">
  <div data-region="courses-view" data-display="card"><div data-region="course-view-content">
    <div class="card-grid mx-0 row row-cols-1 row-cols-sm-2 row-cols-lg-3" role="list">${cards}
    </div></div></div></div></section>
</body></html>`;
}

// The page's script, as a plugin would ship it: engine and snapshot in parallel, then the tags.
const MOODLE_SCRIPT = `import { createEngine } from '/web/src/index.js';
import { createAdapter, tagCourses } from '/web/src/ui.js';

const config = JSON.parse(document.getElementById('sweetspot-config').textContent);
const [engine, bytes] = await Promise.all([
  createEngine(),
  fetch(config.snapshot, { credentials: 'same-origin' }).then((r) => r.arrayBuffer()),
]);
engine.loadSnapshot(new Uint8Array(bytes));
tagCourses(document.querySelector('[data-region="myoverview"]'), {
  engine,
  learner: config.learner,
  asOf: config.asOf,
  adapter: createAdapter('[data-region="course-content"][data-course-id]', (card) => config.idMap[card.dataset.courseId]),
});
`;

// ---- the server: 127.0.0.1, stops by itself ------------------------------------------------------
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };
const etags = new Map();
function sendFile(req, res, file) {
  const body = fs.readFileSync(file);
  let tag = etags.get(file);
  if (!tag) etags.set(file, (tag = `"${crypto.createHash('sha1').update(body).digest('hex')}"`));
  const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag: tag };
  if (req.headers['if-none-match'] === tag) return res.writeHead(304, headers).end();
  res.writeHead(200, headers).end(body);
}
function sendBody(res, type, body, cache = 'no-store') {
  res.writeHead(200, { 'content-type': type, 'cache-control': cache }).end(body);
}
const under = (dir, rel) => {
  const file = path.resolve(dir, `.${rel}`);
  return file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
};
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const p = decodeURIComponent(url.pathname);
  let m;
  if (p === snapshotUrl) return sendBody(res, 'application/octet-stream', snapshot, 'public, max-age=31536000, immutable');
  if (p === '/moodle/mycourses.js') return sendBody(res, 'text/javascript', MOODLE_SCRIPT, 'no-cache');
  if ((m = /^\/moodle\/(\d+)\/my\/$/.exec(p))) return sendBody(res, 'text/html; charset=utf-8', moodlePage(Number(m[1])));
  if ((m = /^\/demo\/(\d+)\/data\/catalog\.json$/.exec(p)))
    return sendBody(res, 'application/json', JSON.stringify({ ...catalog, courses: catalog.courses.slice(0, Number(m[1])) }), 'no-cache');
  if ((m = /^\/demo\/\d+\/(.*)$/.exec(p))) {
    const file = under(DEMO, `/${m[1] || 'index.html'}`);
    if (file) return sendFile(req, res, file);
  }
  if (p.startsWith('/web/')) {
    const file = under(WEB, p.slice(4));
    if (file) return sendFile(req, res, file);
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const stopper = setTimeout(() => { server.closeAllConnections?.(); server.close(); }, 600_000);
stopper.unref();
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- timing ---------------------------------------------------------------------------------------
function watchTags(selector) {
  const allTagged = () => {
    const cards = document.querySelectorAll(selector);
    if (!cards.length) return false;
    for (const card of cards) if (!card.querySelector('[data-sweetspot="tag"]')) return false;
    return true;
  };
  const observer = new MutationObserver(() => {
    if (window.__taggedAt === undefined && allTagged()) {
      window.__taggedAt = performance.now();
      window.__cards = document.querySelectorAll(selector).length;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function visit(tab, url) {
  await tab.goto(url);
  await tab.waitForFunction(() => window.__taggedAt !== undefined, null, { timeout: 60_000 });
  return tab.evaluate(() => ({ at: window.__taggedAt, cards: window.__cards }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pages = [];
for (const n of SIZES) {
  pages.push({ name: `demo, ${n} courses (JSON documents, ?json)`, url: `/demo/${n}/?json`, selector: '#cards > [data-course-id]', n });
  pages.push({ name: `Moodle-like My courses, ${n} courses (snapshot)`, url: `/moodle/${n}/my/`, selector: '[data-region="course-content"][data-course-id]', n });
}

const browser = await pw.chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
const results = {};
try {
  console.log(`chromium ${browser.version()}, medians of ${RUNS} runs; snapshot ${(snapshot.length / 1024).toFixed(0)} KiB at ${snapshotUrl}`);
  console.log(`${''.padEnd(50)}${'first visit'.padStart(12)}${'repeat visit'.padStart(14)}`);
  for (const page of pages) {
    const first = [];
    const repeat = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(watchTags, page.selector);
      const tab = await context.newPage();
      await waitIdle(); // the new tab's browser UI first (renderer-stats.mjs)
      const a = await visit(tab, origin + page.url);
      const b = await visit(tab, origin + page.url);
      await context.close();
      if (a.cards !== page.n || b.cards !== page.n) throw new Error(`${page.name}: ${a.cards}/${b.cards} cards tagged, expected ${page.n}`);
      first.push(a.at);
      repeat.push(b.at);
    }
    results[page.name] = { first: median(first), repeat: median(repeat) };
    console.log(`${page.name.padEnd(50)}${`${median(first).toFixed(0)} ms`.padStart(12)}${`${median(repeat).toFixed(0)} ms`.padStart(14)}`);
  }
} catch (e) {
  console.log(`failed: ${String(e.message).split('\n')[0]}`);
} finally {
  await browser.close();
  clearTimeout(stopper);
  server.closeAllConnections?.();
  server.close();
}
const flat = {};
for (const [name, r] of Object.entries(results)) {
  flat[`${name}, first visit`] = r.first;
  flat[`${name}, repeat visit`] = r.repeat;
}
if (Object.keys(flat).length) record('pageBudget', flat);
