#include "bench_data.h"

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace sweetspot::bench {
namespace {

BenchData g_data;

bool slurp(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

}  // namespace

bool read_bench_data(const std::string& dir, BenchData& out, std::string& error) {
  out.dir = dir;
  std::string meta_text;
  if (!slurp(dir + "/meta.json", meta_text)) {
    error = "no " + dir + "/meta.json: run `node tests/bench/generate.mjs` first (scripts/bench.sh does)";
    return false;
  }
  const auto meta = nlohmann::json::parse(meta_text, nullptr, false);
  if (meta.is_discarded()) {
    error = dir + "/meta.json is not JSON";
    return false;
  }
  const auto& counts = meta.at("counts");
  out.courses = counts.at("courses").get<std::size_t>();
  out.course_skills = counts.at("courseSkills").get<std::size_t>();
  out.audit_courses = counts.at("auditCourses").get<std::size_t>();
  out.audit_course_skills = counts.at("auditCourseSkills").get<std::size_t>();
  out.learner_count = counts.at("learners").get<std::size_t>();
  const std::string files[] = {"load-" + std::to_string(out.courses) + ".json", "load-" + std::to_string(out.audit_courses) + ".json",
                               "learners-" + std::to_string(out.learner_count) + ".json", "sample-learners.json"};
  std::string* targets[] = {&out.load_classify, &out.load_audit, &out.learners, nullptr};
  std::string samples_text;
  targets[3] = &samples_text;
  for (int i = 0; i < 4; ++i)
    if (!slurp(dir + "/" + files[i], *targets[i])) {
      error = "cannot read " + dir + "/" + files[i] + ": regenerate with `node tests/bench/generate.mjs`";
      return false;
    }
  const auto samples = nlohmann::json::parse(samples_text, nullptr, false);
  if (samples.is_discarded() || !samples.contains("learners")) {
    error = dir + "/sample-learners.json is not a learners document";
    return false;
  }
  for (const auto& learner : samples.at("learners")) {
    nlohmann::json doc = {{"learner", learner}, {"asOf", samples.value("asOf", "2026-06-01")}};
    out.samples.push_back(doc.dump());
  }
  if (out.samples.empty()) {
    error = dir + "/sample-learners.json holds no learner";
    return false;
  }
  return true;
}

const BenchData& data() { return g_data; }
void set_data(BenchData d) { g_data = std::move(d); }

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

void die(const std::string& what) {
  std::cerr << "sweetspot_bench: " << what << "\n";
  std::exit(1);
}

}  // namespace sweetspot::bench
