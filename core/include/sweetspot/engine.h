// The engine's one public interface: JSON text in, JSON text out, errors as values. Hosts (the
// CLI, the WebAssembly bindings) use nothing else. See README "API" for the documents.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sweetspot/codes.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot {

// Larger snapshots are refused before anything is read (a snapshot of a 64 MiB document is far
// smaller).
inline constexpr std::size_t kMaxSnapshotBytes = 512u * 1024u * 1024u;

// Either `json` holds the result, or `error` says what was wrong and where. Never both.
struct Outcome {
  bool ok = false;
  std::string json;
  Error error;
};

// An engine keeps one organization + catalog + taxonomy compiled and classifies any number of
// learners against it. Not thread-safe; use one engine per thread.
class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // {schema?, taxonomy?, organization, catalog} -> {courses, skills, warnings}. On failure the
  // previously loaded catalog stays in place.
  Outcome load(std::string_view json);
  // The same from a catalog snapshot (compile_catalog below; docs/snapshot.md): the bytes are
  // validated in full, and the result, {courses, skills, warnings}, and every later classification,
  // audit and suggestion are byte for byte those of load() on the JSON it was compiled from. On
  // failure (the error's path names the snapshot section and byte offset) the previous catalog stays.
  Outcome load_snapshot(std::string_view bytes);
  // The same, keeping `bytes` instead of a copy: the catalog's ids and titles are read where they
  // lie in them (a host that has the snapshot in a string of its own saves the copy).
  Outcome load_snapshot_moved(std::string&& bytes);
  // The snapshot the loaded catalog came from (empty after load()), as load_snapshot kept it: valid
  // until the next load, so that a host can load the same catalog again elsewhere.
  std::string_view snapshot() const;
  bool loaded() const;

  // {schema?, learner, asOf?} -> the full classification (README "Output").
  Outcome classify(std::string_view json, bool pretty = false);

  // The same, but the per-course results stay in arrays read through the accessors below, the
  // numbers of the rest in totals(), and the JSON holds only what varies in shape: {learner, asOf,
  // growth, warnings} (a host then parses a few bytes, not the whole summary, on every call).
  // explain() gives one course in full.
  Outcome classify_compact(std::string_view json);
  // What the full classification says in thresholds, noPersonalAgenda and summary, for the learner
  // classified last (all zero before a classification).
  struct Totals {
    std::uint32_t counts[kQuadrantCount] = {0, 0, 0, 0};  // courses per quadrant, by Quadrant code
    bool no_personal_agenda = false;
    int personal_threshold = 0, org_threshold = 0;  // units (score × 10000)
  };
  Totals totals() const;
  std::size_t course_count() const;
  // How many courses the arrays below hold: course_count() after classify_compact, 0 after a load
  // until the next classification (the arrays then belong to no catalog).
  std::size_t scored_count() const;
  const std::uint16_t* personal_units() const;  // score × 10000, course index order
  const std::uint16_t* org_units() const;
  const std::uint8_t* quadrants() const;  // 0 sweet_spot, 1 uphill, 2 gift, 3 waste
  const std::uint8_t* flags() const;      // 1 mandatory, 2 completed, 4 mastered, 8 borderline, 16 no_personal_agenda
  Outcome explain(std::int64_t course_index);
  // The same for any learner, at any time: `request` is the {schema?, learner, asOf?} text a
  // classify read, and the result is byte for byte what explain(course_index) gives right after
  // classifying it, whatever was classified since. Stateless as seen from outside (the scores of
  // the last learner classified or explained are reused when the request is the same text).
  Outcome explain_learner(std::string_view request, std::int64_t course_index);
  // [{id, title}] in course index order: how a host maps array slots to its own courses.
  Outcome courses_json() const;
  // The same list without JSON, for hosts that read memory (the WebAssembly bindings): every id,
  // then every title, as one UTF-8 block; course i's id is text[offsets[i], offsets[i+1]) and its
  // title text[offsets[count+i], offsets[count+i+1]). Empty (count 0) before a load; valid until
  // the next load.
  struct CourseList {
    std::string_view text;
    const std::uint32_t* offsets = nullptr;  // 2 * count + 1 entries
    std::size_t count = 0;
  };
  CourseList course_list();
  // The index of a course id in the loaded catalog, or -1 (also before a load): a binary search of
  // the sorted ids, so that a page asks for the few courses it shows without reading them all.
  std::int64_t find_course(std::string_view id) const;

  // {schema?, learners, asOf?} -> the audit (README "Audit").
  Outcome audit(std::string_view json, bool pretty = false);

  // Skills of the loaded taxonomy found in course texts: {courses: [{id?, title?, summary?, tags?}],
  // limit?, minConfidence?} (or one course's fields at the top) -> {courses: [{id, suggestions}]}.
  Outcome suggest_skills(std::string_view json);

 private:
  Outcome classify_learner(std::string_view json, bool full, bool pretty);
  struct State;
  std::unique_ptr<State> state_;
};

// One-shot forms of the above on combined documents, as the CLI reads them:
// classify {taxonomy?, organization, catalog, learner, asOf?}; audit {…, learners, asOf?};
// validate: any combination of the parts, or one standalone document.
Outcome classify_document(std::string_view json, bool pretty = false);
Outcome audit_document(std::string_view json, bool pretty = false);
Outcome validate_document(std::string_view json, bool pretty = false);
// suggest {taxonomy, courses | title/summary/tags, limit?, minConfidence?}
Outcome suggest_document(std::string_view json);

// {schema?, taxonomy?, organization, catalog} (what Engine::load reads) -> a catalog snapshot for
// Engine::load_snapshot: compiled once, by a server or an admin tool, and loaded by every learner's
// engine in a fraction of the time. On success `json` holds the snapshot's BYTES (binary, not JSON
// text, despite the field's name); the load's warnings are inside it, reported by load_snapshot.
Outcome compile_catalog(std::string_view json);

}  // namespace sweetspot
