// LMS adapters: each maps a host's course payloads and page DOM onto Sweetspot catalog courses and
// learners. The mapping functions are DOM-free (Node and browsers); the *Adapter() card finders are
// for tagCourses() in a browser. The Canvas and Open edX adapters live with their plugins
// (examples/canvas/adapter.js, examples/openedx/src/adapter.js) and build on this API.
//
//   html.js    plain pages: [data-course-id] cards, skills in data-course-skills
//   common.js  skill tokens, roles, mapping files, catalogs
// The Moodle adapter lives with its plugin (examples/moodle/adapter.js): it maps only that plugin's
// own web-service payloads, so the package does not carry it. The agenda <-> form mapping is
// web/src/agenda-form.js.
export * from './common.js';
export * from './html.js';
