// Skill suggestions for untagged courses: finds the taxonomy's labels and aliases in a course's
// title, summary (HTML stripped) and tags, so an admin can accept or reject them.
//
// Matching is over normalized word tokens (lower-case ASCII, a light plural fold) with a trie of
// token ids: each text position walks the trie as far as it matches and keeps the longest pattern,
// so the cost is linear in the text and independent of the number of skills.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace sweetspot {

enum class TextField : std::uint8_t { kTitle, kTags, kSummary };

struct CourseText {
  std::string id;
  std::string title;
  std::string summary;  // may be HTML
  std::vector<std::string> tags;
};

struct SkillMatch {
  TextField field;
  std::size_t start = 0, end = 0;  // byte offsets into the field (the summary after HTML stripping; tags joined by ", ")
  std::string text;                // the matched words as they appear
  bool alias = false;
};

struct Suggestion {
  std::int32_t skill;      // index into the taxonomy's skills
  int confidence = 0;      // units of 1/10000
  std::vector<SkillMatch> matches;
  int field_best[3] = {0, 0, 0};  // the strongest match per field: repeats in one field are not new evidence
};

class SkillSuggester {
 public:
  explicit SkillSuggester(const Taxonomy& taxonomy);

  // Suggestions best first (confidence, then skill id), at most `limit`, none below `min_confidence` units.
  std::vector<Suggestion> suggest(const CourseText& course, std::size_t limit, int min_confidence) const;

  std::size_t pattern_count() const { return patterns_; }

 private:
  struct Token {
    std::string norm;
    std::size_t start, end;
  };
  struct Terminal {
    std::int32_t skill;
    bool alias;
    int base;  // confidence units before the field factor
  };
  static void tokenize(std::string_view text, std::vector<Token>& out);
  void add_pattern(std::string_view text, std::int32_t skill, bool alias);
  void scan(std::string_view text, TextField field, std::vector<Suggestion>& found) const;

  const Taxonomy& taxonomy_;
  std::unordered_map<std::string, std::uint32_t> vocabulary_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // (node << 32 | token) -> child
  std::vector<std::vector<Terminal>> terminals_;             // per trie node
  std::size_t patterns_ = 0;
};

}  // namespace sweetspot
