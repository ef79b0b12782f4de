#include "suggest/skill_suggester.h"

#include <algorithm>

#include "documents/html_text.h"

namespace sweetspot {
namespace {

constexpr int kLabelConfidence = 9000;
constexpr int kAliasConfidence = 7500;
constexpr int kOneWordAliasConfidence = 4000;
constexpr std::size_t kMaxMatchesShown = 5;
constexpr std::size_t kMaxPatternTokens = 12;

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c >= 0x80;
}

// A light plural fold applied to patterns and text alike: "databases" and "database" meet.
void fold(std::string& w) {
  const std::size_t n = w.size();
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') w.pop_back();
}

bool is_stopword(const std::string& w) {
  static const char* kStop[] = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "of", "on",
                                "or", "the", "to", "with", "use", "work", "new", "i", "ii", "iii", "iv", "part", "topic"};
  for (const char* s : kStop)
    if (w == s) return true;
  return false;
}

// Field factors: a word in the title says more about a course than one in its summary.
int field_factor(TextField f) { return f == TextField::kTitle ? 100 : f == TextField::kTags ? 90 : 60; }

}  // namespace

void SkillSuggester::tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    std::string norm;
    while (i < text.size()) {
      const auto c = static_cast<unsigned char>(text[i]);
      // "node.js", ".net": a dot joins word characters on both sides.
      if (c == '.' && i + 1 < text.size() && is_word_byte(static_cast<unsigned char>(text[i + 1])) && i > start) {
        norm += '.';
        ++i;
        continue;
      }
      if (!is_word_byte(c)) break;
      norm += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      ++i;
    }
    if (norm.empty()) continue;
    fold(norm);
    out.push_back({std::move(norm), start, i});
  }
}

void SkillSuggester::add_pattern(std::string_view text, std::int32_t skill, bool alias) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  if (tokens.empty() || tokens.size() > kMaxPatternTokens) return;
  if (tokens.size() == 1 && (is_stopword(tokens[0].norm) || tokens[0].norm.size() < 2)) return;
  std::uint32_t node = 0;
  for (const Token& t : tokens) {
    auto [it, inserted] = vocabulary_.emplace(t.norm, static_cast<std::uint32_t>(vocabulary_.size()));
    const std::uint64_t key = static_cast<std::uint64_t>(node) << 32 | it->second;
    auto edge = edges_.find(key);
    if (edge == edges_.end()) {
      terminals_.emplace_back();
      edge = edges_.emplace(key, static_cast<std::uint32_t>(terminals_.size() - 1)).first;
    }
    node = edge->second;
  }
  // One lower-case word of three letters or fewer ("art", "law") is weak evidence on its own;
  // an acronym written in capitals ("SQL", "PHP") is not.
  // A one-word lower-case alias is often a generic word in ESCO ("design" for "think creatively"),
  // so it counts only in a title or tags, never in a summary alone. One lower-case word of three
  // letters or fewer ("art", "law") is weak evidence too. Acronyms in capitals ("SQL", "ML") are not.
  const bool capitals = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool one_word = tokens.size() == 1;
  int base = !alias ? kLabelConfidence : one_word && !capitals ? kOneWordAliasConfidence : kAliasConfidence;
  if (one_word && tokens[0].norm.size() <= 3 && !capitals) base /= 2;
  for (const Terminal& t : terminals_[node])
    if (t.skill == skill) return;  // label and alias normalize alike: keep the first (the label)
  terminals_[node].push_back({skill, alias, base});
  ++patterns_;
}

SkillSuggester::SkillSuggester(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  terminals_.emplace_back();  // the root
  for (std::size_t s = 0; s < taxonomy.skills.size(); ++s) {
    add_pattern(taxonomy.skills[s].label, static_cast<std::int32_t>(s), false);
    for (const std::string& alias : taxonomy.skills[s].aliases) add_pattern(alias, static_cast<std::int32_t>(s), true);
  }
}

void SkillSuggester::scan(std::string_view text, TextField field, std::vector<Suggestion>& found) const {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<std::uint32_t> ids(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto it = vocabulary_.find(tokens[i].norm);
    ids[i] = it == vocabulary_.end() ? UINT32_MAX : it->second;
  }
  // Leftmost-longest: at each position take the longest pattern, then continue after it.
  for (std::size_t i = 0; i < tokens.size();) {
    std::uint32_t node = 0;
    std::size_t best_end = 0;
    std::uint32_t best_node = 0;
    for (std::size_t j = i; j < tokens.size() && j - i < kMaxPatternTokens && ids[j] != UINT32_MAX; ++j) {
      auto edge = edges_.find(static_cast<std::uint64_t>(node) << 32 | ids[j]);
      if (edge == edges_.end()) break;
      node = edge->second;
      if (!terminals_[node].empty()) {
        best_end = j + 1;
        best_node = node;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    const std::size_t start = tokens[i].start, end = tokens[best_end - 1].end;
    for (const Terminal& t : terminals_[best_node]) {
      // A course yields a handful of skills: a linear search beats any map here.
      auto it = std::find_if(found.begin(), found.end(), [&](const Suggestion& s) { return s.skill == t.skill; });
      if (it == found.end()) it = found.insert(found.end(), Suggestion{t.skill, 0, {}});
      Suggestion& s = *it;
      const int c = t.base * field_factor(field) / 100;
      int& best = s.field_best[static_cast<int>(field)];
      best = std::max(best, c);
      if (s.matches.size() < kMaxMatchesShown) s.matches.push_back({field, start, end, std::string(text.substr(start, end - start)), t.alias});
    }
    i = best_end;
  }
}

std::vector<Suggestion> SkillSuggester::suggest(const CourseText& course, std::size_t limit, int min_confidence) const {
  std::vector<Suggestion> out;
  scan(course.title, TextField::kTitle, out);
  std::string tags;
  for (const std::string& t : course.tags) tags += (tags.empty() ? "" : ", ") + t;
  scan(tags, TextField::kTags, out);
  scan(html_to_text(course.summary), TextField::kSummary, out);
  // Evidence from different fields combines as 1 - Π(1 - c), in integer units.
  for (Suggestion& s : out) {
    int rest = 10000;
    for (int c : s.field_best) rest = rest * (10000 - c) / 10000;
    s.confidence = 10000 - rest;
  }
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Suggestion& s) { return s.confidence < min_confidence; }), out.end());
  std::sort(out.begin(), out.end(), [&](const Suggestion& a, const Suggestion& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return taxonomy_.skills[a.skill].id < taxonomy_.skills[b.skill].id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace sweetspot
