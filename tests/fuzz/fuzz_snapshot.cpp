// libFuzzer target: any bytes as a catalog snapshot (docs/snapshot.md). The first byte picks the
// mode: even, the bytes as they are (the header's hash refuses nearly every mutation); odd, the
// payload hash is recomputed first, so mutations reach the structure checks behind it. Whatever
// load_snapshot accepts must then serve a learner: classify (full and compact), explain every
// course, audit and suggest. Invariants beyond "no crash, no leak, no UB, no hang": an outcome is a
// result or an error with a message; snapshot errors name a path "snapshot:/...@offset"; an
// accepted snapshot writes back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "index/catalog_snapshot.h"
#include "sweetspot/engine.h"

namespace {

void check(const sweetspot::Outcome& o) {
  if (o.ok ? o.json.empty() : o.error.message.empty()) std::abort();
}

const char* kLearner =
    R"({"learner": {"id": "ana", "role": "dev", "aspirations": ["lead"], "proficiency": [{"skill": "py", "level": 1}],)"
    R"( "interests": [{"skill": "py", "strength": 0.9}, {"skill": "prog", "strength": 0}, {"skill": "sql", "strength": 0.3}],)"
    R"( "feedback": [{"skill": "ethics", "need": 0.5}], "completed": ["swa", "py101"]}, "asOf": "2024-06-01"})";
const char* kLearners =
    R"({"learners": [{"id": "a", "role": "dev", "team": "t", "roleSince": "2020-01-01"}, {"id": "b", "interests": [{"skill": "sql", "strength": 1}]}], "asOf": "2024-06-01"})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if ((data[0] & 1) && bytes.size() >= sweetspot::kSnapshotHeaderBytes) {
    const std::uint64_t hash = sweetspot::snapshot_hash(bytes.data() + sweetspot::kSnapshotHeaderBytes,
                                                        bytes.size() - sweetspot::kSnapshotHeaderBytes);
    for (int i = 0; i < 8; ++i) bytes[24 + i] = static_cast<char>((hash >> (8 * i)) & 0xFF);
  }
  sweetspot::Engine engine;
  const sweetspot::Outcome loaded = engine.load_snapshot(bytes);
  check(loaded);
  if (!loaded.ok) {
    const std::string& path = loaded.error.path;
    if (path.rfind("snapshot:/", 0) != 0 || path.find('@') == std::string::npos) std::abort();
    return 0;
  }
  // Accepted bytes are a snapshot the writer would have written.
  sweetspot::CatalogIndex index;
  sweetspot::Taxonomy taxonomy;
  sweetspot::Error error;
  if (!sweetspot::read_snapshot(bytes, index, taxonomy, error)) std::abort();
  if (sweetspot::write_snapshot(index, taxonomy) != bytes) std::abort();

  check(engine.classify(kLearner));
  const sweetspot::Outcome compact = engine.classify_compact(kLearner);
  check(compact);
  if (compact.ok)
    for (std::size_t c = 0; c < engine.course_count() && c < 64; ++c) check(engine.explain(static_cast<std::int64_t>(c)));
  check(engine.audit(kLearners));
  check(engine.suggest_skills(R"({"title": "Python and SQL coding", "summary": "<p>Ethics for programmers</p>"})"));
  check(engine.courses_json());
  // The block the WebAssembly bindings hand to JS: offsets must stay inside it and never decrease.
  const sweetspot::Engine::CourseList list = engine.course_list();
  for (std::size_t k = 0; k < 2 * list.count; ++k)
    if (list.offsets[k] > list.offsets[k + 1] || list.offsets[k + 1] > list.text.size()) __builtin_trap();
  // Ids are unique and sorted: each is found at its own index.
  for (std::size_t c = 0; c < list.count && c < 64; ++c)
    if (engine.find_course(list.text.substr(list.offsets[c], list.offsets[c + 1] - list.offsets[c])) != static_cast<std::int64_t>(c))
      __builtin_trap();
  return 0;
}
