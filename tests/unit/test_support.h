// Small helpers shared by the unit tests: run the engine on a document built as JSON, find a course
// in the result, and read output numbers back as integer units of 1/10000 (the engine's own units).
#pragma once
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "sweetspot/engine.h"

namespace sweetspot::test {

using json = nlohmann::json;

// An output number as integer units: 0.05 -> 500.
inline int units(const json& number) { return static_cast<int>(std::llround(number.get<double>() * 10000.0)); }

inline json parse_outcome(const Outcome& out, const char* what) {
  if (!out.ok) {
    ADD_FAILURE() << what << " failed: " << out.error.message;
    return json::object();
  }
  return json::parse(out.json);
}

inline json classify(const json& doc) { return parse_outcome(classify_document(doc.dump()), "classify"); }
inline json audit(const json& doc) { return parse_outcome(audit_document(doc.dump()), "audit"); }
inline json validate(const json& doc) { return parse_outcome(validate_document(doc.dump()), "validate"); }

// The result object of one course (by id) in a classification; a failure and null if absent.
inline json course(const json& result, const std::string& id) {
  if (result.contains("courses"))
    for (const json& c : result["courses"])
      if (c.value("course", "") == id) return c;
  ADD_FAILURE() << "no course \"" << id << "\" in the result";
  return json();
}

// Sum of the reasons' amounts on one axis, in units.
inline int reason_sum(const json& course_result, const std::string& axis) {
  int sum = 0;
  for (const json& r : course_result.at("reasons"))
    if (r.at("axis") == axis) sum += units(r.at("amount"));
  return sum;
}

inline bool has_flag(const json& course_result, const std::string& flag) {
  for (const json& f : course_result.at("flags"))
    if (f == flag) return true;
  return false;
}

inline bool has_warning(const json& result, const std::string& path) {
  for (const json& w : result.at("warnings"))
    if (w.at("path") == path) return true;
  return false;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace sweetspot::test
