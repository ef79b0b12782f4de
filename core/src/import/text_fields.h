// Small text helpers the importers share: trimming, splitting list fields, short quoted phrases for
// messages, and readable ids.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sweetspot::import {

// Without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view s);

// Splits at any of `separators`, trims each part and leaves out empty parts.
std::vector<std::string> split_list(std::string_view s, std::string_view separators);

// Sorts bytewise and removes repeats: list order in the output never depends on input order.
void sort_unique(std::vector<std::string>& list);

// "\"a\", \"b\", … (12 in all)": at most `max` items, for error messages.
std::string quoted_list(const std::vector<std::string>& items, std::size_t max);

// A value quoted for a message, cut at `max` bytes (on a character boundary).
std::string quote(std::string_view s, std::size_t max = 60);

// A readable id fragment: ASCII letters and digits in lower case, runs of anything else as one
// '-', "+" as "plus" and "#" as "sharp" ("C++" -> "c-plus-plus"), cut at a word boundary near
// `max_length`. Non-ASCII letters are separators, so the result is always plain ASCII.
std::string slugify(std::string_view text, std::size_t max_length = 60);

}  // namespace sweetspot::import
