#include "sweetspot/engine.h"

#include <new>

#include "audit/audit.h"
#include "index/catalog_index.h"
#include "index/catalog_snapshot.h"
#include "documents/direct_reader.h"
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

// The shapes of the combined documents the calls read ({organization, catalog, learner, learners};
// the taxonomy is always optional).
const DocumentShape kCatalogShape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden};
const DocumentShape kLearnersShape{Need::kForbidden, Need::kForbidden, Need::kForbidden, Need::kRequired};
const DocumentShape kCatalogLearnerShape{Need::kRequired, Need::kRequired, Need::kRequired, Need::kForbidden};
const DocumentShape kCatalogLearnersShape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kRequired};

// One call's documents: read (failing with the path of the first problem), and where they hold a
// catalog compiled, the compiler's warnings after the reader's.
struct Request {
  Documents docs;
  Warnings warnings;
  Error error;
  std::unique_ptr<CatalogIndex> index;

  bool read(std::string_view text, const DocumentShape& shape) {
    return read_document_text(text, shape, docs, warnings, error);
  }
  void compile() {
    static const Organization kNoOrganization;
    static const Catalog kNoCatalog;
    index = std::make_unique<CatalogIndex>(build_index(docs.taxonomy, docs.organization ? *docs.organization : kNoOrganization,
                                                       docs.catalog ? *docs.catalog : kNoCatalog, "/taxonomy",
                                                       "/organization", "/catalog"));
    warnings.insert(warnings.end(), index->warnings.begin(), index->warnings.end());
  }
  bool read_and_compile(std::string_view text, const DocumentShape& shape) {
    if (!read(text, shape)) return false;
    compile();
    return true;
  }
};

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
  // After load_snapshot: its bytes, where the index's ids and titles and snapshot_taxonomy lie
  // (a unique_ptr: moving it moves no bytes).
  std::unique_ptr<const std::string> snapshot;
  bool taxonomy_pending = false;
  std::unique_ptr<SkillSuggester> suggester;  // built on first use
  std::unique_ptr<LearnerScorer> scorer;
  // Classify requests, read in turn into the one the scorer does not hold, so a request that fails
  // to read leaves the classified learner intact; reused, so their learners' strings and lists keep
  // their capacity and a steady stream of calls reads without allocating.
  Documents requests[2];
  int next_request = 0;
  JsonWriter compact_writer;  // classify_compact's result, written without allocating once warm
  GrowthScratch growth_scratch;  // ... and its growth messages
  Scores scores;
  bool classified = false;
  std::string classified_request;  // the text `scores` were classified from (explain_learner)
  // explain_learner's own learner when it is not the one classified last; built on first use.
  std::unique_ptr<LearnerScorer> explained_scorer;
  Learner explained_learner;
  Scores explained_scores;
  std::string explained_request;
  std::string course_text;  // course_list(), built on first use
  std::vector<std::uint32_t> course_offsets;

  // Replaces the loaded catalog; the previous learner's scores belong to no catalog any more.
  // `new_snapshot`: the bytes a snapshot's index and taxonomy section lie in (null after load()).
  void install(std::unique_ptr<CatalogIndex> new_index, Taxonomy new_taxonomy, SnapshotTaxonomy new_snapshot_taxonomy,
               std::unique_ptr<const std::string> new_snapshot) {
    scorer.reset();  // it refers to the old index
    suggester.reset();
    taxonomy = std::move(new_taxonomy);
    snapshot_taxonomy = std::move(new_snapshot_taxonomy);
    taxonomy_pending = new_snapshot != nullptr;
    index = std::move(new_index);
    snapshot = std::move(new_snapshot);  // after the index that lay in the old one is gone
    scorer = std::make_unique<LearnerScorer>(*index);
    classified = false;
    scores = Scores{};
    classified_request.clear();
    explained_scorer.reset();
    explained_scores = Scores{};
    explained_request.clear();
    course_text.clear();
    course_offsets.clear();
  }
};

Engine::Engine() : state_(std::make_unique<State>()) {}
Engine::~Engine() = default;

bool Engine::loaded() const { return state_->index != nullptr; }

std::string_view Engine::snapshot() const { return state_->snapshot ? std::string_view(*state_->snapshot) : std::string_view(); }

Outcome Engine::load(std::string_view text) {
  return guarded([&] {
    Request r;
    if (!r.read_and_compile(text, kCatalogShape)) return failure(r.error);
    // Only now, with the new catalog complete, does it replace the old one.
    state_->install(std::move(r.index), std::move(r.docs.taxonomy), SnapshotTaxonomy{}, nullptr);
    return success(load_summary(*state_->index, r.warnings));
  });
}

Outcome Engine::load_snapshot(std::string_view bytes) { return load_snapshot_moved(std::string(bytes)); }

Outcome Engine::load_snapshot_moved(std::string&& bytes) {
  return guarded([&] {
    auto index = std::make_unique<CatalogIndex>();
    SnapshotTaxonomy taxonomy;
    Error error;
    auto snapshot = std::make_unique<const std::string>(std::move(bytes));
    if (!read_snapshot(*snapshot, *index, taxonomy, error)) return failure(error);
    // As in load(): only the complete new catalog replaces the old one. Its warnings are the load's.
    state_->install(std::move(index), Taxonomy{}, std::move(taxonomy), std::move(snapshot));
    return success(load_summary(*state_->index, state_->index->warnings));
  });
}

Outcome compile_catalog(std::string_view text) {
  return guarded([&] {
    Request r;
    if (!r.read_and_compile(text, kCatalogShape)) return failure(r.error);
    // The snapshot keeps every warning load() would report: reading first, then compiling.
    r.index->warnings = std::move(r.warnings);
    return success(write_snapshot(*r.index, r.docs.taxonomy));
  });
}

namespace {

Error not_loaded() { return make_error("", "a loaded catalog (call load first)", "none"); }

const std::string kLearnerPath = "/learner";  // the JSON pointer of a request's learner, in warnings

}  // namespace

// Reads {learner, asOf?}, scores it against the loaded catalog and keeps the scores for the
// accessors and explain(); `full` decides whether the JSON holds everything or only the lists.
Outcome Engine::classify_learner(std::string_view text, bool full, bool pretty) {
  return guarded([&] {
    if (!loaded()) return failure(not_loaded());
    State& st = *state_;
    Documents& docs = st.requests[st.next_request];
    Warnings warnings;
    Error error;
    if (!read_learner_request(text, docs, warnings, error)) return failure(error);
    st.next_request ^= 1;
    st.classified_request.clear();  // until the new scores are complete
    st.scorer->set_learner(*docs.learner, kLearnerPath, warnings);
    st.scorer->score_all(st.scores);
    st.classified = true;
    st.classified_request.assign(text);
    if (full || pretty) return success(classification_json(*st.index, *st.scorer, st.scores, docs.as_of, warnings, full, pretty));
    // The compact result is short: written into the reused writer, then copied out at its size (the
    // one allocation of a call: the Outcome owns its text).
    st.compact_writer.clear();
    write_classification(st.compact_writer, *st.index, *st.scorer, st.scores, docs.as_of, warnings, false, st.growth_scratch);
    return success(std::string(st.compact_writer.view()));
  });
}

Outcome Engine::classify(std::string_view text, bool pretty) { return classify_learner(text, true, pretty); }
Outcome Engine::classify_compact(std::string_view text) { return classify_learner(text, false, false); }

Engine::Totals Engine::totals() const {
  Totals t;
  if (!state_->classified) return t;
  for (int q = 0; q < kQuadrantCount; ++q) t.counts[q] = state_->scores.counts[q];
  t.no_personal_agenda = state_->scorer->no_personal_agenda();
  t.personal_threshold = state_->index->personal_threshold;
  t.org_threshold = state_->index->org_threshold;
  return t;
}

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

Outcome Engine::explain_learner(std::string_view text, std::int64_t course_index) {
  return guarded([&] {
    State& st = *state_;
    if (!loaded()) return failure(not_loaded());
    const std::size_t n = st.index->course_count();
    if (course_index < 0 || static_cast<std::size_t>(course_index) >= n)
      return failure(make_error("", "a course index 0.." + std::to_string(n) + " (exclusive)", std::to_string(course_index)));
    const LearnerScorer* scorer = st.scorer.get();
    const Scores* scores = &st.scores;
    if (!st.classified || text != st.classified_request) {
      if (!st.explained_scorer || text != st.explained_request) {
        Documents docs;
        Warnings warnings;  // classify reported them
        Error error;
        if (!read_learner_request(text, docs, warnings, error)) return failure(error);
        if (!st.explained_scorer) st.explained_scorer = std::make_unique<LearnerScorer>(*st.index);
        st.explained_request.clear();  // until the scores below are complete
        st.explained_learner = std::move(*docs.learner);
        st.explained_scorer->set_learner(st.explained_learner, kLearnerPath, warnings);
        st.explained_scorer->score_all(st.explained_scores);
        st.explained_request.assign(text);
      }
      scorer = st.explained_scorer.get();
      scores = &st.explained_scores;
    }
    JsonWriter w;
    write_course_result(w, *st.index, *scorer, *scores, static_cast<std::int32_t>(course_index));
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
      for (std::string_view s : *strings) {
        st.course_offsets.push_back(static_cast<std::uint32_t>(st.course_text.size()));
        st.course_text += s;
      }
    st.course_offsets.push_back(static_cast<std::uint32_t>(st.course_text.size()));
  }
  return {st.course_text, st.course_offsets.data(), ix.course_count()};
}

std::int64_t Engine::find_course(std::string_view id) const { return state_->index ? state_->index->find_course(id) : -1; }

Outcome Engine::audit(std::string_view text, bool pretty) {
  return guarded([&] {
    if (!loaded()) return failure(not_loaded());
    Request r;
    if (!r.read(text, kLearnersShape)) return failure(r.error);
    return success(audit_json(*state_->index, *r.docs.learners, "/learners", r.docs.as_of, std::move(r.warnings), pretty));
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
    Request r;
    if (!r.read_and_compile(text, kCatalogLearnerShape)) return failure(r.error);
    LearnerScorer scorer(*r.index);
    scorer.set_learner(*r.docs.learner, "/learner", r.warnings);
    Scores scores;
    scorer.score_all(scores);
    return success(classification_json(*r.index, scorer, scores, r.docs.as_of, r.warnings, true, pretty));
  });
}

Outcome audit_document(std::string_view text, bool pretty) {
  return guarded([&] {
    Request r;
    if (!r.read_and_compile(text, kCatalogLearnersShape)) return failure(r.error);
    return success(audit_json(*r.index, *r.docs.learners, "/learners", r.docs.as_of, std::move(r.warnings), pretty));
  });
}

Outcome validate_document(std::string_view text, bool pretty) {
  return guarded([&] {
    Request r;
    auto json = read_json(text, r.error);
    if (!json) return failure(r.error);
    Documents& docs = r.docs;
    Warnings& warnings = r.warnings;
    DocumentReader reader(r.error, warnings);
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
    if (!ok) return failure(r.error);
    r.compile();
    // Learner references are checked only against documents that define what they refer to.
    LearnerScorer scorer(*r.index);
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
