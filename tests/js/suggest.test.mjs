// Skill suggestions through WebAssembly: the loaded taxonomy's labels and aliases found in course
// titles, HTML summaries and tags, with confidences and the spans an admin sees.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, SweetspotError } from '../../web/src/node.js';

const taxonomy = {
  skills: [
    { id: 'ml', label: 'machine learning', aliases: ['ML'] },
    { id: 'dl', label: 'deep learning', broader: ['ml'] },
    { id: 'py', label: 'Python', aliases: ['python 3'] },
    { id: 'sql', label: 'SQL' },
    { id: 'art', label: 'art' },
  ],
};

describe('suggestSkills', async () => {
  const engine = await createEngine();
  engine.load({ taxonomy, organization: {}, catalog: { courses: [] } });
  after(() => engine.dispose());

  it('finds labels and aliases in title, tags and an HTML summary, best first', () => {
    const result = engine.suggestSkills({
      courses: [{ id: 'c1', title: 'Deep Learning with Python 3', summary: '<p>Queries in <b>SQL</b> &amp; more</p>', tags: ['ML'] }],
    });
    const [course] = result.courses;
    assert.equal(course.id, 'c1');
    // label in the title 0.9; alias in the title 0.75; alias in the tags 0.75 × 0.9; label in the summary 0.9 × 0.6
    assert.deepEqual(course.suggestions.map((s) => [s.skill, s.confidence]), [['dl', 0.9], ['py', 0.75], ['ml', 0.675], ['sql', 0.54]]);
    const python = course.suggestions.find((s) => s.skill === 'py');
    assert.deepEqual(python.matches, [{ field: 'title', start: 19, end: 27, text: 'Python 3', kind: 'alias' }]);
    const sql = course.suggestions.find((s) => s.skill === 'sql');
    assert.equal(sql.matches[0].field, 'summary');
    assert.ok(sql.confidence < python.confidence, 'a summary match weighs less than a title match');
  });

  it('takes one course at the top level and honours limit and minConfidence', () => {
    const one = engine.suggestSkills({ title: 'Art and machine learning', limit: 1 });
    assert.equal(one.suggestions.length, 1);
    assert.equal(one.suggestions[0].skill, 'ml');
    const all = engine.suggestSkills({ title: 'Art and machine learning', minConfidence: 0 });
    assert.deepEqual(all.suggestions.map((s) => s.skill), ['ml', 'art']);
  });

  it('treats markup as text to search, never as something to keep', () => {
    const result = engine.suggestSkills({ title: '<img src=x onerror=alert(1)> SQL' });
    assert.deepEqual(result.suggestions.map((s) => s.skill), ['sql']);
  });

  it('rejects a bad request with its path', () => {
    assert.throws(() => engine.suggestSkills({ courses: [{ title: 7 }] }), (e) => e instanceof SweetspotError && e.path === '/courses/0/title');
    assert.throws(() => engine.suggestSkills({ title: 'x', limit: 0 }), (e) => e instanceof SweetspotError && e.path === '/limit');
  });
});
