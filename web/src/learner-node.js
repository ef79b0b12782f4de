// 'sweetspot/learner' in Node: the learner module, read from disk (read-file-source.js).

import { engineFactory } from './create-engine.js';
import { loadLearnerModule } from './learner-loader.js';
import { readFileSource } from './read-file-source.js';
import { setLargeTextDecoder } from './marshal.js';
import { decodeUtf8 } from './node-text.js';

export { SweetspotError } from './errors.js';
export { Engine } from './engine.js';
export { Classification } from './classification.js';
export { QUADRANTS, FLAGS, flagNames } from './constants.js';
export { today } from './documents.js';

// Large results (a full classification) decode faster in Node than through TextDecoder: see node-text.js.
setLargeTextDecoder(decodeUtf8);

export const createEngine = engineFactory(readFileSource, loadLearnerModule);
