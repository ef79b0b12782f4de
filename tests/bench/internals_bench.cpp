// Where the time of load, classify and audit goes, on the engine's internals (core/src):
//   load_parse/C     JSON text -> DOM (nlohmann under the engine's limits)
//   load_read/C      ... + validation into model.h values (paths, warnings)
//   load_direct/C    JSON text -> model.h values with the direct reader (no DOM), as Engine::load reads
//   load_index/C     build_index alone: interning, taxonomy closure, shares, postings
//   learner_parse/N  one sample learner's JSON text -> DOM (the N sample learners in rotation)
//   learner_read/N   one sample learner's DOM -> Learner (DocumentReader: checks, paths, warnings)
//   learner_direct/N one sample learner's JSON text -> Learner with the direct reader, into a reused
//                    Documents (what Engine::classify does; learner_parse + learner_read before)
//   set_learner/C    one learner's agenda -> direct demand -> spread through the taxonomy
//   score_only/C     set_learner + score_all (no JSON in or out): the scoring kernel
//   audit_score_only/LxA   the same for every learner of the audit, counting quadrants
// These name internal functions, so they move with them; the public numbers are engine_bench.cpp.
#include <chrono>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "index/catalog_index.h"
#include "documents/direct_reader.h"
#include "documents/document_reader.h"
#include "documents/json_reader.h"
#include "scoring/scoring.h"

namespace sweetspot::bench {
namespace {

using Clock = std::chrono::steady_clock;

void per_unit(benchmark::State& state, Clock::time_point start, double units, const char* name) {
  const double ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
  if (state.iterations() > 0) state.counters[name] = ns / (static_cast<double>(state.iterations()) * units);
}

Json parse(const std::string& text) {
  Error error;
  auto json = read_json(text, error);
  if (!json) die("read_json: " + error.message);
  return std::move(*json);
}

Documents read_docs(const std::string& text, const DocumentShape& shape) {
  Json json = parse(text);
  Documents docs;
  Warnings warnings;
  Error error;
  DocumentReader reader(error, warnings);
  if (!reader.read_documents(json, shape, docs)) die("read_documents: " + error.message);
  return docs;
}

const DocumentShape kLoadShape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden};
const DocumentShape kLearnerShape{Need::kForbidden, Need::kForbidden, Need::kRequired, Need::kForbidden};
const DocumentShape kLearnersShape{Need::kForbidden, Need::kForbidden, Need::kForbidden, Need::kRequired};

CatalogIndex index_of(Documents& docs) {
  return build_index(docs.taxonomy, *docs.organization, *docs.catalog, "/taxonomy", "/organization", "/catalog");
}

const CatalogIndex& classify_index() {
  static Documents docs = read_docs(data().load_classify, kLoadShape);
  static const CatalogIndex ix = index_of(docs);
  return ix;
}

const std::vector<Learner>& sample_learners() {
  static const std::vector<Learner> learners = [] {
    std::vector<Learner> out;
    for (const std::string& s : data().samples) out.push_back(*read_docs(s, kLearnerShape).learner);
    return out;
  }();
  return learners;
}

void BM_LoadParse(benchmark::State& state) {
  const std::string& text = data().load_classify;
  const auto start = Clock::now();
  for (auto _ : state) {
    Json json = parse(text);
    benchmark::DoNotOptimize(json.size());
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_course");
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_LoadRead(benchmark::State& state) {
  const std::string& text = data().load_classify;
  const auto start = Clock::now();
  for (auto _ : state) {
    Documents docs = read_docs(text, kLoadShape);
    benchmark::DoNotOptimize(docs.catalog->courses.data());
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_course");
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_LoadDirect(benchmark::State& state) {
  const std::string& text = data().load_classify;
  const auto start = Clock::now();
  for (auto _ : state) {
    Documents docs;
    if (!read_documents_direct(text, kLoadShape, docs)) die("read_documents_direct declined the load document");
    benchmark::DoNotOptimize(docs.catalog->courses.data());
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_course");
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_LoadIndex(benchmark::State& state) {
  Documents docs = read_docs(data().load_classify, kLoadShape);
  const auto start = Clock::now();
  for (auto _ : state) {
    CatalogIndex ix = index_of(docs);
    benchmark::DoNotOptimize(ix.posting_course.data());
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_course");
}

// The learner half of a classify call, before any scoring: parsing, then reading the DOM.
void BM_LearnerParse(benchmark::State& state) {
  const auto& samples = data().samples;
  std::size_t next = 0;
  for (auto _ : state) {
    Json json = parse(samples[next++ % samples.size()]);
    benchmark::DoNotOptimize(json.size());
  }
}

void BM_LearnerRead(benchmark::State& state) {
  std::vector<Json> docs;
  for (const std::string& s : data().samples) docs.push_back(parse(s));
  std::size_t next = 0;
  for (auto _ : state) {
    Documents out;
    Warnings warnings;
    Error error;
    DocumentReader reader(error, warnings);
    if (!reader.read_documents(docs[next++ % docs.size()], kLearnerShape, out)) die("read_documents: " + error.message);
    benchmark::DoNotOptimize(out.learner->interests.data());
  }
}

void BM_LearnerDirect(benchmark::State& state) {
  const auto& samples = data().samples;
  Documents out;
  std::size_t next = 0;
  for (auto _ : state) {
    if (!read_documents_direct(samples[next++ % samples.size()], kLearnerShape, out)) die("read_documents_direct declined a sample");
    benchmark::DoNotOptimize(out.learner->interests.data());
  }
}

void BM_SetLearner(benchmark::State& state) {
  const CatalogIndex& ix = classify_index();
  const auto& learners = sample_learners();
  LearnerScorer scorer(ix);
  std::size_t next = 0;
  const auto start = Clock::now();
  for (auto _ : state) {
    Warnings warnings;
    scorer.set_learner(learners[next++ % learners.size()], "/learner", warnings);
    benchmark::DoNotOptimize(&scorer);
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_pair");
}

void BM_ScoreOnly(benchmark::State& state) {
  const CatalogIndex& ix = classify_index();
  const auto& learners = sample_learners();
  LearnerScorer scorer(ix);
  Scores scores;
  std::size_t next = 0;
  const auto start = Clock::now();
  for (auto _ : state) {
    Warnings warnings;
    scorer.set_learner(learners[next++ % learners.size()], "/learner", warnings);
    scorer.score_all(scores);
    benchmark::DoNotOptimize(scores.quadrant.data());
  }
  per_unit(state, start, static_cast<double>(data().courses), "ns_per_pair");
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(data().courses));
}

void BM_AuditScoreOnly(benchmark::State& state) {
  static Documents docs = read_docs(data().load_audit, kLoadShape);
  static const CatalogIndex ix = index_of(docs);
  static const std::vector<Learner> learners = *read_docs(data().learners, kLearnersShape).learners;
  LearnerScorer scorer(ix);
  Scores scores;
  std::vector<std::uint32_t> counts(ix.course_count() * 4);
  const double pairs = static_cast<double>(learners.size()) * static_cast<double>(ix.course_count());
  const auto start = Clock::now();
  for (auto _ : state) {
    std::fill(counts.begin(), counts.end(), 0);
    for (const Learner& learner : learners) {
      Warnings warnings;
      scorer.set_learner(learner, "/learners/0", warnings);
      scorer.score_all(scores);
      for (std::size_t c = 0; c < scores.size(); ++c) ++counts[c * 4 + scores.quadrant[c]];
    }
    benchmark::DoNotOptimize(counts.data());
  }
  per_unit(state, start, pairs, "ns_per_pair");
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pairs));
}

}  // namespace

void register_internal_benchmarks() {
  const BenchData& d = data();
  const std::string c = std::to_string(d.courses);
  const std::string a = std::to_string(d.learner_count) + "x" + std::to_string(d.audit_courses);
  benchmark::RegisterBenchmark(("load_parse/" + c).c_str(), BM_LoadParse)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("load_read/" + c).c_str(), BM_LoadRead)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("load_direct/" + c).c_str(), BM_LoadDirect)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("load_index/" + c).c_str(), BM_LoadIndex)->Unit(benchmark::kMillisecond);
  const std::string n = std::to_string(d.samples.size());
  benchmark::RegisterBenchmark(("learner_parse/" + n).c_str(), BM_LearnerParse)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("learner_read/" + n).c_str(), BM_LearnerRead)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("learner_direct/" + n).c_str(), BM_LearnerDirect)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("set_learner/" + c).c_str(), BM_SetLearner)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("score_only/" + c).c_str(), BM_ScoreOnly)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("audit_score_only/" + a).c_str(), BM_AuditScoreOnly)->Unit(benchmark::kMillisecond);
}

}  // namespace sweetspot::bench
