// The compact result of engine.classify(): per-course arrays in course index order (copied out of
// wasm memory, so they stay valid after later calls and memory growth) plus everything else the
// engine returned (summary, growth, warnings...). Full per-course results come from explain().

import { FLAGS, QUADRANTS, SCHEMA, SCORE_UNITS, flagNames } from './constants.js';
import { usageError } from './errors.js';
import { COURSE_IDS, COURSE_TITLES } from './marshal.js';

export class Classification {
  // Private fields, not defineProperty: they cost a fifth as much per classify (the fixed cost of a
  // call is a budget of a few microseconds).
  #engine;
  #origin;
  #list;
  #length;

  /**
   * The fields of the full classification (classifyJSON) but its courses, in its order: the strings
   * and lists from the engine's compact JSON, the numbers from its memory (arrays, totals).
   * @param {import('./engine.js').Engine} engine
   * @param {{learner: string, asOf: string|null, growth: object[], warnings: object[]}} lists the compact JSON, parsed
   * @param {ReturnType<import('./marshal.js').Marshal['arrays']>} arrays
   * @param {{catalog: number, text: string}} origin the catalog it was made on and its request text
   */
  constructor(engine, lists, arrays, origin) {
    this.#engine = engine;
    this.#fill(lists, arrays, origin);
  }

  /**
   * engine.classify(learner, {into: this}): whether this classification can take another learner's
   * results in place: made by `engine` on the catalog it has loaded now, arrays not transferred.
   */
  _refillableBy(engine) {
    return this.#engine === engine && this.#origin.catalog === engine._catalog && this.quadrants.length === this.#length;
  }

  /** This classification, now holding another learner's results (see _refillableBy). */
  _refill(lists, arrays, origin) {
    this.#fill(lists, arrays, origin);
    return this;
  }

  #fill(lists, arrays, origin) {
    this.schema = SCHEMA;
    this.learner = lists.learner;
    this.asOf = lists.asOf;
    this.thresholds = { personal: arrays.personalThreshold / SCORE_UNITS, org: arrays.orgThreshold / SCORE_UNITS };
    this.noPersonalAgenda = arrays.noPersonalAgenda;
    const summary = {};
    for (let q = 0; q < QUADRANTS.length; ++q) summary[QUADRANTS[q]] = arrays.counts[q];
    this.summary = summary;
    this.growth = lists.growth;
    this.warnings = lists.warnings;
    /** Quadrant code per course: an index into QUADRANTS. */
    this.quadrants = arrays.quadrants;
    /** Personal score per course, in units of 1/10000. */
    this.personalUnits = arrays.personalUnits;
    /** Org score per course, in units of 1/10000. */
    this.orgUnits = arrays.orgUnits;
    /** Flag bits per course (FLAGS). */
    this.flags = arrays.flags;
    this.#length = arrays.quadrants.length;
    this.#origin = origin;
    this.#list = this.#engine._heldList(); // the ids are read from the engine only if asked for
  }

  /** Course ids in index order (the same frozen array for every classification of a load). */
  get courses() {
    return this.#engine._courseTexts(this.#list, COURSE_IDS);
  }

  get length() {
    return this.quadrants.length;
  }

  /** Index of a course id (or -1). */
  indexOf(courseId) {
    return this.#engine._indexIn(this.#list, courseId);
  }

  /** @returns {number} the index of `course` (id or index); throws SweetspotError if unknown */
  at(course) {
    const i = typeof course === 'number' ? course : this.indexOf(course);
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) {
      throw usageError('a course id of the loaded catalog', JSON.stringify(course));
    }
    return i;
  }

  quadrant(course) {
    return QUADRANTS[this.quadrants[this.at(course)]];
  }

  personal(course) {
    return this.personalUnits[this.at(course)] / SCORE_UNITS;
  }

  org(course) {
    return this.orgUnits[this.at(course)] / SCORE_UNITS;
  }

  hasFlag(course, name) {
    return (this.flags[this.at(course)] & (FLAGS[name] ?? 0)) !== 0;
  }

  flagNames(course) {
    return flagNames(this.flags[this.at(course)]);
  }

  /** {course, index, quadrant, personal, org, flags}: one course without its reasons. */
  get(course) {
    const i = this.at(course);
    return this.#tag(typeof course === 'string' ? course : this.#engine._courseText(this.#list, COURSE_IDS, i), i); // an id found at i is that id
  }

  /** get(courseId), or null when the catalog has no such course. */
  find(courseId) {
    const i = this.indexOf(courseId);
    return i < 0 ? null : this.#tag(courseId, i);
  }

  /** The title of a course (id or index); only this course's is read out of the engine. */
  title(course) {
    return this.#engine._courseText(this.#list, COURSE_TITLES, this.at(course));
  }

  #tag(id, i) {
    return {
      course: id,
      index: i,
      quadrant: QUADRANTS[this.quadrants[i]],
      personal: this.personalUnits[i] / SCORE_UNITS,
      org: this.orgUnits[i] / SCORE_UNITS,
      flags: flagNames(this.flags[i]),
    };
  }

  /** Indexes of the courses in one quadrant (a name of QUADRANTS). */
  indexesIn(quadrant) {
    const code = QUADRANTS.indexOf(quadrant);
    if (code < 0) throw usageError(`one of ${QUADRANTS.join(', ')}`, JSON.stringify(quadrant));
    const out = [];
    for (let i = 0; i < this.quadrants.length; ++i) if (this.quadrants[i] === code) out.push(i);
    return out;
  }

  /**
   * The full result of one course {course, title, quadrant, personal, org, reasons, framing?, flags},
   * exactly as in classifyJSON(), at any time: the engine explains it from this classification's
   * own request, whatever it classified since (same catalog only).
   */
  explain(course) {
    return this.#engine._explainFor(this.#origin, this.at(course));
  }

  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; ++i) yield this.get(i);
  }
}
