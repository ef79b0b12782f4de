// Reads JSON text into a DOM under the limits of limits.h, without exceptions: syntax errors, depth,
// string length, size and duplicate keys all come back as an Error naming where they happened.
#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sweetspot/diagnostics.h"

namespace sweetspot {

using Json = nlohmann::json;

// Parses `text`; on failure returns nullopt and fills `error`.
std::optional<Json> read_json(std::string_view text, Error& error);

}  // namespace sweetspot
