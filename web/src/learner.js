// 'sweetspot/learner' in browsers and workers: the same API on the learner module
// (sweetspot-learner.wasm: loadSnapshot, classify, explain), two thirds of the bytes of the full
// module. The rest (load of a JSON catalog, audit, suggestSkills, compileCatalog, validate, the
// one-shot documents) throws a SweetspotError naming the full module ('sweetspot') instead: a
// learner's page gets its catalog as a snapshot (compileCatalog, `sweetspot compile`).
// dist/sweetspot-learner.js is this entry and the learner UI bundled into one file.

import { engineFactory } from './create-engine.js';
import { loadLearnerModule } from './learner-loader.js';

export { SweetspotError } from './errors.js';
export { Engine } from './engine.js';
export { Classification } from './classification.js';
export { QUADRANTS, FLAGS, flagNames } from './constants.js';
export { today } from './documents.js';

export const createEngine = engineFactory((url) => fetch(url, { credentials: 'same-origin' }), loadLearnerModule);
