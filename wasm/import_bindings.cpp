// The import module, sweetspot-import.wasm: the skill-framework importers (ESCO, O*NET, CASE, plain
// CSV; sweetspot/import.h) behind one C export. A module of its own so that the learner-facing
// sweetspot-core.wasm stays within its size budget: only a page that imports a framework (an
// admin's) loads it, on first use (web/src/importer.js). Same Result record and ABI version as the
// core module (result.h), so web/src/module.js drives both.
#include <cstdint>

#include "result.h"
#include "sweetspot/import.h"

extern "C" {

SWEETSPOT_WASM_COMMON_EXPORTS

// {format, files: {name: contents}, options?} -> {document, report}.
const sweetspot_wasm::Result* ss_import_request(const char* json, std::uint32_t len) {
  return sweetspot_wasm::publish(sweetspot::import_request(sweetspot_wasm::text(json, len)));
}

}  // extern "C"
