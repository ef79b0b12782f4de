#include "suggest/skill_suggester.h"

#include <algorithm>
#include <iterator>

#include "suggest/course_words.h"

namespace sweetspot {
namespace {

constexpr std::size_t kMaxMatchesShown = 5;
constexpr std::size_t kMaxPatternWords = 12;
constexpr int kMaxBroaderHops = 12;

// Evidence points, roughly a hundred per unit of log-odds; calibrated() turns totals into confidences.
constexpr int kLabelPoints = 200, kLongLabelPoints = 300;       // a label of one word / of several
constexpr int kAliasPoints = -50, kLongAliasPoints = 150;       // an alias of one word / of several
constexpr int kAcronymAliasPoints = 100;                         // "SQL", "HCI": matched in capitals only
constexpr int kPerExtraAliasWord = 25, kMaxExtraAliasWords = 2;  // "statistical machine learning" over "machine learning"
constexpr int kTitlePoints = 100, kTagPoints = 30, kSummaryPoints = -150;
// A term that is only part of a tag ("history" in "Music History", "statistics" in "Probability and
// Statistics") names something broader than what the catalog's editors tagged: weak evidence.
constexpr int kInnerTagPoints = -150;
// A course with many tags has peripheral ones (catalogs tag whole topic hierarchies): like a search
// engine's length normalisation, each tag beyond the first few says less.
constexpr std::size_t kFocusedTags = 5;
constexpr int kPerExtraTag = -15, kMinTagPoints = -120;
constexpr int kPerAmbiguityDoubling = -80;  // the same term names 2, 4, 8… skills
constexpr int kSpecificityPerQuarterBit = 10, kSpecificityPivot = 28, kMinSpecificity = -150, kMaxSpecificity = 60;
constexpr std::size_t kMinSpecificityBase = 1000;  // a small taxonomy says nothing about which words are common
constexpr int kCatalogPerBit = -50;  // per doubling of the share of courses with the phrase, above 1/32
constexpr int kSecondTermPoints = 100;  // two different terms of the skill were found
constexpr int kSupportFloor = 200, kSupportDivisor = 4;  // further places add (points + floor) / divisor

bool is_stopword(const std::string& w) {
  static const char* kStop[] = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "of", "on",
                                "or", "the", "to", "with", "use", "work", "new", "i", "ii", "iii", "iv", "part", "topic"};
  return std::any_of(std::begin(kStop), std::end(kStop), [&](const char* s) { return w == s; });
}

// 4·log2(big / small), rounded down, in integers so native and WebAssembly agree bit for bit.
int quarter_bits(std::uint64_t small, std::uint64_t big) {
  if (small == 0) return 0;
  int k = 0;
  std::uint64_t x = small * 10000;
  const std::uint64_t limit = big * 10000;
  while (k < 200) {
    const std::uint64_t next = x * 11892 / 10000;  // × 2^(1/4)
    if (next > limit) break;
    x = next;
    ++k;
  }
  return k;
}

int field_points(TextField f, std::size_t tags) {
  if (f == TextField::kTags)
    return std::max(kMinTagPoints, kTagPoints + kPerExtraTag * static_cast<int>(tags > kFocusedTags ? tags - kFocusedTags : 0));
  return f == TextField::kTitle ? kTitlePoints : kSummaryPoints;
}

// Calibration: evidence points -> the precision observed on the labelled set at that evidence,
// linear between the knots. Fitted by isotonic regression of (points, accepted) over all 200
// labelled courses against both the demo ESCO subset and full ESCO; held out (5-fold, refitted on
// four folds), the bands of scripts/measure-suggestions.mjs stay within about 6 points of it.
struct Knot {
  int points;
  int confidence;
};
constexpr Knot kCalibration[] = {{-370, 0},    {-170, 300},  {-140, 1400}, {-40, 2300},  {20, 2600},   {115, 3700},
                                 {125, 4000},  {145, 6500},  {175, 7100},  {199, 7400},  {225, 7700},  {265, 8200},
                                 {290, 8800},  {370, 9100},  {480, 9600},  {560, 9800}};

}  // namespace

struct SkillSuggester::Hit {
  std::uint32_t node;
  TextField field;
  std::uint32_t tag;
  std::uint32_t start, end;
  std::string text;
  bool whole_tag;              // the phrase is all of its tag's words
  std::vector<Terminal> kept;  // after rejections and the label / specificity preferences
};

struct SkillSuggester::Scan {
  std::unordered_set<std::uint64_t> rejected;               // node << 32 | (skill + 1), or 0 for any skill
  std::unordered_map<std::uint32_t, std::uint32_t> courses;  // node -> courses of the request with the phrase
  std::size_t catalog = 0;                                  // courses counted, 0 when too few to tell
  std::size_t tags = 0;                                     // the current course's number of tags
  std::vector<Hit> hits;
  std::vector<CourseWord> words;
  std::vector<std::uint32_t> ids;
};

int SkillSuggester::calibrated(int points) {
  if (points <= kCalibration[0].points) return kCalibration[0].confidence;
  for (std::size_t i = 1; i < std::size(kCalibration); ++i) {
    const Knot& a = kCalibration[i - 1];
    const Knot& b = kCalibration[i];
    if (points <= b.points) return a.confidence + (b.confidence - a.confidence) * (points - a.points) / (b.points - a.points);
  }
  return kCalibration[std::size(kCalibration) - 1].confidence;
}

void SkillSuggester::add_pattern(std::string_view text, std::int32_t skill, std::uint32_t term) {
  std::vector<CourseWord> words;
  split_words(text, words);
  if (words.empty() || words.size() > kMaxPatternWords) return;
  if (words.size() == 1 && (is_stopword(words[0].norm) || words[0].norm.size() < 2)) return;
  std::uint32_t node = 0;
  for (const CourseWord& w : words) {
    auto [it, inserted] = vocabulary_.emplace(w.norm, static_cast<std::uint32_t>(vocabulary_.size()));
    const std::uint64_t key = static_cast<std::uint64_t>(node) << 32 | it->second;
    auto edge = edges_.find(key);
    if (edge == edges_.end()) {
      terminals_.emplace_back();
      node_words_.push_back(static_cast<std::uint16_t>(node_words_[node] + 1));
      node_word_.push_back(it->second);
      edge = edges_.emplace(key, static_cast<std::uint32_t>(terminals_.size() - 1)).first;
    }
    node = edge->second;
  }
  for (const Terminal& t : terminals_[node])
    if (t.skill == skill) return;  // label and alias normalize alike: keep the first (the label)
  // An acronym of two to six capitals ("ICT", "RE") is a different word in lower case ("re"); so is
  // a capitalized name in a taxonomy that writes its terms in lower case ("Angular", "angular").
  const bool acronym = words.size() == 1 && words[0].capitals && words[0].norm.size() <= 6;
  const bool proper = lower_case_taxonomy_ && words.size() == 1 && !acronym && words[0].capitalized;
  terminals_[node].push_back({skill, term, acronym, proper});
  ++patterns_;
}

SkillSuggester::SkillSuggester(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  terminals_.emplace_back();  // the root
  node_words_.push_back(0);
  node_word_.push_back(0);
  std::size_t lower = 0;
  for (const TaxonomySkill& skill : taxonomy.skills) lower += !skill.label.empty() && skill.label[0] >= 'a' && skill.label[0] <= 'z';
  lower_case_taxonomy_ = lower * 2 > taxonomy.skills.size();
  std::unordered_map<std::string, std::int32_t> index;
  for (std::size_t s = 0; s < taxonomy.skills.size(); ++s) {
    const auto skill = static_cast<std::int32_t>(s);
    index.emplace(taxonomy.skills[s].id, skill);
    add_pattern(taxonomy.skills[s].label, skill, 0);
    for (std::size_t a = 0; a < taxonomy.skills[s].aliases.size(); ++a)
      add_pattern(taxonomy.skills[s].aliases[a], skill, static_cast<std::uint32_t>(a + 1));
  }
  // How many skills have a term containing each word: the specificity of one-word terms.
  word_skills_.assign(vocabulary_.size(), 0);
  std::vector<CourseWord> words;
  std::vector<std::uint32_t> seen;
  for (const TaxonomySkill& skill : taxonomy.skills) {
    seen.clear();
    for (std::size_t term = 0; term <= skill.aliases.size(); ++term) {
      split_words(term == 0 ? skill.label : skill.aliases[term - 1], words);
      for (const CourseWord& w : words)
        if (auto it = vocabulary_.find(w.norm); it != vocabulary_.end() && std::find(seen.begin(), seen.end(), it->second) == seen.end())
          seen.push_back(it->second);
    }
    for (std::uint32_t w : seen) ++word_skills_[w];
  }
  broader_.resize(taxonomy.skills.size());
  for (std::size_t s = 0; s < taxonomy.skills.size(); ++s)
    for (const std::string& b : taxonomy.skills[s].broader)
      if (auto it = index.find(b); it != index.end()) broader_[s].push_back(it->second);
}

const std::string& SkillSuggester::term_text(std::int32_t skill, std::uint32_t term) const {
  const TaxonomySkill& s = taxonomy_.skills[skill];
  return term == 0 ? s.label : s.aliases[term - 1];
}

bool SkillSuggester::is_broader(std::int32_t broad, std::int32_t narrow) const {
  std::vector<std::int32_t> frontier{narrow}, next;
  for (int hop = 0; hop < kMaxBroaderHops && !frontier.empty(); ++hop) {
    next.clear();
    for (std::int32_t s : frontier)
      for (std::int32_t b : broader_[s]) {
        if (b == broad) return true;
        next.push_back(b);
      }
    frontier.swap(next);
  }
  return false;
}

std::vector<std::uint64_t> SkillSuggester::rejected_keys(const std::vector<RejectedAlias>& rejected) const {
  std::vector<std::uint64_t> keys;
  std::vector<CourseWord> words;
  for (const RejectedAlias& r : rejected) {
    split_words(r.term, words);
    std::uint32_t node = 0;
    bool found = !words.empty();
    for (const CourseWord& w : words) {
      const auto v = vocabulary_.find(w.norm);
      const auto edge = v == vocabulary_.end() ? edges_.end() : edges_.find(static_cast<std::uint64_t>(node) << 32 | v->second);
      if (edge == edges_.end()) {
        found = false;
        break;
      }
      node = edge->second;
    }
    if (!found) continue;  // no term of the taxonomy reads like this: nothing to stop
    if (r.skill.empty()) {
      keys.push_back(static_cast<std::uint64_t>(node) << 32);
      continue;
    }
    for (std::size_t s = 0; s < taxonomy_.skills.size(); ++s)
      if (taxonomy_.skills[s].id == r.skill) keys.push_back(static_cast<std::uint64_t>(node) << 32 | (s + 1));
  }
  return keys;
}

void SkillSuggester::scan_field(std::string_view text, TextField field, std::uint32_t tag, Scan& scan) const {
  std::vector<CourseWord>& words = scan.words;
  split_words(text, words);
  scan.ids.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto it = vocabulary_.find(words[i].norm);
    scan.ids[i] = it == vocabulary_.end() ? UINT32_MAX : it->second;
  }
  const auto usable = [&](std::uint32_t node, const Terminal& t, std::size_t from, std::size_t to) {
    if (scan.rejected.count(static_cast<std::uint64_t>(node) << 32) ||
        scan.rejected.count(static_cast<std::uint64_t>(node) << 32 | static_cast<std::uint64_t>(t.skill + 1)))
      return false;
    for (std::size_t k = from; k < to; ++k)
      if ((t.acronym && !words[k].capitals) || (t.proper && !words[k].capitalized)) return false;
    return true;
  };
  // Leftmost-longest within a segment: at each position take the longest usable phrase, then go on after it.
  for (std::size_t i = 0; i < words.size();) {
    std::uint32_t node = 0, best_node = 0;
    std::size_t best_end = 0;
    for (std::size_t j = i; j < words.size() && j - i < kMaxPatternWords && scan.ids[j] != UINT32_MAX &&
                            words[j].segment == words[i].segment;
         ++j) {
      auto edge = edges_.find(static_cast<std::uint64_t>(node) << 32 | scan.ids[j]);
      if (edge == edges_.end()) break;
      node = edge->second;
      if (std::any_of(terminals_[node].begin(), terminals_[node].end(), [&](const Terminal& t) { return usable(node, t, i, j + 1); })) {
        best_end = j + 1;
        best_node = node;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    Hit hit{best_node, field, tag, words[i].start, words[best_end - 1].end, {}, field == TextField::kTags && i == 0 && best_end == words.size(), {}};
    hit.text = std::string(text.substr(hit.start, hit.end - hit.start));
    for (const Terminal& t : terminals_[best_node])
      if (usable(best_node, t, i, best_end)) hit.kept.push_back(t);
    // The skill whose label this is wins over skills that only have it as an alias ("electronics"
    // is the skill electronics, not consumer electronics), and a skill over its broader skills.
    if (std::any_of(hit.kept.begin(), hit.kept.end(), [](const Terminal& t) { return t.term == 0; }))
      hit.kept.erase(std::remove_if(hit.kept.begin(), hit.kept.end(), [](const Terminal& t) { return t.term != 0; }), hit.kept.end());
    std::vector<Terminal> specific;
    for (const Terminal& t : hit.kept)
      if (std::none_of(hit.kept.begin(), hit.kept.end(), [&](const Terminal& u) { return u.skill != t.skill && is_broader(t.skill, u.skill); }))
        specific.push_back(t);
    hit.kept.swap(specific);
    scan.hits.push_back(std::move(hit));
    i = best_end;
  }
}

void SkillSuggester::scan_course(const CourseText& course, Scan& scan) const {
  scan.hits.clear();
  scan.tags = course.tags.size();
  scan_field(course.title, TextField::kTitle, 0, scan);
  for (std::size_t t = 0; t < course.tags.size(); ++t) scan_field(course.tags[t], TextField::kTags, static_cast<std::uint32_t>(t), scan);
  scan_field(summary_text(course.summary), TextField::kSummary, 0, scan);
}

int SkillSuggester::match_points(const Hit& hit, const Terminal& t, const Scan& scan) const {
  const int words = node_words_[hit.node];
  int points = 0;
  if (t.term == 0) {
    points = words >= 2 ? kLongLabelPoints : kLabelPoints;
  } else if (words >= 2) {
    points = kLongAliasPoints + kPerExtraAliasWord * std::min(words - 2, kMaxExtraAliasWords);
  } else {
    points = t.acronym ? kAcronymAliasPoints : kAliasPoints;
  }
  points += field_points(hit.field, scan.tags);
  if (hit.field == TextField::kTags && !hit.whole_tag) points += kInnerTagPoints;
  // An ambiguous term: the number of skills it names, in doublings.
  std::vector<std::int32_t> named;
  for (const Terminal& u : terminals_[hit.node])
    if (std::find(named.begin(), named.end(), u.skill) == named.end()) named.push_back(u.skill);
  points += kPerAmbiguityDoubling * (quarter_bits(1, named.size()) / 4);
  // A one-word term is as specific as its word is rare among the taxonomy's terms.
  if (words == 1) {
    const int bits = quarter_bits(word_skills_[node_word_[hit.node]], std::max(taxonomy_.skills.size(), kMinSpecificityBase));
    points += std::clamp((bits - kSpecificityPivot) * kSpecificityPerQuarterBit, kMinSpecificity, kMaxSpecificity);
  }
  // A phrase in many of the catalog's courses says little about any one of them.
  if (scan.catalog > 0) {
    const auto c = scan.courses.find(hit.node);
    const std::uint64_t with = c == scan.courses.end() ? 0 : c->second;
    if (with * 32 > scan.catalog) points += kCatalogPerBit * quarter_bits(scan.catalog, with * 32) / 4;
  }
  return points;
}

std::vector<std::vector<Suggestion>> SkillSuggester::suggest(const SuggestionRequest& request) const {
  Scan scan;
  for (std::uint64_t key : rejected_keys(request.rejected)) scan.rejected.insert(key);
  if (request.courses.size() >= kMinCatalogCourses) {
    std::vector<std::uint32_t> seen;
    for (const CourseText& c : request.courses) {
      scan_course(c, scan);
      seen.clear();
      for (const Hit& h : scan.hits)
        if (!h.kept.empty() && std::find(seen.begin(), seen.end(), h.node) == seen.end()) seen.push_back(h.node);
      for (std::uint32_t node : seen) ++scan.courses[node];
    }
    scan.catalog = request.courses.size();
  }
  std::vector<std::vector<Suggestion>> out(request.courses.size());
  for (std::size_t ci = 0; ci < request.courses.size(); ++ci) {
    scan_course(request.courses[ci], scan);
    std::vector<Suggestion>& found = out[ci];
    for (const Hit& h : scan.hits)
      for (const Terminal& t : h.kept) {
        // A course yields a handful of skills: a linear search beats any map here.
        auto it = std::find_if(found.begin(), found.end(), [&](const Suggestion& s) { return s.skill == t.skill; });
        if (it == found.end()) it = found.insert(found.end(), Suggestion{t.skill, 0, 0, {}});
        it->matches.push_back({h.field, h.tag, h.start, h.end, h.text, t.term, match_points(h, t, scan)});
      }
    for (Suggestion& s : found) {
      std::stable_sort(s.matches.begin(), s.matches.end(), [](const SkillMatch& a, const SkillMatch& b) { return a.points > b.points; });
      // The best match counts fully; each further place (the title, one tag, the summary) in part:
      // repeats within one place are not new evidence.
      std::vector<std::pair<int, std::uint32_t>> places;
      std::vector<std::uint32_t> terms;
      s.points = s.matches.front().points;
      for (const SkillMatch& m : s.matches) {
        if (std::find(terms.begin(), terms.end(), m.term) == terms.end()) terms.push_back(m.term);
        // All tags are one place: a catalog's topic tags come in hierarchies ("Philosophy",
        // "Political Philosophy") and repeat each other.
        const std::pair<int, std::uint32_t> place{static_cast<int>(m.field), 0};
        if (std::find(places.begin(), places.end(), place) != places.end()) continue;
        if (!places.empty()) s.points += std::max(0, m.points + kSupportFloor) / kSupportDivisor;
        places.push_back(place);
      }
      if (terms.size() >= 2) s.points += kSecondTermPoints;
      s.confidence = calibrated(s.points);
      if (s.matches.size() > kMaxMatchesShown) s.matches.resize(kMaxMatchesShown);
    }
    found.erase(std::remove_if(found.begin(), found.end(), [&](const Suggestion& s) { return s.confidence < request.min_confidence; }),
                found.end());
    std::sort(found.begin(), found.end(), [&](const Suggestion& a, const Suggestion& b) {
      if (a.confidence != b.confidence) return a.confidence > b.confidence;
      return taxonomy_.skills[a.skill].id < taxonomy_.skills[b.skill].id;
    });
    if (found.size() > request.limit) found.resize(request.limit);
  }
  return out;
}

}  // namespace sweetspot
