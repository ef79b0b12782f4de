// What the Vite app does with the package, written once so that tests/browser/vite.test.mjs runs the
// very same steps in Node (web/src/node.js) and compares: load a catalog, classify a learner,
// explain one course, validate a malformed document (the result and the thrown SweetspotError).
// `sweetspot` holds the package's createEngine and SweetspotError; `doc` is {taxonomy?, organization, catalog,
// learner, asOf}.
export async function scenario(sweetspot, doc) {
  const { createEngine, SweetspotError } = sweetspot;
  const engine = await createEngine();
  try {
    const loaded = engine.load({ taxonomy: doc.taxonomy, organization: doc.organization, catalog: doc.catalog });
    const tags = engine.classify(doc.learner, { asOf: doc.asOf });
    const courses = {};
    for (const id of tags.courses) {
      courses[id] = { quadrant: tags.quadrant(id), personal: tags.personal(id), org: tags.org(id), flags: tags.flagNames(id) };
    }
    const first = tags.indexesIn('sweet_spot').map((i) => tags.courses[i])[0] ?? tags.courses[0];

    // A course level of 7 (levels are 1..5): validate() reports it, validateJSON() throws.
    const malformed = { organization: {}, catalog: { courses: [{ id: 'x', skills: [{ skill: 'a', level: 7 }] }] } };
    const validation = engine.validate(malformed);
    let thrown = null;
    try {
      engine.validateJSON(malformed);
    } catch (e) {
      thrown = { isSweetspotError: e instanceof SweetspotError, isError: e instanceof Error, name: e.name, path: e.path, expected: e.expected, found: e.found, message: e.message };
    }
    return {
      loaded: { courses: loaded.courses, skills: loaded.skills, warnings: loaded.warnings },
      summary: tags.summary,
      courses,
      explained: engine.explain(first),
      validation,
      thrown,
    };
  } finally {
    engine.dispose();
  }
}
