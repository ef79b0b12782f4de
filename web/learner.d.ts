// Types of "sweetspot/learner": the same API as "sweetspot" (web/index.d.ts) on the learner module
// (sweetspot-learner.wasm). Its engines load, loadSnapshot, classify, classifyJSON and explain; the
// admin calls (audit, suggestSkills, compileCatalog, validate, classifyDocument, auditDocument)
// throw a SweetspotError naming the full module. CreateEngineOptions.wasmBinary and locateFile
// name sweetspot-learner.wasm.
export * from './index.js';
