// The demo portal's "Admin: catalog audit" page (examples/intranet/audit.html) and <sweetspot-audit>:
// a stacked bar for every course, sorting, the team filter (a manager's view: the audit re-run on one
// team), CSV export, axe-core, and hostile course titles that stay text (in the page and the CSV).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sharedBrowserAndServer, watchedPage, ready, runAxe, screenshotPath, repoRoot } from './helpers.mjs';
import { CSP } from '../../scripts/serve.mjs';

const data = (name) => JSON.parse(fs.readFileSync(path.join(repoRoot, `examples/intranet/data/${name}.json`), 'utf8'));
const catalog = data('catalog');
const { learners } = data('learners');
const COURSES = catalog.courses.length;

const HOSTILE_HTML = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & co';
const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","click")';
const hostileCatalog = structuredClone(catalog);
hostileCatalog.courses[0].title = HOSTILE_HTML;
hostileCatalog.courses[1].title = HOSTILE_FORMULA;

const shared = sharedBrowserAndServer();

async function openAudit({ hostile = false } = {}) {
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const w = await watchedPage(context);
  if (hostile) await w.page.route('**/data/catalog.json', (route) => route.fulfill({ json: hostileCatalog }));
  const response = await w.page.goto(`${shared.server.url}audit.html`);
  await ready(w.page);
  return { ...w, context, response };
}

// The shown course rows: id, the row header's text, the four counts and the bar's segments.
const rows = (page) => page.$$eval('sweetspot-audit .ss-audit__courses tbody tr', (trs) => trs.map((tr) => ({
  course: tr.dataset.course,
  title: tr.querySelector('th').textContent,
  counts: [...tr.querySelectorAll('td[data-quadrant]')].map((td) => Number(td.textContent.replace(/\D/g, ''))),
  bar: tr.querySelector('svg.ss-audit__bar')?.getAttribute('aria-label') ?? null,
  segments: [...tr.querySelectorAll('.ss-audit__seg')].map((g) => ({
    quadrant: g.dataset.quadrant, title: g.querySelector('title')?.textContent, fill: g.querySelector('rect').getAttribute('fill'),
  })),
})));

function allowed(url) {
  const u = new URL(url);
  if (u.origin !== new URL(shared.server.url).origin) return false;
  return /^\/(audit\.html|audit\.js|audit\.css|i18n\.js|prefs\.js|styles\.css|favicon\.svg)$/.test(u.pathname) ||
    /^\/data\/(taxonomy|organization|catalog|learners)\.json$/.test(u.pathname) ||
    /^\/web\/src\/[\w/-]+\.js$/.test(u.pathname) ||
    /^\/web\/dist\/sweetspot-core\.(mjs|wasm)$/.test(u.pathname);
}

test('a named, patterned stacked bar for every course, under the strict CSP, nothing stray', async () => {
  const { page, log, context, response } = await openAudit();
  assert.equal(response.headers()['content-security-policy'], CSP);
  const shown = await rows(page);
  assert.equal(shown.length, COURSES);
  const report = await page.evaluate(() => window.sweetspotAudit.audit.report);
  assert.equal(report.learners, learners.length);
  const byId = new Map(report.courses.map((c) => [c.course, c]));
  const quadrants = ['sweet_spot', 'uphill', 'gift', 'waste'];
  const patterns = await page.$$eval('sweetspot-audit pattern', (ps) => ps.map((p) => p.id));
  for (const r of shown) {
    const c = byId.get(r.course);
    assert.deepEqual(r.counts, quadrants.map((q) => c[q]), r.course);
    assert.equal(r.counts.reduce((a, b) => a + b, 0), learners.length);
    assert.match(r.bar, /^Sweet Spot \d+, Uphill \d+, Gift \d+, Waste \d+$/);
    // Each non-empty quadrant is a segment with its own pattern and a spoken name: never colour alone.
    assert.deepEqual(r.segments.map((s) => s.quadrant), quadrants.filter((q) => c[q] > 0));
    for (const s of r.segments) {
      assert.ok(patterns.includes(s.fill.slice(5, -1)), s.fill);
      assert.match(s.title, /^(Sweet Spot|Uphill|Gift|Waste): \d+$/);
    }
  }
  assert.equal(new Set(shown.flatMap((r) => r.segments.map((s) => s.fill))).size, 4, 'one pattern per quadrant');
  const legend = await page.$$eval('sweetspot-audit .ss-audit__legend li', (lis) => lis.map((li) => li.textContent));
  assert.equal(legend.length, 4);
  assert.match(legend[0], /^Sweet Spot: /);

  // Waste for most, coverage gaps and stagnation are there, and agree with the report.
  const sections = await page.evaluate(() => ({
    waste: document.querySelectorAll('.ss-audit__waste li').length,
    gaps: document.querySelectorAll('.ss-audit__gaps tbody tr').length,
    stagnant: document.querySelectorAll('.ss-audit__stagnation tbody tr').length,
    teams: document.querySelectorAll('.ss-audit__teams tbody tr').length,
  }));
  assert.equal(sections.waste, report.wasteForMost.length);
  assert.ok(sections.waste > 0);
  assert.equal(sections.gaps, report.coverageGaps.length);
  assert.equal(sections.stagnant, report.learnerResults.filter((l) => l.stagnant).length);
  assert.equal(sections.teams, report.teams.length);

  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.requests.filter((r) => !allowed(r.url) || r.method !== 'GET'), []);
  await context.close();
});

test('sorting by a quadrant and by title, from the column buttons', async () => {
  const { page, context } = await openAudit();
  const column = (i) => rows(page).then((rs) => rs.map((r) => r.counts[i]));
  const waste = page.locator('sweetspot-audit th[data-sort="waste"] button');
  await waste.click();
  assert.equal(await page.getAttribute('sweetspot-audit th[data-sort="waste"]', 'aria-sort'), 'descending');
  const down = await column(3);
  assert.deepEqual(down, [...down].sort((a, b) => b - a));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Waste', 'focus stays on the button');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('sweetspot-audit th[data-sort="waste"]', 'aria-sort'), 'ascending');
  const up = await column(3);
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  assert.notDeepEqual(up, down);

  await page.locator('sweetspot-audit th[data-sort="uphill"] button').click();
  const uphill = await column(1);
  assert.deepEqual(uphill, [...uphill].sort((a, b) => b - a));
  assert.equal(await page.getAttribute('sweetspot-audit th[data-sort="waste"]', 'aria-sort'), null);

  await page.locator('sweetspot-audit th[data-sort="title"] button').click();
  const titles = (await rows(page)).map((r) => r.title);
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)));
  await context.close();
});

test('the team filter is the audit of that team alone (a manager\'s view)', async () => {
  const { page, context } = await openAudit();
  const all = await page.evaluate(() => window.sweetspotAudit.audit.report);
  const team = learners.find((l) => l.id === 'u-1001').team;
  await page.selectOption('sweetspot-audit select.ss-audit__team', team);
  await page.waitForFunction((t) => window.sweetspotAudit.audit.report?.teams?.[0]?.team === t, team);
  const mine = await page.evaluate(() => window.sweetspotAudit.audit.report);
  const members = learners.filter((l) => l.team === team);
  assert.equal(mine.learners, members.length);
  assert.equal(await page.locator('sweetspot-audit .ss-audit__title').textContent(), `Catalog audit: ${team}`);
  assert.match(await page.locator('sweetspot-audit .ss-audit__meta').textContent(), new RegExp(`^${members.length} learners? · ${COURSES} courses`));
  // Re-run on the team's learners: exactly the engine's audit of them.
  const direct = await page.evaluate((t) => {
    const { engine, learners: people } = window.sweetspotAudit;
    return engine.audit(people.filter((l) => l.team === t));
  }, team);
  assert.deepEqual(mine.courses, direct.courses);
  const shown = await rows(page);
  assert.equal(shown.length, COURSES);
  assert.ok(shown.every((r) => r.counts.reduce((a, b) => a + b, 0) === members.length), 'each bar counts the team only');
  const changed = shown.filter((r) => {
    const c = all.courses.find((x) => x.course === r.course);
    return r.counts.join() !== [c.sweet_spot, c.uphill, c.gift, c.waste].join();
  });
  assert.ok(changed.length > 0, 'the counts change with the team');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('ss-audit__team')), true, 'focus stays on the filter');
  // Back to everyone.
  await page.selectOption('sweetspot-audit select.ss-audit__team', '');
  await page.waitForFunction((n) => window.sweetspotAudit.audit.report.learners === n, learners.length);
  await context.close();
});

test('CSV export: a download of the shown report, cells escaped, the CLI\'s bytes', async () => {
  const { page, context } = await openAudit({ hostile: true });
  const download = async (button) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`sweetspot-audit ${button}`).click()]);
    return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
  };
  const courses = await download('button.ss-audit__csv');
  assert.equal(courses.name, 'sweetspot-audit-courses.csv');
  const lines = courses.text.split('\r\n');
  assert.equal(lines[0], 'course,title,sweet_spot,uphill,gift,waste,waste_for_most');
  assert.equal(lines.length, COURSES + 2, 'a header, a row per course, a final line break');
  assert.equal(lines.at(-1), '');
  const report = await page.evaluate(() => window.sweetspotAudit.audit.report);
  const first = report.courses.find((c) => c.course === hostileCatalog.courses[0].id);
  const second = report.courses.find((c) => c.course === hostileCatalog.courses[1].id);
  assert.ok(lines.includes(`${first.course},"<img src=x onerror=""window.__pwned=1""><script>window.__pwned=2</script> & co",` +
    `${first.sweet_spot},${first.uphill},${first.gift},${first.waste},${report.wasteForMost.some((w) => w.course === first.course)}`));
  assert.ok(lines.some((l) => l.startsWith(`${second.course},"'=HYPERLINK(""http://evil.example"",""click"")",`)), 'a formula is defused');

  // The same bytes as `sweetspot audit --format csv` on the same documents, when that CLI is built.
  const cli = path.join(repoRoot, 'build/native/sweetspot');
  if (fs.existsSync(cli) && /csv/.test(spawnSync(cli, ['--help'], { encoding: 'utf8' }).stdout)) {
    const doc = JSON.stringify({ taxonomy: data('taxonomy'), organization: data('organization'), catalog: hostileCatalog, learners });
    const r = spawnSync(cli, ['audit', '-', '--format', 'csv'], { input: doc, encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(courses.text, r.stdout);
  }

  const team = learners[1].team;
  await page.selectOption('sweetspot-audit select.ss-audit__team', team);
  await page.waitForFunction((t) => window.sweetspotAudit.audit.report?.teams?.[0]?.team === t, team);
  const people = await download('button.ss-audit__csv-learners');
  assert.equal(people.name, `sweetspot-audit-learners-${team.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.csv`);
  const rowsOut = people.text.split('\r\n').filter(Boolean);
  assert.equal(rowsOut[0], 'learner,team,role,years_in_role,stagnant,sweet_spot_completed,sweet_spot_available,no_personal_agenda,sweet_spot,uphill,gift,waste');
  assert.equal(rowsOut.length, 1 + learners.filter((l) => l.team === team).length);
  assert.ok(rowsOut[1].startsWith(`${learners[1].id},${team},`), rowsOut[1]);
  await context.close();
});

test('a hostile course title stays text', async () => {
  const { page, log, context } = await openAudit({ hostile: true });
  const found = await page.evaluate(([html, formula]) => {
    const audit = document.querySelector('sweetspot-audit');
    const headers = [...audit.querySelectorAll('tbody th')].map((th) => th.textContent);
    return {
      pwned: window.__pwned ?? null,
      imgs: audit.querySelectorAll('img').length,
      scripts: audit.querySelectorAll('script').length,
      html: headers.filter((h) => h === html).length,
      formula: headers.filter((h) => h === formula).length,
    };
  }, [HOSTILE_HTML, HOSTILE_FORMULA]);
  assert.deepEqual(found, { pwned: null, imgs: 0, scripts: 0, html: 1, formula: 1 });
  // Sorting and a team change rebuild the table: still text.
  await page.locator('sweetspot-audit th[data-sort="title"] button').click();
  await page.selectOption('sweetspot-audit select.ss-audit__team', learners[0].team);
  await page.waitForFunction(() => window.sweetspotAudit.audit.report.learners === 1);
  assert.equal(await page.evaluate(() => document.querySelectorAll('sweetspot-audit img, sweetspot-audit script').length), 0);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.deepEqual(await page.cspViolations(), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('axe-core reports no violation on the audit page, for everyone and for a team, in German too', async () => {
  const { page, context } = await openAudit();
  const everyone = await runAxe(page);
  assert.deepEqual(everyone, [], JSON.stringify(everyone, null, 1));
  await page.selectOption('#locale-select', 'de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.selectOption('sweetspot-audit select.ss-audit__team', learners[0].team);
  await page.waitForFunction(() => window.sweetspotAudit.audit.report.learners === 1);
  assert.match(await page.locator('sweetspot-audit .ss-audit__title').textContent(), /^Katalog-Audit: /);
  assert.equal(await page.locator('sweetspot-audit th[data-sort="waste"] button').textContent(), 'Verschwendung');
  const team = await runAxe(page);
  assert.deepEqual(team, [], JSON.stringify(team, null, 1));
  await page.screenshot({ path: screenshotPath('audit.png'), fullPage: false });
  await context.close();
});

test('the audit page has no inline script, style or handler, and the portal links to it', () => {
  const html = fs.readFileSync(path.join(repoRoot, 'examples/intranet/audit.html'), 'utf8');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    assert.match(m[1], /\bsrc=/);
    assert.equal(m[2].trim(), '');
  }
  assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
  const index = fs.readFileSync(path.join(repoRoot, 'examples/intranet/index.html'), 'utf8');
  assert.match(index, /<a [^>]*href="audit.html"[^>]*>Admin: catalog audit<\/a>/);
});
