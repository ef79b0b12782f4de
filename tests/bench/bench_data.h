// The generated benchmark data (tests/bench/generate.mjs), read once before any benchmark runs.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace sweetspot::bench {

struct BenchData {
  std::string dir;
  std::size_t courses = 0, course_skills = 0;              // the classify catalog
  std::size_t audit_courses = 0, audit_course_skills = 0;  // the audit catalog
  std::size_t learner_count = 0;                           // learners in the audit
  std::string load_classify;  // {schema, taxonomy, organization, catalog} with `courses` courses
  std::string load_audit;     // the same with `audit_courses` courses
  std::string learners;       // {schema, learners, asOf}
  std::vector<std::string> samples;  // {"learner": ..., "asOf": ...}, one per sample learner
};

// Reads DIR/meta.json and the files it names; false with a message when something is missing.
bool read_bench_data(const std::string& dir, BenchData& out, std::string& error);
const BenchData& data();
void set_data(BenchData d);

// Peak resident set size of this process so far (getrusage ru_maxrss).
long peak_rss_kib();

// Aborts the benchmark run with a message (an engine call failed).
[[noreturn]] void die(const std::string& what);

}  // namespace sweetspot::bench
