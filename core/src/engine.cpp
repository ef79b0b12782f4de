#include "sweetspot/engine.h"

#include <new>

#include "audit/audit.h"
#include "index/catalog_index.h"
#include "index/catalog_snapshot.h"
#include "documents/document_reader.h"
#include "documents/json_writer.h"
#include "scoring/results.h"
#include "scoring/scoring.h"
#include "suggest/skill_suggester.h"
#include "suggest/suggestion_json.h"

namespace sweetspot {
namespace {

Outcome failure(Error e) {
  Outcome o;
  o.error = std::move(e);
  return o;
}

Outcome success(std::string json) {
  Outcome o;
  o.ok = true;
  o.json = std::move(json);
  return o;
}

// Reads a combined document of the given shape, or fails with the path of the first problem.
bool read(std::string_view text, const DocumentShape& shape, Documents& docs, Warnings& warnings, Error& error) {
  auto json = read_json(text, error);
  if (!json) return false;
  DocumentReader reader(error, warnings);
  return reader.read_documents(*json, shape, docs);
}

std::unique_ptr<CatalogIndex> compile(Documents& docs) {
  static const Organization kNoOrganization;
  static const Catalog kNoCatalog;
  return std::make_unique<CatalogIndex>(build_index(docs.taxonomy, docs.organization ? *docs.organization : kNoOrganization,
                                                    docs.catalog ? *docs.catalog : kNoCatalog, "/taxonomy",
                                                    "/organization", "/catalog"));
}

// The engine is built without exceptions in WebAssembly; natively, running out of memory is the
// one exception the standard library can still raise, and it must not escape untyped.
template <class F>
Outcome guarded(F&& f) {
#if defined(__cpp_exceptions)
  try {
    return f();
  } catch (const std::bad_alloc&) {
    return failure(make_error_message("", "out of memory"));
  }
#else
  return f();
#endif
}

// What load() and load_snapshot() return: {courses, skills, warnings}.
std::string load_summary(const CatalogIndex& index, const Warnings& warnings) {
  JsonWriter w;
  w.begin_object().key("courses").integer(static_cast<std::int64_t>(index.course_count()));
  w.key("skills").integer(static_cast<std::int64_t>(index.skill_count())).key("warnings");
  write_warnings(w, warnings);
  w.end_object();
  return w.take();
}

}  // namespace

struct Engine::State {
  std::unique_ptr<CatalogIndex> index;
  Taxonomy taxonomy;                          // kept for skill suggestions
  SnapshotTaxonomy snapshot_taxonomy;         // after load_snapshot: `taxonomy`, checked, built on first use
  bool taxonomy_pending = false;
  std::unique_ptr<SkillSuggester> suggester;  // built on first use
  std::unique_ptr<LearnerScorer> scorer;
  Learner learner;
  Scores scores;
  bool classified = false;
  std::string course_text;  // course_list(), built on first use
  std::vector<std::uint32_t> course_offsets;

  // Replaces the loaded catalog; the previous learner's scores belong to no catalog any more.
  void install(std::unique_ptr<CatalogIndex> new_index, Taxonomy new_taxonomy, SnapshotTaxonomy new_snapshot_taxonomy,
               bool pending) {
    scorer.reset();  // it refers to the old index
    suggester.reset();
    taxonomy = std::move(new_taxonomy);
    snapshot_taxonomy = std::move(new_snapshot_taxonomy);
    taxonomy_pending = pending;
    index = std::move(new_index);
    scorer = std::make_unique<LearnerScorer>(*index);
    classified = false;
    scores = Scores{};
    course_text.clear();
    course_offsets.clear();
  }
};

Engine::Engine() : state_(std::make_unique<State>()) {}
Engine::~Engine() = default;

bool Engine::loaded() const { return state_->index != nullptr; }

Outcome Engine::load(std::string_view text) {
  return guarded([&] {
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    auto index = compile(docs);
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
    // Only now, with the new catalog complete, does it replace the old one.
    state_->install(std::move(index), std::move(docs.taxonomy), SnapshotTaxonomy{}, false);
    return success(load_summary(*state_->index, warnings));
  });
}

Outcome Engine::load_snapshot(std::string_view bytes) {
  return guarded([&] {
    auto index = std::make_unique<CatalogIndex>();
    SnapshotTaxonomy taxonomy;
    Error error;
    if (!read_snapshot(bytes, *index, taxonomy, error)) return failure(error);
    // As in load(): only the complete new catalog replaces the old one. Its warnings are the load's.
    state_->install(std::move(index), Taxonomy{}, std::move(taxonomy), true);
    return success(load_summary(*state_->index, state_->index->warnings));
  });
}

Outcome compile_catalog(std::string_view text) {
  return guarded([&] {
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    auto index = compile(docs);
    // The snapshot keeps every warning load() would report: reading first, then compiling.
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
    index->warnings = std::move(warnings);
    return success(write_snapshot(*index, docs.taxonomy));
  });
}

namespace {

Error not_loaded() { return make_error("", "a loaded catalog (call load first)", "none"); }

}  // namespace

// Reads {learner, asOf?}, scores it against the loaded catalog and keeps the scores for the
// accessors and explain(); `with_courses` decides whether the JSON lists every course.
Outcome Engine::classify_learner(std::string_view text, bool with_courses, bool pretty) {
  return guarded([&] {
    if (!loaded()) return failure(not_loaded());
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kForbidden, Need::kForbidden, Need::kRequired, Need::kForbidden};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    state_->learner = std::move(*docs.learner);
    state_->scorer->set_learner(state_->learner, "/learner", warnings);
    state_->scorer->score_all(state_->scores);
    state_->classified = true;
    return success(classification_json(*state_->index, *state_->scorer, state_->scores, docs.as_of, warnings, with_courses, pretty));
  });
}

Outcome Engine::classify(std::string_view text, bool pretty) { return classify_learner(text, true, pretty); }
Outcome Engine::classify_compact(std::string_view text) { return classify_learner(text, false, false); }

std::size_t Engine::course_count() const { return state_->index ? state_->index->course_count() : 0; }
std::size_t Engine::scored_count() const { return state_->scores.size(); }
const std::uint16_t* Engine::personal_units() const { return state_->scores.personal.data(); }
const std::uint16_t* Engine::org_units() const { return state_->scores.org.data(); }
const std::uint8_t* Engine::quadrants() const { return state_->scores.quadrant.data(); }
const std::uint8_t* Engine::flags() const { return state_->scores.flags.data(); }

Outcome Engine::explain(std::int64_t course_index) {
  return guarded([&] {
    if (!state_->classified) return failure(make_error("", "a classified learner (call classify first)", "none"));
    if (course_index < 0 || static_cast<std::size_t>(course_index) >= state_->scores.size())
      return failure(make_error("", "a course index 0.." + std::to_string(state_->scores.size()) + " (exclusive)",
                                std::to_string(course_index)));
    JsonWriter w;
    write_course_result(w, *state_->index, *state_->scorer, state_->scores, static_cast<std::int32_t>(course_index));
    return success(w.take());
  });
}

Outcome Engine::courses_json() const {
  if (!state_->index) return failure(not_loaded());
  JsonWriter w;
  w.begin_array();
  for (std::size_t c = 0; c < state_->index->course_count(); ++c)
    w.begin_object().key("id").string(state_->index->course_ids[c]).key("title").string(state_->index->course_titles[c]).end_object();
  w.end_array();
  return success(w.take());
}

Engine::CourseList Engine::course_list() {
  State& st = *state_;
  if (!st.index) return {};
  const CatalogIndex& ix = *st.index;
  if (st.course_offsets.empty()) {
    st.course_offsets.reserve(2 * ix.course_count() + 1);
    for (const auto* strings : {&ix.course_ids, &ix.course_titles})
      for (const std::string& s : *strings) {
        st.course_offsets.push_back(static_cast<std::uint32_t>(st.course_text.size()));
        st.course_text += s;
      }
    st.course_offsets.push_back(static_cast<std::uint32_t>(st.course_text.size()));
  }
  return {st.course_text, st.course_offsets.data(), ix.course_count()};
}

Outcome Engine::audit(std::string_view text, bool pretty) {
  return guarded([&] {
    if (!loaded()) return failure(not_loaded());
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kForbidden, Need::kForbidden, Need::kForbidden, Need::kRequired};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    return success(audit_json(*state_->index, *docs.learners, "/learners", docs.as_of, std::move(warnings), pretty));
  });
}

Outcome Engine::suggest_skills(std::string_view text) {
  return guarded([&] {
    if (!loaded()) return failure(not_loaded());
    Error error;
    auto json = read_json(text, error);
    if (!json) return failure(error);
    Warnings warnings;
    DocumentReader reader(error, warnings);
    SuggestionRequest request;
    if (!reader.read_suggestion_request(*json, request, {})) return failure(error);
    if (state_->taxonomy_pending) {  // a snapshot's taxonomy, built on first use
      Taxonomy taxonomy;
      if (!read_snapshot_taxonomy(state_->snapshot_taxonomy, *state_->index, taxonomy, error)) return failure(error);
      state_->taxonomy = std::move(taxonomy);
      state_->snapshot_taxonomy = SnapshotTaxonomy{};
      state_->taxonomy_pending = false;
    }
    if (!state_->suggester) state_->suggester = std::make_unique<SkillSuggester>(state_->taxonomy);
    return success(suggestions_json(state_->taxonomy, *state_->suggester, request, warnings));
  });
}

Outcome suggest_document(std::string_view text) {
  return guarded([&] {
    Error error;
    auto json = read_json(text, error);
    if (!json) return failure(error);
    Warnings warnings;
    DocumentReader reader(error, warnings);
    Taxonomy taxonomy;
    const Json* t = json->is_object() && json->contains("taxonomy") ? &(*json)["taxonomy"] : nullptr;
    if (!t) return failure(make_error("/taxonomy", "object", "nothing (missing)"));
    if (!reader.read_taxonomy(*t, "/taxonomy", taxonomy)) return failure(error);
    SuggestionRequest request;
    if (!reader.read_suggestion_request(*json, request, {"taxonomy"})) return failure(error);
    SkillSuggester suggester(taxonomy);
    return success(suggestions_json(taxonomy, suggester, request, warnings));
  });
}

Outcome classify_document(std::string_view text, bool pretty) {
  return guarded([&] {
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kRequired, Need::kRequired, Need::kRequired, Need::kForbidden};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    auto index = compile(docs);
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
    LearnerScorer scorer(*index);
    scorer.set_learner(*docs.learner, "/learner", warnings);
    Scores scores;
    scorer.score_all(scores);
    return success(classification_json(*index, scorer, scores, docs.as_of, warnings, true, pretty));
  });
}

Outcome audit_document(std::string_view text, bool pretty) {
  return guarded([&] {
    Documents docs;
    Warnings warnings;
    Error error;
    DocumentShape shape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kRequired};
    if (!read(text, shape, docs, warnings, error)) return failure(error);
    auto index = compile(docs);
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
    return success(audit_json(*index, *docs.learners, "/learners", docs.as_of, std::move(warnings), pretty));
  });
}

Outcome validate_document(std::string_view text, bool pretty) {
  return guarded([&] {
    Error error;
    auto json = read_json(text, error);
    if (!json) return failure(error);
    Documents docs;
    Warnings warnings;
    DocumentReader reader(error, warnings);
    // A standalone document is recognized by its keys; anything else is read as a combined one.
    const bool combined = !json->is_object() || json->contains("organization") || json->contains("catalog") ||
                          json->contains("taxonomy") || json->contains("learner") || json->contains("learners");
    bool ok = true;
    const char* kind = "combined";
    if (combined) {
      ok = reader.read_documents(*json, DocumentShape{}, docs);
    } else if (json->contains("courses")) {
      kind = "catalog";
      ok = reader.read_catalog(*json, "", docs.catalog.emplace());
    } else if (json->contains("skills") && !json->contains("id")) {
      kind = "taxonomy";
      ok = reader.read_taxonomy(*json, "", docs.taxonomy);
    } else if (json->contains("id")) {
      kind = "learner";
      ok = reader.read_learner(*json, "", docs.learner.emplace());
    } else {
      kind = "organization";
      ok = reader.read_organization(*json, "", docs.organization.emplace());
    }
    if (!ok) return failure(error);
    auto index = compile(docs);
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
    // Learner references are checked only against documents that define what they refer to.
    LearnerScorer scorer(*index);
    const bool references = combined && (docs.catalog || docs.organization || docs.taxonomy.present);
    if (docs.learner && references) scorer.set_learner(*docs.learner, combined ? "/learner" : "", warnings);
    if (docs.learners && references)
      for (std::size_t i = 0; i < docs.learners->size(); ++i)
        scorer.set_learner((*docs.learners)[i], "/learners/" + std::to_string(i), warnings);
    JsonWriter w(pretty);
    w.begin_object().key("valid").boolean(true).key("kind").string(kind);
    w.key("counts").begin_object();
    w.key("skills").integer(static_cast<std::int64_t>(docs.taxonomy.skills.size()));
    w.key("roles").integer(docs.organization ? static_cast<std::int64_t>(docs.organization->roles.size()) : 0);
    w.key("priorities").integer(docs.organization ? static_cast<std::int64_t>(docs.organization->priorities.size()) : 0);
    w.key("courses").integer(docs.catalog ? static_cast<std::int64_t>(docs.catalog->courses.size()) : 0);
    w.key("learners").integer(docs.learners ? static_cast<std::int64_t>(docs.learners->size()) : (docs.learner ? 1 : 0));
    w.end_object().key("warnings");
    write_warnings(w, warnings);
    w.end_object();
    return success(w.take());
  });
}

}  // namespace sweetspot
