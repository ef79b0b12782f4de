// The package's browser (and worker) entry: the full module (sweetspot-core.wasm), fetched from
// next to dist/sweetspot-core.mjs, or from locateFile(), with streaming compilation when served as
// application/wasm. A page that only tags courses needs less: 'sweetspot/learner' (learner.js).

import { engineFactory } from './create-engine.js';
import { loadModule } from './loader.js';

export { SweetspotError } from './errors.js';
export { Engine } from './engine.js';
export { Classification } from './classification.js';
export { QUADRANTS, FLAGS, flagNames } from './constants.js';
export { today } from './documents.js';

export const createEngine = engineFactory((url) => fetch(url, { credentials: 'same-origin' }), loadModule);
