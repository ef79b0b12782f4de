// Everything a learner's page uses, as one module: the learner engine ('sweetspot/learner') and the
// UI ('sweetspot/ui'). scripts/bundle.mjs bundles it into dist/sweetspot-learner.js, one file
// next to sweetspot-learner.wasm, so that a page imports one file instead of a tree of modules.
export * from './learner.js';
export * from './ui.js';
