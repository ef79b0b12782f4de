// Skill suggestions through WebAssembly: the loaded taxonomy's labels and aliases found in course
// titles, HTML summaries and tags, with calibrated confidences, why each was made and the spans an
// admin sees; the admin's rejected aliases; and the same bytes as the native CLI on the labelled set.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, hasCLI, ROOT, runCLI, SweetspotError } from './helpers.mjs';

const taxonomy = {
  skills: [
    { id: 'ml', label: 'machine learning', aliases: ['ML'] },
    { id: 'dl', label: 'deep learning', broader: ['ml'] },
    { id: 'py', label: 'Python', aliases: ['python 3'] },
    { id: 'sql', label: 'SQL' },
    { id: 'dm', label: 'data mining' },
    { id: 'creative', label: 'think creatively', aliases: ['design'] },
  ],
};

describe('suggestSkills', async () => {
  const engine = await createEngine();
  engine.load({ taxonomy, organization: {}, catalog: { courses: [] } });
  after(() => engine.dispose());

  it('finds labels and aliases in title, tags and an HTML summary, best first, and says why', () => {
    const result = engine.suggestSkills({
      courses: [{ id: 'c1', title: 'Deep Learning with Python 3', summary: '<p>Queries in <b>SQL</b> &amp; more</p>', tags: ['ML'] }],
      minConfidence: 0,
    });
    const [course] = result.courses;
    assert.equal(course.id, 'c1');
    const order = course.suggestions.map((s) => s.skill);
    assert.deepEqual(order, ['dl', 'py', 'ml', 'sql'], 'a label of several words in the title first; a summary mention last');
    const [dl, py, ml, sql] = course.suggestions;
    assert.ok(dl.confidence > py.confidence && py.confidence > ml.confidence && ml.confidence > sql.confidence);
    assert.equal(dl.why, 'the title has “Deep Learning” (label “deep learning”)');
    assert.deepEqual(py.matches, [{ field: 'title', start: 19, end: 27, text: 'Python 3', kind: 'alias', term: 'python 3' }]);
    assert.equal(sql.matches[0].field, 'summary');
    assert.deepEqual(ml.matches[0], { field: 'tags', tag: 0, start: 0, end: 2, text: 'ML', kind: 'alias', term: 'ML' });
  });

  it('keeps to the calibrated default threshold and honours limit and minConfidence', () => {
    const byDefault = engine.suggestSkills({ title: 'Deep Learning with Python 3', summary: 'Queries in SQL.' });
    assert.deepEqual(byDefault.suggestions.map((s) => s.skill), ['dl', 'py'], 'a summary mention alone is below the default threshold');
    assert.ok(byDefault.suggestions.every((s) => s.confidence >= 0.694));
    const one = engine.suggestSkills({ title: 'Design and machine learning', limit: 1, minConfidence: 0 });
    assert.deepEqual(one.suggestions.map((s) => s.skill), ['ml']);
  });

  it('never matches across tags or punctuation', () => {
    const r = engine.suggestSkills({ title: 'Data. Mining', tags: ['Big Data', 'Mining'], summary: '<li>data</li><li>mining</li>', minConfidence: 0 });
    assert.deepEqual(r.suggestions, []);
  });

  it('never suggests from a rejected alias', () => {
    const course = { title: 'Design studio', tags: ['ML'], minConfidence: 0 };
    assert.deepEqual(engine.suggestSkills(course).suggestions.map((s) => s.skill).sort(), ['creative', 'ml']);
    const r = engine.suggestSkills({ ...course, rejectedAliases: ['Design', { term: 'ML', skill: 'ml' }] });
    assert.deepEqual(r.suggestions, []);
    assert.throws(() => engine.suggestSkills({ ...course, rejectedAliases: [1] }), (e) => e instanceof SweetspotError && e.path === '/rejectedAliases/0');
  });

  it('treats markup as text to search, never as something to keep', () => {
    const result = engine.suggestSkills({ title: '<img src=x onerror=alert(1)> SQL', minConfidence: 0 });
    assert.deepEqual(result.suggestions.map((s) => s.skill), ['sql']);
  });

  it('rejects a bad request with its path', () => {
    assert.throws(() => engine.suggestSkills({ courses: [{ title: 7 }] }), (e) => e instanceof SweetspotError && e.path === '/courses/0/title');
    assert.throws(() => engine.suggestSkills({ title: 'x', limit: 0 }), (e) => e instanceof SweetspotError && e.path === '/limit');
  });

  it('gives the native CLI\'s answer on the labelled set (200 OCW courses, 2,094 ESCO skills)', async (t) => {
    if (!hasCLI()) return t.skip('no native CLI');
    const dir = `${ROOT}tests/data/suggest-eval/`;
    const request = { ...JSON.parse(readFileSync(`${dir}courses.json`, 'utf8')), limit: 20, minConfidence: 0 };
    const skills = JSON.parse(readFileSync(`${dir}esco-subset-taxonomy.json`, 'utf8'));
    const other = await createEngine();
    try {
      other.load({ taxonomy: skills, organization: {}, catalog: { courses: [] } });
      const wasm = JSON.stringify(other.suggestSkills(request));
      const tmp = mkdtempSync(join(tmpdir(), 'sweetspot-suggest-'));
      writeFileSync(join(tmp, 'request.json'), JSON.stringify({ ...request, taxonomy: skills }));
      const cli = runCLI(['suggest', join(tmp, 'request.json')]);
      rmSync(tmp, { recursive: true });
      assert.equal(cli.status, 0, cli.stderr);
      assert.equal(wasm, JSON.stringify(JSON.parse(cli.stdout)));
      assert.ok(JSON.parse(wasm).courses.filter((c) => c.suggestions.length).length > 150);
    } finally {
      other.dispose();
    }
  });
});
