// libFuzzer target: any bytes as a document to every entry point that reads JSON documents.
// The first byte picks the entry point so one corpus exercises all of them. Invariant checked
// beyond "no crash, no leak, no UB": an outcome is either a result or an error with a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sweetspot/engine.h"

namespace {

void check(const sweetspot::Outcome& o) {
  if (o.ok ? o.json.empty() : o.error.message.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view doc(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0: check(sweetspot::classify_document(doc)); break;
    case 1: check(sweetspot::audit_document(doc)); break;
    case 2: check(sweetspot::validate_document(doc)); break;
    case 3: check(sweetspot::suggest_document(doc)); break;
    default: {
      // The engine path: load the document, then classify, explain and audit with it.
      sweetspot::Engine engine;
      const sweetspot::Outcome loaded = engine.load(doc);
      check(loaded);
      check(engine.classify(doc));
      const sweetspot::Outcome compact = engine.classify_compact(doc);
      check(compact);
      if (compact.ok && engine.course_count() > 0) check(engine.explain(static_cast<std::int64_t>(data[0]) % engine.course_count()));
      check(engine.audit(doc));
      check(engine.suggest_skills(doc));
      break;
    }
  }
  return 0;
}
