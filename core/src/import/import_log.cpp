#include "import/import_log.h"

#include <utility>

namespace sweetspot::import {

ImportLog::ImportLog(std::vector<std::string> own_counts) {
  for (const char* common : {"skills", "broaderLinks", "roles", "requirements"}) counts_.push_back({common, 0});
  for (std::string& name : own_counts) counts_.push_back({std::move(name), 0});
}

void ImportLog::add(std::string_view count, std::int64_t delta) {
  for (ImportCount& c : counts_) {
    if (c.name == count) {
      c.value += delta;
      return;
    }
  }
  counts_.push_back({std::string(count), delta});  // a name the constructor did not list: still shown
}

void ImportLog::set(std::string_view count, std::int64_t value) {
  add(count, value - get(count));
}

std::int64_t ImportLog::get(std::string_view count) const {
  for (const ImportCount& c : counts_)
    if (c.name == count) return c.value;
  return 0;
}

void ImportLog::warn(std::string path, std::string message) {
  ++warning_total_;
  if (warnings_.size() < kMaxKeptWarnings) warnings_.push_back({std::move(path), std::move(message)});
}

void ImportLog::fill(ImportOutcome& outcome) {
  outcome.counts = counts_;
  outcome.counts.push_back({"warnings", warning_total_});
  outcome.warnings = warnings_;
}

}  // namespace sweetspot::import
