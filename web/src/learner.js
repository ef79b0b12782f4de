// 'sweetspot/learner' in browsers and workers: the same API on the learner module
// (sweetspot-learner.wasm: load a catalog or a snapshot, classify, explain), about half the bytes
// of the full module. The admin calls (audit, suggestSkills, compileCatalog, validate, the
// one-shot documents) throw a SweetspotError naming the full module ('sweetspot') instead.
// dist/sweetspot-learner.js is this entry and the learner UI bundled into one file.

import { engineFactory } from './create-engine.js';
import { loadLearnerModule } from './learner-loader.js';

export { SweetspotError } from './errors.js';
export { Engine } from './engine.js';
export { Classification } from './classification.js';
export { QUADRANTS, FLAGS, flagNames } from './constants.js';
export { today } from './documents.js';

export const createEngine = engineFactory((url) => fetch(url, { credentials: 'same-origin' }), loadLearnerModule);
