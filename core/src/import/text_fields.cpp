#include "import/text_fields.h"

#include <algorithm>

namespace sweetspot::import {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view s, std::string_view separators) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && separators.find(s[i]) == std::string_view::npos) continue;
    const std::string_view part = trim(s.substr(begin, i - begin));
    if (!part.empty()) parts.emplace_back(part);
    begin = i + 1;
  }
  return parts;
}

void sort_unique(std::vector<std::string>& list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

std::string quote(std::string_view s, std::size_t max) {
  if (s.size() <= max) return "\"" + std::string(s) + "\"";
  std::size_t cut = max;
  while (cut > 0 && continuation(s[cut])) --cut;
  return "\"" + std::string(s.substr(0, cut)) + "…\"";
}

std::string quoted_list(const std::vector<std::string>& items, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) out += (i ? ", " : "") + quote(items[i], 40);
  if (items.size() > max) out += ", … (" + std::to_string(items.size()) + " in all)";
  return out.empty() ? "none" : out;
}

std::string slugify(std::string_view text, std::size_t max_length) {
  // Latin-1 letters (U+00C0..U+00FF, UTF-8 C3 80..C3 BF) without their accents, as Unicode NFKD
  // decomposition gives them; '-' where NFKD keeps a letter of its own (Æ, Ø, ß …).
  static constexpr std::string_view kLatin1Base =
      "aaaaaa-ceeeeiiii-nooooo--uuuuy--aaaaaa-ceeeeiiii-nooooo--uuuuy-y";
  std::string slug;
  bool pending_dash = false;
  auto add = [&](std::string_view word) {
    if (pending_dash && !slug.empty()) slug += '-';
    pending_dash = false;
    slug += word;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (c >= 'A' && c <= 'Z') add(std::string(1, static_cast<char>(c - 'A' + 'a')));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) add(std::string(1, c));
    else if (c == '+' || c == '#') pending_dash = true, add(c == '+' ? "plus" : "sharp"), pending_dash = true;
    else if (c == '\'' || c == '`') continue;  // "manager's" -> "managers"
    else if (text.substr(i, 3) == "\xE2\x80\x99") i += 2;  // the typographic apostrophe
    else if (static_cast<unsigned char>(c) == 0xC3 && next >= 0x80 && next <= 0xBF) {
      const char base = kLatin1Base[next - 0x80];
      if (base == '-') pending_dash = true;
      else add(std::string(1, base));
      ++i;
    } else {
      pending_dash = true;
    }
  }
  if (slug.size() > max_length) {
    const std::size_t dash = slug.rfind('-', max_length);
    slug.resize(dash != std::string::npos && dash > 0 ? dash : max_length);
  }
  return slug;
}

}  // namespace sweetspot::import
