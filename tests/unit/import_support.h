// Helpers shared by the importer tests (CASE, ESCO, O*NET, plain CSV): read an import's named
// count, and find one entry of the imported document by a field.
#pragma once
#include <cstdint>
#include <string>

#include "sweetspot/import.h"
#include "test_support.h"

namespace sweetspot::test {

// The import's count `name` (e.g. "skills"); a test failure and -1 when it reports none.
inline std::int64_t count(const ImportOutcome& out, const std::string& name) {
  for (const ImportCount& c : out.counts)
    if (c.name == name) return c.value;
  ADD_FAILURE() << "no count " << name;
  return -1;
}

// The first entry of `list` whose `field` equals `value`; a test failure and {} when none does.
inline json entry_where(const json& list, const char* field, const std::string& value) {
  for (const json& entry : list)
    if (entry.value(field, "") == value) return entry;
  ADD_FAILURE() << "no entry with " << field << " \"" << value << "\"";
  return json::object();
}

}  // namespace sweetspot::test
