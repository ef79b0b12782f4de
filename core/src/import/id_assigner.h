// Output ids for imported items: either the framework's own identifier, or a readable slug of the
// label. Slugs that several items share get an 8-hex suffix from each one's source identifier, so
// an id depends only on its own item (adding a skill does not rename another) and never on input
// order.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "sweetspot/import.h"

namespace sweetspot::import {

struct IdSource {
  std::string source_id;  // unique within the import
  std::string readable;   // the label to slug
};

// source id -> output id, for every item.
std::unordered_map<std::string, std::string> assign_ids(const std::vector<IdSource>& items, IdStyle style,
                                                        const std::string& prefix);

// The output id of a source id that assign_ids() was given ("" for any other: never throws).
const std::string& lookup(const std::unordered_map<std::string, std::string>& ids, const std::string& source_id);

}  // namespace sweetspot::import
