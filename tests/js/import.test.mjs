// engine.importFramework(): the skill-framework importers through WebAssembly (their own module,
// dist/sweetspot-import.wasm, loaded on first use), on the real ESCO and O*NET subsets and the CASE
// fixture in tests/data. Same documents as `sweetspot import`; errors at their request path or
// file:line:column.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';

import { createEngine, DIST, hasCLI, ROOT, runCLI, SweetspotError } from './helpers.mjs';

const DATA = `${ROOT}tests/data/`;
const filesIn = (dir, ext) => Object.fromEntries(readdirSync(DATA + dir).filter((f) => f.endsWith(ext)).map((f) => [f, readFileSync(`${DATA}${dir}/${f}`, 'utf8')]));
const esco = filesIn('esco', '.csv');
const onet = filesIn('onet', '.txt');
const casePackage = readFileSync(`${DATA}case/data-literacy.json`, 'utf8');

describe('importFramework', () => {
  let engine;
  before(async () => { engine = await createEngine(); });
  after(() => engine.dispose());

  it('imports the ESCO subset as `sweetspot import esco` does', async (t) => {
    const { document, report } = await engine.importFramework('esco', esco, { ids: 'slug', essentialLevel: 4 });
    assert.equal(document.schema, 'sweetspot/1');
    assert.equal(report.format, 'esco');
    assert.equal(report.ok, true);
    assert.equal(report.counts.skills, document.taxonomy.skills.length);
    assert.equal(report.counts.roles, 3);
    assert.equal(report.counts.skillGroups, 44, 'skillGroups_en.csv, told by its name, keeps the groups as broader skills');
    assert.ok(document.organization.roles.every((r) => r.skills.every((s) => s.level === 4)));
    assert.deepEqual(report.warnings.map((w) => w.path), ['occupations_en.csv:23:12']);
    if (!hasCLI()) return t.skip('no native CLI');
    const paths = Object.keys(esco).map((f) => `${DATA}esco/${f}`);
    const cli = runCLI(['import', 'esco', '--ids', 'slug', '--essential-level', '4', ...paths]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(document, JSON.parse(cli.stdout));
  });

  it('imports the O*NET subset with options, from Blobs and an array of Files', async () => {
    const { document, report } = await engine.importFramework('onet', new Map(Object.entries(onet).map(([n, s]) => [n, new Blob([s])])),
      { minImportance: 2.5, keepSuppressed: true, technologyLevel: 2 });
    assert.equal(report.counts.skills, 24, '17 rated elements and ancestors, 5 hot technologies, 2 commodity titles');
    assert.equal(report.counts.technologies, 5);
    assert.equal(report.counts.roles, 5);
    assert.equal(report.counts.requirements, 16 + 18);
    const scientists = document.organization.roles.find((r) => r.id === '15-2051.00');
    assert.deepEqual(scientists.skills, [{ skill: 'tech:Linux', level: 2 }, { skill: 'tech:Python', level: 2 }, { skill: 'tech:R', level: 2 }]);
    assert.equal(document.organization.roles.length, 5);
    const files = Object.entries(onet).map(([n, s]) => new File([s], n.replace(/ /g, '_').toLowerCase()));
    const again = await engine.importFramework('onet', files, { minImportance: 2.5, keepSuppressed: true, technologyLevel: 2 });
    assert.deepEqual(again.document, document, 'O*NET names may use _ for spaces, any case');
  });

  it('imports the CASE fixture and plain CSV, and the result loads into an engine', async () => {
    const c = await engine.importFramework('case', { 'data-literacy.json': casePackage });
    assert.equal(c.document.taxonomy.skills.length, 10);
    assert.equal(c.report.counts.skills, 10);

    const csv = await engine.importFramework('csv', [
      { name: 'roles.csv', text: 'role,title,skill,level\ndev,Developer,py,4\ndev,Developer,sql,2\n' },
      { name: 'skills.csv', text: 'id,label,aliases,broader\nprog,Programming,,\npy,Python,python 3,prog\nsql,SQL,,prog\n' },
    ], { levelScale: '1-5' });
    assert.deepEqual(csv.document.organization.roles[0].skills, [{ skill: 'py', level: 4 }, { skill: 'sql', level: 2 }]);
    const loaded = engine.load({
      taxonomy: csv.document.taxonomy,
      organization: csv.document.organization,
      catalog: { courses: [{ id: 'c1', title: 'Python', skills: [{ skill: 'py', level: 4 }] }] },
    });
    assert.deepEqual(loaded.warnings, []);
    const tag = engine.classify({ id: 'l', role: 'dev', interests: [{ skill: 'prog', strength: 1 }] }, { asOf: null });
    assert.equal(tag.quadrant('c1'), 'sweet_spot');
  });

  it('refuses bad requests with the path of the problem', async () => {
    const refused = async (args, path, pattern) => {
      await assert.rejects(engine.importFramework(...args), (e) => {
        assert.ok(e instanceof SweetspotError, String(e));
        assert.equal(e.path, path, e.message);
        assert.match(e.message, pattern);
        return true;
      });
    };
    await refused(['xml', esco], '/format', /expected a format/);
    await refused(['esco', 'skills.csv'], '/files', /expected files as/);
    await refused(['esco', { 'skills_en.csv': 42 }], '/files/skills_en.csv', /string or Blob/);
    await refused(['esco', {}], '/files', /at least one file/);
    await refused(['esco', esco, { essentialLevel: 'high' }], '/options/essentialLevel', /expected an integer, found string "high"/);
    await refused(['esco', esco, { essentialLevel: 9 }], '/options/essentialLevel', /expected integer 1..5, found 9/);
    await refused(['esco', esco, { levelScale: '1-5' }], '/options/levelScale', /an option of esco \(ids, essentialLevel, optionalLevel\)/);
    await refused(['csv', { 'a.csv': 'id\nx\n', 'b.csv': 'id\ny\n' }], '/files', /two files for the same part: a.csv and b.csv/);
    await refused(['esco', { 'notes.txt': 'x' }], '/files', /cannot tell which ESCO file notes.txt is/);
    await refused(['case', { 'a.json': casePackage, 'b.json': casePackage }], '/files', /one CASE package file/);
    // An error inside a file names the file, line and column.
    await refused(['esco', { 'skills_en.csv': 'conceptUri,preferredLabel\r\nx,"never closed\r\n' }], 'skills_en.csv:2:3', /expected a closing quote/);
  });

  it('loads the import module only for imports, within its own size budget', () => {
    const wasm = readFileSync(`${DIST}sweetspot-import.wasm`);
    const glue = readFileSync(`${DIST}sweetspot-import.mjs`);
    const gz = gzipSync(wasm, { level: 9 }).length + gzipSync(glue, { level: 9 }).length;
    assert.ok(gz <= 90 * 1024, `import module ${gz} bytes gzip`);
    assert.ok(!/\beval\s*\(|new Function/.test(glue.toString()), 'CSP-safe glue');
    const core = readFileSync(`${ROOT}web/src/index.js`, 'utf8') + readFileSync(`${ROOT}web/src/loader.js`, 'utf8');
    assert.doesNotMatch(core, /sweetspot-import/, 'the core path never names the import module');
  });
});
