// UTF-8 text as the engine meets it in every input format (JSON, CSV, snapshots): checking that it
// is well formed, and cutting it for a message without splitting a character.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sweetspot {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. On
// failure `bad_offset` is the offset of the first byte of the ill-formed sequence.
bool valid_utf8(std::string_view text, std::size_t& bad_offset);

// The length (2..4) of the well-formed sequence, as valid_utf8 checks it, that starts at s[0], a
// byte from 0x80, within the `left` bytes from there; 0 if none starts there.
std::size_t utf8_sequence_length(const unsigned char* s, std::size_t left);

// `s` cut to at most `max` bytes at a character boundary, with "..." when it was cut: how ids and
// values are quoted inside errors and warnings.
std::string clip(std::string_view s, std::size_t max = 40);

// Appends the UTF-8 encoding of the code point `cp` (which the caller has checked is a scalar value).
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace sweetspot
