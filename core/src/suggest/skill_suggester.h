// Skill suggestions for untagged courses: finds the taxonomy's labels and aliases in a course's
// title, tags and summary (HTML stripped), so an admin can accept or reject them.
//
// Matching is over normalized words (course_words.h) with a trie of word ids: each position walks
// the trie as far as it matches within one segment (never across a tag, a sentence or list
// punctuation) and keeps the longest phrase, so the cost is linear in the text and independent
// of the number of skills. At one phrase, a skill whose label it is wins over skills that only
// have it as an alias, and a skill wins over its broader skills.
//
// Each match scores evidence points: a label more than an alias, several words more than one, the
// title more than the summary; an alias shared by several skills, a single word common among the
// taxonomy's terms (inverse frequency) and a phrase found in many of the request's courses (the
// catalog's texts, when it has at least kMinCatalogCourses) score less. Points from the places a
// skill was found add up (the best fully, the others in part), and the total is mapped onto a
// calibrated confidence: the share of suggestions at that confidence a careful admin accepted on
// the labelled set in tests/data/suggest-eval (docs/importers.md, "Skill suggestions").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model.h"

namespace sweetspot {

// The default threshold: the lowest confidence at which precision on the labelled set is >= 0.8
// against both the demo ESCO subset and full ESCO, whether its 200 courses come alone or within the
// whole catalog's request (how a site asks). Cross-validated (scripts/measure-suggestions.mjs): the
// same rule fitted on four fifths of the courses kept 80.4-82.1 % on the fifth in all four cases.
constexpr int kDefaultMinConfidence = 6940;
constexpr std::size_t kDefaultSuggestionLimit = 10;
// Fewer courses than this in one request say nothing about which phrases are common in the catalog.
constexpr std::size_t kMinCatalogCourses = 20;

enum class TextField : std::uint8_t { kTitle, kTags, kSummary };

struct CourseText {
  std::string id;
  std::string title;
  std::string summary;  // may be HTML
  std::vector<std::string> tags;
};

// An admin's "never suggest from this term": a label or alias of the taxonomy, for every skill
// (skill empty) or for one skill id.
struct RejectedAlias {
  std::string term;
  std::string skill;
};

struct SuggestionRequest {
  std::vector<CourseText> courses;
  bool batch = false;  // {courses: [...]} rather than one course's fields at the top
  std::size_t limit = kDefaultSuggestionLimit;
  int min_confidence = kDefaultMinConfidence;
  std::vector<RejectedAlias> rejected;
};

struct SkillMatch {
  TextField field = TextField::kTitle;
  std::uint32_t tag = 0;           // which tag, for field kTags
  std::uint32_t start = 0, end = 0;  // byte offsets into the title, the tag, or the summary after HTML stripping
  std::string text;                // the matched words as they appear
  std::uint32_t term = 0;          // 0: the skill's label; i: its alias i - 1
  int points = 0;                  // this match's evidence
};

struct Suggestion {
  std::int32_t skill = 0;  // index into the taxonomy's skills
  int confidence = 0;      // units of 1/10000
  int points = 0;          // the evidence total the confidence was calibrated from
  std::vector<SkillMatch> matches;  // strongest first
};

class SkillSuggester {
 public:
  explicit SkillSuggester(const Taxonomy& taxonomy);

  // Per course of the request, its suggestions best first (confidence, then skill id), at most
  // request.limit, none below request.min_confidence.
  std::vector<std::vector<Suggestion>> suggest(const SuggestionRequest& request) const;

  // The taxonomy's label (term 0) or alias (term i) of a skill.
  const std::string& term_text(std::int32_t skill, std::uint32_t term) const;

  // Evidence points -> calibrated confidence units (monotone).
  static int calibrated(int points);

  std::size_t pattern_count() const { return patterns_; }

 private:
  struct Terminal {
    std::int32_t skill;
    std::uint32_t term;
    bool acronym;  // written in capitals: matches words written in capitals only
    bool proper;   // one capitalized word in a lower-case taxonomy ("Angular"): matches capitalized words only
  };
  struct Hit;
  struct Scan;

  void add_pattern(std::string_view text, std::int32_t skill, std::uint32_t term);
  std::vector<std::uint64_t> rejected_keys(const std::vector<RejectedAlias>& rejected) const;
  void scan_course(const CourseText& course, Scan& scan) const;
  void scan_field(std::string_view text, TextField field, std::uint32_t tag, Scan& scan) const;
  bool is_broader(std::int32_t broad, std::int32_t narrow) const;
  int match_points(const Hit& hit, const Terminal& t, const Scan& scan) const;

  const Taxonomy& taxonomy_;
  std::unordered_map<std::string, std::uint32_t> vocabulary_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // (node << 32 | word) -> child
  std::vector<std::vector<Terminal>> terminals_;             // per trie node
  std::vector<std::uint16_t> node_words_;                    // per trie node: its phrase's length in words
  std::vector<std::uint32_t> node_word_;                     // per trie node: its last word's id
  std::vector<std::uint32_t> word_skills_;                   // per word id: skills with a term containing it
  std::vector<std::vector<std::int32_t>> broader_;           // per skill: its broader skills' indices
  std::size_t patterns_ = 0;
  bool lower_case_taxonomy_ = false;  // most labels start in lower case (ESCO): capitals mean a name
};

}  // namespace sweetspot
