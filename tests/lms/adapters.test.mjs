// The DOM-free half of web/src/adapters: skill tokens, roles, mapping files, agenda form, and each
// LMS's payloads (fixtures shaped like the documented responses; Canvas and Open edX in their own
// canvas-adapter / openedx-adapter tests) onto a catalog and learner that
// the engine loads without warnings and classifies as the fixture data calls for.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import * as A from '../../web/src/adapters/index.js';
import { applyAgenda } from '../../web/src/ui/agenda-store.js';
import { tagKind } from '../../web/src/ui/reasons.js';
import { createEngine } from '../../web/src/node.js';
import { callMoodleService } from '../../examples/moodle/local_sweetspot/js/service.js';
import { AGENDA, AS_OF, ROOT, fixture } from './helpers.mjs';

const taxonomy = fixture('taxonomy.json');
const organization = fixture('organization.json');
const resolver = A.createSkillResolver(taxonomy);

describe('skill tokens', () => {
  it('parses "skill:level" tokens with any separator and a default level', () => {
    const r = A.parseSkillTokens('esco-python:3; esco-sql:2,esco-communication\nesco-photography = 4 | esco-machine-learning', { defaultLevel: 2 });
    assert.deepEqual(r.skills, [
      { skill: 'esco-python', level: 3 }, { skill: 'esco-sql', level: 2 }, { skill: 'esco-communication', level: 2 },
      { skill: 'esco-photography', level: 4 }, { skill: 'esco-machine-learning', level: 2 },
    ]);
    assert.deepEqual(r.problems, []);
  });

  it('resolves labels and aliases (case, accents, spacing) onto ids with a taxonomy', () => {
    const r = A.parseSkillTokens('Python 3:3; structured  query LANGUAGE:2; GDPR; Machine learning:4', { resolver });
    assert.deepEqual(r.skills.map((s) => `${s.skill}:${s.level}`), ['esco-python:3', 'esco-sql:2', 'esco-data-privacy:2', 'esco-machine-learning:4']);
    assert.equal(resolver.resolve('ESCO-PYTHON'), 'esco-python');
    assert.equal(resolver.resolve('pottery'), null);
  });

  it('reads rich-text field values and URI ids', () => {
    assert.deepEqual(A.parseSkillTokens('<p>esco-python:3</p><p>esco-sql&nbsp;:&nbsp;2</p>').skills,
      [{ skill: 'esco-python', level: 3 }, { skill: 'esco-sql', level: 2 }]);
    const uri = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
    assert.deepEqual(A.parseSkillTokens(`${uri}:4; ${uri.replace('ccd', 'abc')}`).skills,
      [{ skill: uri, level: 4 }, { skill: uri.replace('ccd', 'abc'), level: 2 }]);
  });

  it('reports bad levels, unknown skills and repeats without throwing', () => {
    const r = A.parseSkillTokens('esco-python:9; esco-sql:two; :3; pottery:2; esco-python:2; esco-python:4; esco-sql:0', { resolver });
    assert.deepEqual(r.skills, [{ skill: 'esco-python', level: 4 }]);
    assert.deepEqual(r.problems.map((p) => p.token), ['esco-python:9', 'esco-sql:two', ':3', 'pottery:2', 'esco-python:4', 'esco-sql:0']);
    assert.match(r.problems[0].message, /outside 1\.\.5/);
    assert.match(r.problems[3].message, /not a skill id, label or alias/);
    assert.match(r.problems[4].message, /named twice/);
    // Roles may require level 0.
    assert.deepEqual(A.parseSkillTokens('esco-sql:0', { minLevel: 0 }).skills, [{ skill: 'esco-sql', level: 0 }]);
    assert.deepEqual(A.parseSkillTokens(undefined), { skills: [], problems: [] });
  });

  it('formats and merges (existing skills keep the higher level)', () => {
    assert.equal(A.formatSkillTokens([{ skill: 'a', level: 3 }, { skill: 'b', level: 1 }]), 'a:3; b:1');
    assert.equal(A.mergeSkillTokens('esco-python:3', [{ skill: 'esco-sql', level: 2 }, { skill: 'esco-python', level: 2 }]), 'esco-python:3; esco-sql:2');
    assert.equal(A.mergeSkillTokens('', [{ skill: 'esco-sql', level: 9 }]), 'esco-sql:5');
  });

  it('builds a stand-in taxonomy from the skills the documents use', () => {
    const t = A.taxonomyFromDocuments({ organization, catalog: { courses: [{ id: 'x', skills: [{ skill: 'zz', level: 1 }] }] } });
    assert.ok(t.skills.some((s) => s.id === 'zz' && s.label === 'zz'));
    assert.ok(t.skills.some((s) => s.id === 'esco-cloud-technologies'));
  });
});

describe('roles, agendas, mapping files', () => {
  it('resolves a role by id or by title', () => {
    assert.equal(A.resolveRole('data-analyst', organization), 'data-analyst');
    assert.equal(A.resolveRole('  data analyst ', organization), 'data-analyst');
    assert.equal(A.resolveRole('DATA-SCIENTIST', organization), 'data-scientist');
    assert.equal(A.resolveRole('Astronaut', organization), null);
    assert.equal(A.resolveRole('', organization), null);
  });

  it('parses the stored agenda: text, object, combined document; readable errors otherwise', () => {
    assert.deepEqual(A.parseOrganization(JSON.stringify(organization)).organization, organization);
    assert.equal(A.parseOrganization({ organization }).organization, organization);
    assert.match(A.parseOrganization('{"roles": [').error, /not valid JSON/);
    assert.match(A.parseOrganization('[1]').error, /JSON object/);
    assert.match(A.parseOrganization('').error, /no growth agenda/);
  });

  it('reads mapping files and names the path of every problem', () => {
    const m = A.parseMapping({
      schema: 'sweetspot-mapping/2',
      organization,
      taxonomy,
      defaultLevel: 9,
      courses: { 1: 'python:3; pottery', 2: { id: 'two', skills: [{ skill: 'SQL', level: 2 }] }, 3: 42, 'a/b': { skills: 7 } },
    });
    assert.deepEqual(m.courses.get('1').skills, [{ skill: 'esco-python', level: 3 }]);
    assert.deepEqual(m.courses.get('2'), { id: 'two', skills: [{ skill: 'esco-sql', level: 2 }] });
    assert.deepEqual(m.problems.map((p) => p.path), ['/schema', '/defaultLevel', '/courses/1/skills', '/courses/3', '/courses/a~1b/skills']);
    assert.throws(() => A.parseMapping('[]'), TypeError);
  });
});

describe('the agenda form', () => {
  it('round-trips an agenda and keeps the parts the form does not edit', () => {
    const model = A.agendaToForm(organization);
    assert.equal(model.roles[0].skills, 'esco-python:3; esco-sql:3; esco-data-privacy:2');
    assert.equal(model.mandatory, 'moodle-48');
    const { organization: back, problems } = A.formToAgenda(model, organization);
    assert.deepEqual(problems, []);
    assert.deepEqual(back, organization);
  });

  it('applies edits, drops empty rows, reports bad fields by JSON path', () => {
    const model = A.agendaToForm(organization);
    model.roles.push({ id: '', title: '', skills: '', next: '' });
    model.roles.push({ id: 'ops', title: 'Operations', skills: 'esco-cloud-technologies:2; x:9', next: 'data-analyst, data-analyst' });
    model.priorities[0].weight = '1.5';
    model.priorities.push({ skill: 'esco-sql', weight: '0.3', need: 'nonsense', rationale: ' Data everywhere. ' });
    model.mandatory = 'moodle-48\nmoodle-42, moodle-48';
    model.thresholds.personal = '0.3';
    model.gifts = { allowed: false, note: '' };
    const { organization: o, problems } = A.formToAgenda(model, organization);
    assert.deepEqual(problems.map((p) => p.path), ['/roles/2/skills', '/priorities/0/weight']);
    assert.deepEqual(o.roles[2], { id: 'ops', title: 'Operations', skills: [{ skill: 'esco-cloud-technologies', level: 2 }], next: ['data-analyst'] });
    assert.deepEqual(o.priorities[2], { skill: 'esco-sql', weight: 0.3, need: 'improve', rationale: 'Data everywhere.' });
    assert.deepEqual(o.mandatory, ['moodle-48', 'moodle-42']);
    assert.deepEqual(o.policy, { thresholds: { personal: 0.3, org: 0.25 }, gifts: { allowed: false } });
    assert.deepEqual(o.growth, organization.growth);
  });
});

describe('through the engine', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
  });

  const kinds = (c) => Object.fromEntries([...c].map((r) => [r.course, tagKind(r)]));

  it('the agenda form output validates, and its problems are the engine\'s too', () => {
    const { organization: o } = A.formToAgenda(A.agendaToForm(organization), organization);
    const ok = engine.validate({ taxonomy, organization: o });
    assert.equal(ok.valid, true);
    // Without a catalog the mandatory course is unknown: the agenda page leaves that warning out.
    assert.deepEqual(ok.warnings, [{ path: '/organization/mandatory/0', message: 'unknown course "moodle-48"' }]);
    const bad = engine.validate({ organization: { ...o, priorities: [{ skill: 'esco-sql', weight: 1.5 }] } });
    assert.equal(bad.valid, false);
    assert.equal(bad.error.path, '/organization/priorities/0/weight');
  });

  it('Moodle: learner data -> catalog and learner; quadrants without and with an agenda', () => {
    const data = fixture('moodle/learner-data.json');
    const m = A.fromLearnerData(data, { taxonomy });
    assert.equal(m.error, null);
    assert.deepEqual(m.learner, { id: 'moodle-user-7', role: 'data-analyst', roleSince: '2023-01-01', completed: ['moodle-49'] });
    assert.deepEqual(m.untagged, ['47', '48']);
    assert.deepEqual(m.skipped, ['moodle-47'], 'untagged and not mandatory: no tag rather than "Waste"');
    assert.deepEqual(m.problems, []);
    const byId = Object.fromEntries(m.catalog.courses.map((c) => [c.id, c]));
    assert.equal(byId['moodle-45'].title, 'Photography & Light', 'format_string output read as text');
    assert.deepEqual(byId['moodle-44'].skills, [{ skill: 'esco-cloud-technologies', level: 2 }], 'a tag naming an alias');
    assert.deepEqual(byId['moodle-46'].skills, [{ skill: 'esco-leadership-principles', level: 2 }], 'an HTML field value');
    assert.deepEqual(byId['moodle-43'].tags, ['analytics'], 'tags that name no skill stay tags');
    assert.deepEqual(byId['moodle-48'].skills, [], 'mandatory without skills is kept');
    assert.equal(m.idMap.get('42'), 'moodle-42');

    const loaded = engine.load({ taxonomy, organization: m.organization, catalog: m.catalog });
    assert.deepEqual(loaded.warnings, []);
    assert.deepEqual(kinds(engine.classify(m.learner, { asOf: AS_OF })), {
      'moodle-42': 'org_needed', 'moodle-43': 'org_needed', 'moodle-44': 'org_needed', 'moodle-45': 'optional',
      'moodle-46': 'optional', 'moodle-48': 'org_needed', 'moodle-49': 'org_needed', 'moodle-50': 'org_needed',
    });
    assert.deepEqual(kinds(engine.classify(applyAgenda(m.learner, AGENDA), { asOf: AS_OF })), {
      'moodle-42': 'uphill', 'moodle-43': 'sweet_spot', 'moodle-44': 'uphill', 'moodle-45': 'gift',
      'moodle-46': 'waste', 'moodle-48': 'uphill', 'moodle-49': 'uphill', 'moodle-50': 'sweet_spot',
    });
  });
});

describe('Moodle payload shapes', () => {
  it('core_course_get_courses and search_courses: skills from customfields[].valueraw', () => {
    const got = A.catalogFromMoodle(fixture('moodle/core_course_get_courses.json'), { taxonomy, useTags: false });
    assert.deepEqual(got.catalog.courses.map((c) => [c.id, c.skills.length]), [['moodle-42', 1], ['moodle-43', 2]]);
    assert.deepEqual(got.untagged, ['44']);
    const found = A.catalogFromMoodle(fixture('moodle/core_course_search_courses.json').courses, { taxonomy });
    assert.deepEqual(found.catalog.courses.map((c) => c.id), ['moodle-45', 'moodle-46']);
    assert.equal(A.moodleSkillsText({ customfields: [{ shortname: 'other', valueraw: 'x' }] }), '');
  });

  it('core_course_get_enrolled_courses_by_timeline_classification carries no skills: all untagged', () => {
    const t = A.catalogFromMoodle(fixture('moodle/timeline-courses.json'), { taxonomy, useTags: false, includeUnmapped: true });
    assert.equal(t.untagged.length, 9);
    assert.equal(t.catalog.courses[0].url, 'https://lms.example.org/course/view.php?id=42');
  });

  it('the idnumber scheme names courses by their ID number, and never twice', () => {
    const courses = fixture('moodle/learner-data.json').courses;
    courses.push({ id: 99, idnumber: 'HR-DPE', fullname: 'Copy', skills: 'esco-sql:1', tags: [] });
    const m = A.catalogFromMoodle(courses, { taxonomy, idScheme: 'idnumber' });
    assert.equal(m.idMap.get('42'), 'HR-DPE');
    assert.equal(m.idMap.get('44'), 'moodle-44', 'no ID number: the numeric id');
    assert.equal(m.idMap.get('99'), 'moodle-99', 'a repeated ID number falls back to the numeric id');
  });

  it('without an agenda: an error to show, nothing to tag', () => {
    const data = { ...fixture('moodle/learner-data.json'), organization: '' };
    const m = A.fromLearnerData(data, { taxonomy });
    assert.match(m.error, /no growth agenda/);
    assert.deepEqual(m.catalog.courses, []);
  });
});

describe('callMoodleService (the Moodle plugin\'s js/service.js)', () => {
  const cfg = (reply, seen) => ({
    wwwroot: 'https://lms.example.org/',
    sesskey: 'abc123',
    fetch: async (url, init) => {
      seen.push({ url, init });
      return reply;
    },
  });
  const json = (body, status = 200) => ({ ok: status < 400, status, json: async () => body });

  it('posts one request as core/ajax does and returns its data', async () => {
    const seen = [];
    const data = await callMoodleService(cfg(json([{ error: false, data: { ok: 1 } }]), seen), 'local_sweetspot_get_learner_data', { a: 1 });
    assert.deepEqual(data, { ok: 1 });
    assert.equal(seen[0].url, 'https://lms.example.org/lib/ajax/service.php?sesskey=abc123&info=local_sweetspot_get_learner_data');
    assert.equal(seen[0].init.method, 'POST');
    assert.equal(seen[0].init.credentials, 'same-origin');
    assert.deepEqual(JSON.parse(seen[0].init.body), [{ index: 0, methodname: 'local_sweetspot_get_learner_data', args: { a: 1 } }]);
  });

  it('rejects with Moodle\'s errorcode', async () => {
    await assert.rejects(callMoodleService(cfg(json([{ error: true, exception: { message: 'No permission', errorcode: 'nopermissions' } }]), []), 'x'),
      (e) => e.errorcode === 'nopermissions' && /No permission/.test(e.message));
    await assert.rejects(callMoodleService(cfg(json({ error: 'Your session has most likely timed out', errorcode: 'servicerequireslogin' }), []), 'x'),
      (e) => e.errorcode === 'servicerequireslogin');
    await assert.rejects(callMoodleService(cfg(json(null, 503), []), 'x'), (e) => e.errorcode === 'http503');
    await assert.rejects(callMoodleService({ wwwroot: '', sesskey: '' }, 'x'), /M\.cfg/);
  });
});

describe('the package\'s ./adapters export', () => {
  it('index.d.ts declares every export of index.js, and nothing else', () => {
    const dts = fs.readFileSync(path.join(ROOT, 'web/src/adapters/index.d.ts'), 'utf8');
    const declared = [...dts.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
    assert.deepEqual(declared, Object.keys(A).sort());
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/package.json'), 'utf8'));
    assert.deepEqual(pkg.exports['./adapters'], { types: './src/adapters/index.d.ts', default: './src/adapters/index.js' });
  });

  it('makes no network request of its own (hosts fetch; the adapters only map)', () => {
    const dir = path.join(ROOT, 'web/src/adapters');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.js'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.ok(!/\bfetch\b|XMLHttpRequest|WebSocket|sendBeacon|import\(/.test(text), `${f} touches the network`);
    }
  });
});
