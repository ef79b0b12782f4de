// Hard limits on input, enforced while reading so that hostile or accidental giants are refused with
// a clear error before they can exhaust memory or stack. Documented in the README ("Limits").
#pragma once
#include <cstddef>

namespace sweetspot::limits {

constexpr std::size_t kMaxDocumentBytes = 64u * 1024u * 1024u;  // one JSON document
constexpr std::size_t kMaxDepth = 64;                          // nesting of arrays/objects
constexpr std::size_t kMaxStringBytes = 65536;  // any single string value or key (HTML course summaries run long)
constexpr std::size_t kMaxSkills = 200000;                     // taxonomy skills
constexpr std::size_t kMaxCourses = 200000;                    // catalog courses
constexpr std::size_t kMaxSkillsPerCourse = 256;
constexpr std::size_t kMaxRoles = 20000;
constexpr std::size_t kMaxListItems = 10000;                   // any other list (priorities, interests, ...)
constexpr std::size_t kMaxLearners = 100000;                   // learners in one audit
constexpr int kMaxTaxonomyHops = 6;

}  // namespace sweetspot::limits
