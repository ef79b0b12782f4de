// Native benchmarks of the public API (sweetspot/engine.h) on the generated data:
//   load            compile taxonomy + organization + catalog (JSON text in)
//   classify_compact/C   1 learner x C courses, results in arrays (what the wasm build returns)
//   classify_json/C      1 learner x C courses, the full JSON with reasons
//   classify_compact/empty  the fixed cost of one call (empty catalog, learner with an id only)
//   audit/LxA            L learners x A courses
// Each reports ns_per_pair (course-learner pairs) or per course, items_per_second, and the peak
// resident set size so far. `--memory=classify|audit` instead prints peak memory for one scenario
// in a fresh process (ru_maxrss never goes down, so one scenario per process).
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "sweetspot/engine.h"

namespace sweetspot::bench {

void register_internal_benchmarks();

namespace {

using Clock = std::chrono::steady_clock;

// Wall time of the whole measured loop divided by the pairs it scored: the number a reader wants.
class PairClock {
 public:
  explicit PairClock(benchmark::State& state) : state_(state), start_(Clock::now()) {}
  void report(double pairs_per_iteration, const char* name = "ns_per_pair") {
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - start_).count();
    if (state_.iterations() > 0) state_.counters[name] = ns / (static_cast<double>(state_.iterations()) * pairs_per_iteration);
    state_.counters["peak_rss_MiB"] = static_cast<double>(peak_rss_kib()) / 1024.0;
  }

 private:
  benchmark::State& state_;
  Clock::time_point start_;
};

Outcome must(Outcome o, const char* what) {
  if (!o.ok) die(std::string(what) + " failed: " + o.error.message);
  return o;
}

Engine& classify_engine() {
  static Engine engine;
  static const bool loaded = (must(engine.load(data().load_classify), "load"), true);
  (void)loaded;
  return engine;
}

Engine& audit_engine() {
  static Engine engine;
  static const bool loaded = (must(engine.load(data().load_audit), "load (audit catalog)"), true);
  (void)loaded;
  return engine;
}

void BM_Load(benchmark::State& state) {
  const BenchData& d = data();
  PairClock clock(state);
  for (auto _ : state) {
    Engine engine;
    Outcome o = engine.load(d.load_classify);
    if (!o.ok) die("load failed: " + o.error.message);
    benchmark::DoNotOptimize(o.json.data());
  }
  clock.report(static_cast<double>(d.courses), "ns_per_course");
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.courses));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(d.load_classify.size()));
}

void BM_ClassifyCompact(benchmark::State& state) {
  const BenchData& d = data();
  Engine& engine = classify_engine();
  std::size_t next = 0;
  PairClock clock(state);
  for (auto _ : state) {
    Outcome o = engine.classify_compact(d.samples[next++ % d.samples.size()]);
    if (!o.ok) die("classify_compact failed: " + o.error.message);
    benchmark::DoNotOptimize(engine.quadrants());
    benchmark::DoNotOptimize(o.json.data());
  }
  clock.report(static_cast<double>(d.courses));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.courses));
}

void BM_ClassifyJson(benchmark::State& state) {
  const BenchData& d = data();
  Engine& engine = classify_engine();
  std::size_t next = 0, bytes = 0;
  PairClock clock(state);
  for (auto _ : state) {
    Outcome o = engine.classify(d.samples[next++ % d.samples.size()]);
    if (!o.ok) die("classify failed: " + o.error.message);
    bytes += o.json.size();
    benchmark::DoNotOptimize(o.json.data());
  }
  clock.report(static_cast<double>(d.courses));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.courses));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  if (state.iterations() > 0) state.counters["json_KiB"] = static_cast<double>(bytes) / 1024.0 / static_cast<double>(state.iterations());
}

// The fixed cost of one call: an empty catalog and a learner with nothing but an id.
void BM_ClassifyEmpty(benchmark::State& state) {
  static Engine engine;
  static const bool loaded = (must(engine.load(R"({"organization":{},"catalog":{"courses":[]}})"), "load (empty)"), true);
  (void)loaded;
  const std::string learner = R"({"learner":{"id":"u-1"},"asOf":"2026-06-01"})";
  for (auto _ : state) {
    Outcome o = engine.classify_compact(learner);
    if (!o.ok) die("classify_compact (empty) failed: " + o.error.message);
    benchmark::DoNotOptimize(o.json.data());
  }
}

void BM_Audit(benchmark::State& state) {
  const BenchData& d = data();
  Engine& engine = audit_engine();
  const double pairs = static_cast<double>(d.learner_count) * static_cast<double>(d.audit_courses);
  PairClock clock(state);
  for (auto _ : state) {
    Outcome o = engine.audit(d.learners);
    if (!o.ok) die("audit failed: " + o.error.message);
    benchmark::DoNotOptimize(o.json.data());
  }
  clock.report(pairs);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pairs));
  state.counters["learners_per_s"] = benchmark::Counter(static_cast<double>(d.learner_count), benchmark::Counter::kIsIterationInvariantRate);
}

// ---- --memory: peak resident memory of one scenario, in this fresh process --------------------

// Heap bytes in use (glibc mallinfo2): what the live objects hold, whatever malloc keeps cached.
double heap_mib() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<double>(m.uordblks + m.hblkhd) / 1048576.0;
}

void line(const char* what, long base_peak, double base_heap) {
  const long peak = peak_rss_kib();
  std::printf("memory: %-46s peak RSS %7.1f MiB (+%6.1f)   heap in use %7.1f MiB (+%6.1f)\n", what, peak / 1024.0,
              (peak - base_peak) / 1024.0, heap_mib(), heap_mib() - base_heap);
}

int memory_report(const std::string& scenario) {
  const BenchData& d = data();
  const long base_peak = peak_rss_kib();
  const double base_now = heap_mib();
  std::printf("memory: scenario %s; baseline = process with the generated documents read into strings\n", scenario.c_str());
  line("baseline", base_peak, base_now);
  if (scenario == "classify") {
    Engine engine;
    must(engine.load(d.load_classify), "load");
    line(("after load of " + std::to_string(d.courses) + " courses").c_str(), base_peak, base_now);
    for (const std::string& s : d.samples) must(engine.classify_compact(s), "classify_compact");
    line(("after classify_compact x " + std::to_string(d.samples.size()) + " learners").c_str(), base_peak, base_now);
    std::size_t bytes = 0;
    for (const std::string& s : d.samples) bytes += must(engine.classify(s), "classify").json.size();
    line(("after classify (full JSON, " + std::to_string(bytes / d.samples.size() / 1024) + " KiB each)").c_str(), base_peak, base_now);
  } else if (scenario == "audit") {
    Engine engine;
    must(engine.load(d.load_audit), "load");
    line(("after load of " + std::to_string(d.audit_courses) + " courses").c_str(), base_peak, base_now);
    const std::size_t bytes = must(engine.audit(d.learners), "audit").json.size();
    line(("after audit " + std::to_string(d.learner_count) + " x " + std::to_string(d.audit_courses) + " (" +
          std::to_string(bytes / 1024) + " KiB JSON)").c_str(), base_peak, base_now);
  } else {
    std::cerr << "sweetspot_bench: --memory=classify or --memory=audit\n";
    return 2;
  }
  return 0;
}

}  // namespace
}  // namespace sweetspot::bench

int main(int argc, char** argv) {
  using namespace sweetspot::bench;
  std::string dir = SWEETSPOT_DEFAULT_BENCH_DATA, memory;
  if (const char* env = std::getenv("SWEETSPOT_BENCH_DATA"); env && *env) dir = env;
  // Our own flags first; the rest goes to Google Benchmark.
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--data=", 7) == 0) dir = argv[i] + 7;
    else if (std::strncmp(argv[i], "--memory=", 9) == 0) memory = argv[i] + 9;
    else argv[kept++] = argv[i];
  }
  argc = kept;
  BenchData loaded;
  std::string error;
  if (!read_bench_data(dir, loaded, error)) {
    std::cerr << "sweetspot_bench: " << error << "\n";
    return 2;
  }
  set_data(std::move(loaded));
  if (!memory.empty()) return memory_report(memory);

  const BenchData& d = data();
  const std::string c = std::to_string(d.courses);
  const std::string a = std::to_string(d.learner_count) + "x" + std::to_string(d.audit_courses);
  benchmark::RegisterBenchmark(("load/" + c).c_str(), BM_Load)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(("classify_compact/" + c).c_str(), BM_ClassifyCompact)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("classify_json/" + c).c_str(), BM_ClassifyJson)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("classify_compact/empty", BM_ClassifyEmpty)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("audit/" + a).c_str(), BM_Audit)->Unit(benchmark::kMillisecond);
  register_internal_benchmarks();

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::fprintf(stderr, "sweetspot_bench: peak resident memory of this run %.1f MiB (all benchmarks; see --memory= for one scenario)\n",
               peak_rss_kib() / 1024.0);
  return 0;
}
