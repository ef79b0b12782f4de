// Reasons as data: every sentence a learner reads is rendered from the facts in the result by the
// i18n catalogs (web/src/ui/reasons.js). English must be the engine's own `text`, `framing` and
// growth `message`, word for word, over the whole golden corpus (so the two renderings cannot drift);
// every other locale must render every reason completely, without the documents and without English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { expectedOf, goldenCases } from '../golden/cases.mjs';
import { describeText, framingText, growthMessage, growthTexts, notForMeText, reasonText } from '../../web/src/ui/reasons.js';
import { translator } from '../../web/src/i18n/index.js';
import { createEngine } from './helpers.mjs';

const classifications = goldenCases()
  .filter((c) => c.command === 'classify')
  .map((c) => ({ name: c.name, expected: expectedOf(c) }))
  .filter((c) => c.expected?.kind === 'json')
  .map((c) => ({ name: c.name, result: JSON.parse(c.expected.text) }));

const LOCALES = ['de', 'fr', 'es'];

describe('reasons rendered from their facts', () => {
  it('the golden corpus has reasons of every source, taxonomy matches, framings and growth', () => {
    const sources = new Set();
    let via = 0, frames = 0, growth = 0;
    for (const { result } of classifications) {
      for (const course of result.courses) {
        for (const r of course.reasons) { sources.add(r.source); if (r.via) via += 1; }
        if (course.frame) frames += 1;
      }
      growth += result.growth.length;
    }
    assert.deepEqual([...sources].sort(), ['aspiration', 'feedback', 'interest', 'mandatory', 'priority', 'role']);
    assert.ok(via > 0 && frames > 0 && growth > 0, `via ${via}, frames ${frames}, growth ${growth}`);
  });

  it('English is the engine’s text, framing and growth message, for every case', () => {
    const t = translator('en');
    let reasons = 0, notForMe = 0;
    for (const { name, result } of classifications) {
      for (const course of result.courses) {
        for (const r of course.reasons) {
          assert.equal(reasonText(r, { t }), r.text, `${name} ${course.course}`);
          reasons += 1;
        }
        assert.equal(framingText(course, { t }), course.framing ?? '', `${name} ${course.course} framing`);
        for (const n of course.notForMe ?? []) {
          assert.equal(notForMeText(n, { t }), n.text, `${name} ${course.course} not for me`);
          notForMe += 1;
        }
      }
      for (const g of result.growth) assert.equal(growthMessage(g, { t }), g.message, `${name} growth ${g.initiative}`);
    }
    assert.ok(reasons > 50, `only ${reasons} reasons in the corpus`);
    assert.ok(notForMe > 0, 'the corpus has a course under the learner’s own “not for me”');
  });

  for (const locale of LOCALES) {
    it(`${locale}: every reason, framing and growth line is complete and not English`, () => {
      const t = translator(locale);
      const en = translator('en');
      for (const { name, result } of classifications) {
        for (const course of result.courses) {
          const texts = course.reasons.map((r) => reasonText(r, { t }));
          const framing = framingText(course, { t });
          // Organization-written text (rationales, notes) is shown as written; everything else is the locale's.
          const orgText = course.reasons.some((r) => r.rationale) || course.frame?.note;
          if (framing && !orgText) texts.push(framing);
          for (const g of result.growth) if (g.courses.includes(course.course)) texts.push(...growthTexts(course.course, result.growth, { t }));
          for (const text of texts) {
            assert.ok(text && !/\{\w+\}/.test(text), `${name} ${course.course}: ${text}`);
          }
          for (const n of course.notForMe ?? []) {
            const text = notForMeText(n, { t });
            assert.ok(text && !/\{\w+\}/.test(text) && text !== n.text, `${name} ${course.course}: ${text}`);
          }
          const describe = describeText(course, { t });
          assert.ok(describe && !/\{\w+\}/.test(describe) && describe !== describeText(course, { t: en }), `${name} ${course.course}: ${describe}`);
          for (const r of course.reasons) {
            if (r.source === 'priority' && r.rationale) continue;
            assert.notEqual(reasonText(r, { t }), reasonText(r, { t: en }), `${name} ${course.course}: still English`);
          }
        }
      }
    });
  }
});

// ESCO's skill labels are verb phrases; a sentence must name them, not use them as its object.
const escoLike = {
  taxonomy: { skills: [
    { id: 'langs', label: 'speak different languages' },
    { id: 'spanish', label: 'speak Spanish', broader: ['langs'] },
    { id: 'budget', label: 'manage budgets' },
  ] },
  organization: {
    roles: [{ id: 'lead', title: 'Team lead', skills: [{ skill: 'budget', level: 3 }] }],
    priorities: [{ skill: 'langs', weight: 0.5, need: 'job' }],
  },
  catalog: { courses: [
    { id: 'es1', title: 'Spanish for work', skills: [{ skill: 'spanish', level: 2 }] },
    { id: 'fin', title: 'Budgets', skills: [{ skill: 'budget', level: 3 }] },
  ] },
};
const learner = { id: 'ana', role: 'lead', interests: [{ skill: 'langs', strength: 0.8 }], proficiency: [{ skill: 'budget', level: 1 }] };

describe('verb-phrase skill labels', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
    engine.load(escoLike);
  });
  after(() => engine?.dispose?.());

  const expected = {
    en: ['You want to learn the skill “speak different languages” (interest 0.8). This course teaches the skill “speak Spanish”, 1 step from it in the skill taxonomy.',
      'Your role as Team lead needs the skill “manage budgets” at level 3; you are at 1.'],
    de: ['Sie möchten die Fähigkeit „speak different languages“ lernen (Interesse 0,8). Dieser Kurs vermittelt die Fähigkeit „speak Spanish“, die in der Fähigkeiten-Taxonomie einen Schritt davon entfernt liegt.',
      'Ihre Rolle als Team lead verlangt die Fähigkeit „manage budgets“ auf Stufe 3; Sie sind auf Stufe 1.'],
    fr: ['Vous voulez apprendre la compétence « speak different languages » (intérêt 0,8). Ce cours enseigne la compétence « speak Spanish », à 1 étape de celle-ci dans la taxonomie des compétences.',
      'Votre poste de Team lead demande la compétence « manage budgets » au niveau 3 ; vous êtes au niveau 1.'],
    es: ['Quiere aprender la habilidad «speak different languages» (interés 0,8). Este curso enseña la habilidad «speak Spanish», a 1 paso de ella en la taxonomía de habilidades.',
      'Su puesto de Team lead requiere la habilidad «manage budgets» en el nivel 3; usted está en el nivel 1.'],
  };
  for (const [locale, [interest, role]] of Object.entries(expected)) {
    it(`${locale}: the label is named as a skill`, () => {
      const result = engine.classify(learner);
      const t = translator(locale);
      const spanish = result.explain('es1');
      assert.equal(reasonText(spanish.reasons[0], { t }), interest);
      const fin = result.explain('fin');
      assert.equal(reasonText(fin.reasons.find((r) => r.source === 'role'), { t }), role);
      if (locale === 'en') assert.equal(spanish.reasons[0].text, interest);
    });
  }

  it('a reason carries its facts: labels, via and hops, levels, strength, role, need', () => {
    const result = engine.classify(learner);
    const [interest] = result.explain('es1').reasons;
    assert.deepEqual({ ...interest, text: undefined }, {
      axis: 'personal', skill: 'spanish', label: 'speak Spanish', via: 'langs', viaLabel: 'speak different languages', hops: 1,
      source: 'interest', amount: 0.4, level: 2, strength: 0.8, text: undefined,
    });
    const fin = result.explain('fin');
    const role = fin.reasons.find((r) => r.source === 'role');
    assert.equal(role.role, 'lead');
    assert.equal(role.roleTitle, 'Team lead');
    assert.equal(role.required, 3);
    assert.equal(role.current, 1);
    const priority = result.explain('es1').reasons.find((r) => r.source === 'priority');
    assert.deepEqual({ ...priority, text: undefined }, {
      axis: 'org', skill: 'spanish', label: 'speak Spanish', via: 'langs', viaLabel: 'speak different languages', hops: 1,
      source: 'priority', amount: 0.25, level: 2, need: 'job', text: undefined,
    });
    assert.equal(reasonText(priority, { t: translator('en') }), priority.text);
    assert.equal(priority.text, 'Organization priority (needed for the job) on the skill “speak different languages”. '
      + 'This course teaches the skill “speak Spanish”, 1 step from it in the skill taxonomy.');
  });
});

// The catalogs are read without the documents: a result alone renders (results stand alone).
it('no rendering needs the documents: reasons.js has no lookup of its own', () => {
  const source = readFileSync(new URL('../../web/src/ui/reasons.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /function up\(|hops\(|aspirations|proficiency/);
});

// The learner's own "not for me" is a fact of the course result (the engine knows which stated skill
// covers which course skill; the page must not walk the taxonomy again), and the popover's first line
// names what the learner said: the interest behind a Sweet Spot, the "not for me" behind a Waste.
describe('not for me, and the stated interest', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
    engine.load(escoLike);
  });
  after(() => engine?.dispose?.());
  const vetoing = { id: 'ben', role: 'lead', interests: [{ skill: 'langs', strength: 0 }, { skill: 'budget', strength: 0.9 }] };

  it('a course under a "not for me" carries the stated skill, the course skill and their distance', () => {
    const result = engine.classify(vetoing);
    const es1 = result.explain('es1');
    assert.deepEqual(es1.notForMe, [{
      skill: 'spanish', label: 'speak Spanish', via: 'langs', viaLabel: 'speak different languages', hops: 1,
      text: 'You said the skill “speak different languages” is not for you. This course teaches the skill “speak Spanish”, 1 step from it in the skill taxonomy.',
    }]);
    assert.equal(result.explain('fin').notForMe, undefined, 'no "not for me" where the learner said none');
    assert.equal(engine.classify(learner).explain('es1').notForMe, undefined);
  });

  const expected = {
    en: ['Your organization needs it, although you said the skill “speak different languages” is not for you.',
      'You said the skill “speak different languages” is not for you. This course teaches the skill “speak Spanish”, 1 step from it in the skill taxonomy.',
      'You said you want to learn the skill “manage budgets”, and your organization needs it.'],
    de: ['Ihre Organisation braucht es, obwohl Sie gesagt haben, dass die Fähigkeit „speak different languages“ nichts für Sie ist.',
      'Sie haben gesagt, dass die Fähigkeit „speak different languages“ nichts für Sie ist. Dieser Kurs vermittelt die Fähigkeit „speak Spanish“, die in der Fähigkeiten-Taxonomie einen Schritt davon entfernt liegt.',
      'Sie haben gesagt, dass Sie die Fähigkeit „manage budgets“ lernen möchten, und Ihre Organisation braucht sie.'],
    fr: ['Votre organisation en a besoin, bien que vous ayez dit que la compétence « speak different languages » n’est pas pour vous.',
      'Vous avez dit que la compétence « speak different languages » n’est pas pour vous. Ce cours enseigne la compétence « speak Spanish », à 1 étape de celle-ci dans la taxonomie des compétences.',
      'Vous avez dit vouloir apprendre la compétence « manage budgets », et votre organisation en a besoin.'],
    es: ['Su organización lo necesita, aunque usted dijo que la habilidad «speak different languages» no es para usted.',
      'Usted dijo que la habilidad «speak different languages» no es para usted. Este curso enseña la habilidad «speak Spanish», a 1 paso de ella en la taxonomía de habilidades.',
      'Usted dijo que quiere aprender la habilidad «manage budgets», y su organización la necesita.'],
  };
  for (const [locale, [uphill, vetoed, sweet]] of Object.entries(expected)) {
    it(`${locale}: the Uphill line and the reason say the "not for me"; the Sweet Spot line names the interest`, () => {
      const t = translator(locale);
      const result = engine.classify(vetoing);
      const es1 = result.explain('es1');
      assert.equal(es1.quadrant, 'uphill');
      assert.equal(describeText(es1, { t }), uphill);
      assert.equal(notForMeText(es1.notForMe[0], { t }), vetoed);
      const fin = result.explain('fin');
      assert.equal(fin.quadrant, 'sweet_spot');
      assert.equal(describeText(fin, { t }), sweet);
    });
  }
});
