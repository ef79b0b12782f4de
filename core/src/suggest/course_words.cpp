#include "suggest/course_words.h"

#include <algorithm>
#include <cstring>

#include "documents/html_text.h"

namespace sweetspot {
namespace {

enum class Kind { kWord, kSeparator, kBoundary };

bool ascii_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '#';
}

// The code point at text[i] (a lead byte >= 0x80) and its length; an invalid sequence is one byte
// that counts as a letter, so hostile bytes still become (unmatchable) words and never a boundary.
std::uint32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char c = b(0);
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  length = 1;
  if (n == 1 || i + n > text.size()) return 0xFFFD;
  std::uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0xFFFD;
    cp = cp << 6 | (b(k) & 0x3F);
  }
  length = n;
  return cp;
}

Kind unicode_kind(std::uint32_t cp) {
  // Dashes, double quotes, bullets, ellipsis, guillemets, middle dot, CJK and full-width commas.
  static const std::uint32_t kBoundaries[] = {0x00AB, 0x00B7, 0x00BB, 0x2013, 0x2014, 0x2015, 0x201C, 0x201D, 0x201E, 0x2022,
                                              0x2026, 0x2039, 0x203A, 0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF1B};
  if (std::find(std::begin(kBoundaries), std::end(kBoundaries), cp) != std::end(kBoundaries)) return Kind::kBoundary;
  // No-break space and Latin-1 signs (© ® ° ±), ×, ÷, general punctuation (’ and other spaces),
  // letter-like symbols, arrows and other symbols ("MATLAB®" is the word "matlab").
  if ((cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x2000 && cp <= 0x206F) ||
      (cp >= 0x2100 && cp <= 0x2BFF))
    return Kind::kSeparator;
  return Kind::kWord;
}

// A light plural fold applied to patterns and text alike: "databases" and "database" meet. Words in
// -ics are not plurals: "electronics" is not "electronic", "economics" not "economic".
void fold(std::string& w) {
  const std::size_t n = w.size();
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' && !(w[n - 2] == 'c' && w[n - 3] == 'i'))
    w.pop_back();
}

bool is_block_tag(std::string_view name) {
  static const char* kBlocks[] = {"p",  "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                                  "table", "dd", "dt", "dl", "blockquote", "section", "article", "header", "footer", "hr", "pre"};
  return std::any_of(std::begin(kBlocks), std::end(kBlocks), [&](const char* b) { return name == b; });
}

}  // namespace

void split_words(std::string_view text, std::vector<CourseWord>& out) {
  out.clear();
  std::uint32_t segment = 0;
  CourseWord word;
  bool in_word = false;
  int letters = 0, upper = 0;
  const auto finish = [&](std::size_t end) {
    if (!in_word) return;
    word.end = static_cast<std::uint32_t>(end);
    word.capitals = letters >= 2 && upper == letters;
    word.capitalized = upper > 0 && text[word.start] >= 'A' && text[word.start] <= 'Z';
    fold(word.norm);
    word.segment = segment;
    out.push_back(std::move(word));
    word = CourseWord{};
    in_word = false;
    letters = upper = 0;
  };
  const auto boundary = [&](std::size_t at) {
    finish(at);
    if (out.empty() || out.back().segment == segment) ++segment;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    Kind kind = Kind::kSeparator;
    if (ascii_word(c)) {
      kind = Kind::kWord;
    } else if (c >= 0x80) {
      kind = unicode_kind(decode(text, i, length));
    } else if (c == '.') {
      // "node.js", "3.5": a dot between word characters is part of the word; else a sentence end.
      const bool joins = in_word && i + 1 < text.size() && ascii_word(static_cast<unsigned char>(text[i + 1]));
      if (joins) {
        word.norm += '.';
        ++i;
        continue;
      }
      kind = Kind::kBoundary;
    } else if (c == '-') {
      // "problem-solving" joins; "Studio - China" separates two segments.
      const bool inside = in_word && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) > ' ';
      kind = inside ? Kind::kSeparator : Kind::kBoundary;
    } else if (std::strchr(",;:!?()[]{}|/\\\"<>\n\r", c) != nullptr) {
      kind = Kind::kBoundary;
    }
    if (kind == Kind::kWord) {
      if (!in_word) {
        in_word = true;
        word.start = static_cast<std::uint32_t>(i);
      }
      for (std::size_t k = 0; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if (b >= 'A' && b <= 'Z') {
          ++letters;
          ++upper;
          word.norm += static_cast<char>(b - 'A' + 'a');
        } else {
          if (b >= 'a' && b <= 'z') ++letters;
          word.norm += static_cast<char>(b);
        }
      }
    } else if (kind == Kind::kBoundary) {
      boundary(i);
    } else {
      finish(i);
    }
    i += length;
  }
  finish(text.size());
}

std::string summary_text(std::string_view html) {
  std::string marked;
  marked.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] != '<') {
      marked += html[i++];
      continue;
    }
    const std::size_t close = html.find('>', i);
    std::size_t n = i + 1;
    if (n < html.size() && html[n] == '/') ++n;
    std::string name;
    while (n < html.size() && name.size() < 12 && std::isalnum(static_cast<unsigned char>(html[n])))
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++])));
    if (close == std::string_view::npos || !is_block_tag(name)) {
      marked += html[i++];
      continue;
    }
    marked += '\n';
    i = close + 1;
  }
  return html_to_text(marked);
}

}  // namespace sweetspot
