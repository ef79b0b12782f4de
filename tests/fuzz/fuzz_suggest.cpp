// libFuzzer target: hostile course text (titles, HTML summaries, tags) against a fixed taxonomy
// whose labels and aliases share words, so the trie walks deep and overlapping matches compete.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sweetspot/engine.h"

namespace {

sweetspot::Engine& engine() {
  static sweetspot::Engine* e = [] {
    auto* created = new sweetspot::Engine();
    const char* doc = R"({"taxonomy":{"skills":[
      {"id":"ml","label":"machine learning","aliases":["ML","statistical learning"]},
      {"id":"dl","label":"deep learning","broader":["ml"],"aliases":["deep neural networks"]},
      {"id":"py","label":"Python","aliases":["python 3","python programming"]},
      {"id":"db","label":"database","aliases":["databases","relational database management"]},
      {"id":"sql","label":"SQL"},{"id":"cs","label":"C#"},{"id":"cpp","label":"C++"},{"id":"node","label":"Node.js"},
      {"id":"lead","label":"leadership","aliases":["lead a team","team leadership"]},
      {"id":"art","label":"art"}]},
      "organization":{},"catalog":{"courses":[]}})";
    if (!created->load(doc).ok) std::abort();
    return created;
  }();
  return *e;
}

// Escapes raw bytes into a JSON string body (invalid UTF-8 stays invalid: the reader must refuse it).
std::string json_string(const std::uint8_t* data, std::size_t size) {
  std::string out = "\"";
  for (std::size_t i = 0; i < size; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = json_string(data, size);
  const std::string request = "{\"courses\":[{\"title\":" + text + ",\"summary\":" + text + ",\"tags\":[" + text + "]}],\"minConfidence\":0}";
  const sweetspot::Outcome o = engine().suggest_skills(request);
  if (!o.ok && o.error.message.empty()) std::abort();
  return 0;
}
