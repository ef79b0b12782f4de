// `sweetspot suggest FILE --rejected LIST`: the site's "never suggest from this alias" list, kept by
// the admin in a text file, added to the request's rejectedAliases. One term per line (a label or
// alias of the taxonomy), or `term<TAB>skill-id` to stop it for that skill only; blank lines and
// lines starting with # are skipped.
#pragma once
#include <string>

namespace sweetspot::cli {

// The request with the list's entries appended to its rejectedAliases. A request that is not a
// JSON object is returned unchanged, for the engine to refuse with its usual error.
std::string with_rejected_aliases(const std::string& request, const std::string& list);

}  // namespace sweetspot::cli
