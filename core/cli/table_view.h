// Aligned plain-text views of the engine's JSON results, for admins at a terminal (the audit's is
// in audit_views.h).
#pragma once
#include <string>

namespace sweetspot::cli {

std::string classification_table(const std::string& result_json);
std::string validation_table(const std::string& result_json);
std::string suggestion_table(const std::string& result_json);

}  // namespace sweetspot::cli
