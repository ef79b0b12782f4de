// What an import did besides its result: named counts in a fixed order, and warnings with the file
// position they come from. Warnings beyond a cap are counted but not kept, so a file with a problem
// on every row cannot make the summary larger than the data.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sweetspot/import.h"

namespace sweetspot::import {

class ImportLog {
 public:
  static constexpr std::size_t kMaxKeptWarnings = 10000;

  // The format's own counts, reported after the common ones (skills, broaderLinks, roles,
  // requirements) in this order.
  explicit ImportLog(std::vector<std::string> own_counts = {});

  void add(std::string_view count, std::int64_t delta = 1);
  void set(std::string_view count, std::int64_t value);
  std::int64_t get(std::string_view count) const;
  void warn(std::string path, std::string message);

  // Moves counts (ending with "warnings") and warnings into the outcome.
  void fill(ImportOutcome& outcome);

 private:
  std::vector<ImportCount> counts_;
  Warnings warnings_;
  std::int64_t warning_total_ = 0;
};

}  // namespace sweetspot::import
