// Types of "sweetspot/learner": the same API as "sweetspot" (web/index.d.ts) on the learner module
// (sweetspot-learner.wasm). Its engines loadSnapshot, classify, classifyJSON and explain; the rest
// (load of a JSON catalog, audit, suggestSkills, compileCatalog, validate, classifyDocument,
// auditDocument) throws a SweetspotError naming the full module. CreateEngineOptions.wasmBinary and
// locateFile name sweetspot-learner.wasm.
export * from './index.js';
