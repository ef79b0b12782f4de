// Errors and warnings as values. Every diagnostic names a JSON pointer into the input document.
#pragma once
#include <string>
#include <vector>

namespace sweetspot {

// A fatal problem with the input: nothing is classified. `expected` and `found` are short phrases
// ("integer 0..5", "string \"abc\"") so a host can show them without parsing `message`.
struct Error {
  std::string path;
  std::string expected;
  std::string found;
  std::string message;  // one line: "<path>: expected <expected>, found <found>" or a free sentence
};

// Something the engine tolerated but the admin should fix (an unknown skill id, an unknown key).
struct Warning {
  std::string path;
  std::string message;
};

using Warnings = std::vector<Warning>;

// Escapes one JSON-pointer reference token (RFC 6901): '~' -> "~0", '/' -> "~1".
std::string pointer_token(const std::string& key);

Error make_error(std::string path, std::string expected, std::string found);
Error make_error_message(std::string path, std::string message);

}  // namespace sweetspot
