// The words of a course text as the suggester matches them, and where one phrase may stop.
//
// A word is a run of letters, digits, '+' and '#' (a dot between two word characters joins them:
// "node.js", ".net" inside a word, "3.5"), lower-cased ASCII with a light plural fold. Words are
// grouped into segments: a phrase of the taxonomy only matches words of one segment, so nothing
// is found across a sentence end, list punctuation (, ; : | / brackets, quotes, dashes between
// spaces, bullets) or a line break. Hyphens inside words, apostrophes and '&' join words of one
// segment ("problem-solving", "research & development").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sweetspot {

struct CourseWord {
  std::string norm;         // lower-case, plural-folded
  std::uint32_t start = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint32_t segment = 0;
  bool capitals = false;    // written in capitals, two letters or more ("SQL", "ICT")
  bool capitalized = false;  // starts with a capital letter ("Angular", "Latin")
};

// Splits `text` into words; `out` is cleared first.
void split_words(std::string_view text, std::vector<CourseWord>& out);

// A course summary (HTML) as plain text, with every block element (<p>, <br>, <li>, <div>, <h1>…,
// <td>…) turned into a line break first, so that list items and paragraphs are separate segments.
std::string summary_text(std::string_view html);

}  // namespace sweetspot
