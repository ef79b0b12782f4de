// LMS adapters: each maps a host's course payloads and page DOM onto Sweetspot catalog courses and
// learners. The mapping functions are DOM-free (Node and browsers); the *Adapter() card finders are
// for tagCourses() in a browser.
//
//   moodle.js  Moodle 4.4+: web-service payloads, custom-field "skill:level" tokens, course tags,
//              a profile field for the role; block_myoverview / Dashboard cards
//   canvas.js  Canvas: dashboard cards and REST payloads + an admin mapping file
//   openedx.js Open edX learner dashboard: /api/learner_home/init, course run keys, slot cardIds
//   html.js    plain pages: [data-course-id] cards, skills in data-course-skills
//   agenda.js  the growth agenda <-> an admin form's fields
//   common.js  skill tokens, roles, mapping files, catalogs
export * from './common.js';
export * from './agenda.js';
export * from './moodle.js';
export * from './canvas.js';
export * from './openedx.js';
export * from './html.js';
