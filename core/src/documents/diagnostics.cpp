#include "sweetspot/diagnostics.h"

namespace sweetspot {

std::string pointer_token(const std::string& key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

Error make_error(std::string path, std::string expected, std::string found) {
  Error e;
  e.message = (path.empty() ? std::string("(document)") : path) + ": expected " + expected + ", found " + found;
  e.path = std::move(path);
  e.expected = std::move(expected);
  e.found = std::move(found);
  return e;
}

Error make_error_message(std::string path, std::string message) {
  Error e;
  e.message = (path.empty() ? std::string("(document)") : path) + ": " + message;
  e.path = std::move(path);
  e.found = "";
  e.expected = "";
  return e;
}

}  // namespace sweetspot
