// LMS adapters: each maps a host's course payloads and page DOM onto Sweetspot catalog courses and
// learners. The mapping functions are DOM-free (Node and browsers); the *Adapter() card finders are
// for tagCourses() in a browser. The Canvas and Open edX adapters live with their plugins
// (examples/canvas/adapter.js, examples/openedx/src/adapter.js) and build on this API.
//
//   moodle.js  Moodle 4.4+: web-service payloads, custom-field "skill:level" tokens, course tags,
//              a profile field for the role; block_myoverview / Dashboard cards
//   html.js    plain pages: [data-course-id] cards, skills in data-course-skills
//   agenda.js  the growth agenda <-> an admin form's fields
//   common.js  skill tokens, roles, mapping files, catalogs
export * from './common.js';
export * from './agenda.js';
export * from './moodle.js';
export * from './html.js';
