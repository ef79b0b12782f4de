// LMS adapters: each maps a host's course payloads and page DOM onto Sweetspot catalog courses and
// learners. The mapping functions are DOM-free (Node and browsers); the *Adapter() card finders are
// for tagCourses() in a browser.
//
//   canvas.js  Canvas: dashboard cards and REST payloads + an admin mapping file
//   openedx.js Open edX learner dashboard: /api/learner_home/init, course run keys, slot cardIds
//   html.js    plain pages: [data-course-id] cards, skills in data-course-skills
//   common.js  skill tokens, roles, mapping files, catalogs
// The Moodle adapter lives with its plugin (examples/moodle/adapter.js): it maps only that plugin's
// own web-service payloads, so the package does not carry it. The agenda <-> form mapping is
// web/src/agenda-form.js.
export * from './common.js';
export * from './canvas.js';
export * from './openedx.js';
export * from './html.js';
