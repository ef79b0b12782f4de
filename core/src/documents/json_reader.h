// Reads JSON text into a DOM under the limits of limits.h, without exceptions: syntax errors, depth,
// string length, size and duplicate keys all come back as an Error naming where they happened.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sweetspot/diagnostics.h"

namespace sweetspot {

using Json = nlohmann::json;

// Parses `text`; on failure returns nullopt and fills `error`.
std::optional<Json> read_json(std::string_view text, Error& error);

// At most `max_bytes` of `text` for an error message, always valid UTF-8: whole characters are kept
// (the cut never splits one, "..." marks it), a byte that starts no valid sequence shows as \xNN.
// Input being refused may hold anything; the error that names it must not carry that on.
std::string error_excerpt(std::string_view text, std::size_t max_bytes);

// A nlohmann parse error as {expected, found} phrases: its message without the raw token (which
// may be megabytes long or invalid UTF-8), and the token as a short excerpt, at its byte offset.
Error syntax_error(std::string path, std::size_t position, const std::string& last_token, const std::string& what);

}  // namespace sweetspot
