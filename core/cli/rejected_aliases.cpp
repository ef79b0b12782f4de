#include "rejected_aliases.h"

#include <sstream>

#include <nlohmann/json.hpp>

namespace sweetspot::cli {

std::string with_rejected_aliases(const std::string& request, const std::string& list) {
  nlohmann::json doc = nlohmann::json::parse(request, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) return request;
  nlohmann::json& rejected = doc["rejectedAliases"];
  if (rejected.is_null()) rejected = nlohmann::json::array();
  if (!rejected.is_array()) return request;  // the engine names /rejectedAliases
  std::istringstream lines(list);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto tab = line.find('\t', first);
    if (tab == std::string::npos) {
      rejected.push_back(line.substr(first));
    } else {
      rejected.push_back({{"term", line.substr(first, tab - first)}, {"skill", line.substr(tab + 1)}});
    }
  }
  return doc.dump();
}

}  // namespace sweetspot::cli
