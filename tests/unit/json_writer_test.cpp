// JsonWriter: one fixed format. Units print with at most 4 decimals and no trailing zeros; strings
// are escaped so the output is valid JSON and also safe inside an HTML <script>.
#include "documents/json_writer.h"
#include "test_support.h"

#include <random>

namespace sweetspot::test {
namespace {

TEST(JsonWriter, UnitsAsShortDecimals) {
  EXPECT_EQ(format_units(0), "0");
  EXPECT_EQ(format_units(10000), "1");
  EXPECT_EQ(format_units(2500), "0.25");
  EXPECT_EQ(format_units(1000), "0.1");
  EXPECT_EQ(format_units(5), "0.0005");
  EXPECT_EQ(format_units(50), "0.005");
  EXPECT_EQ(format_units(12345), "1.2345");
  EXPECT_EQ(format_units(9999), "0.9999");
  EXPECT_EQ(format_units(-2500), "-0.25");
  // Every unit value reads back exactly.
  for (int u = 0; u <= 10000; ++u) ASSERT_EQ(units(json::parse(format_units(u))), u) << u;
}

TEST(JsonWriter, EscapesForJsonAndHtml) {
  JsonWriter w;
  const std::string tricky = std::string("q\"b\\n\nr\rt\tc\x01<\x1f/script>&\xe2\x80\xa8\xe2\x80\xa9 é ✓ \U0001F600\x7f");
  w.begin_object().key("s").string(tricky).end_object();
  const std::string out = w.str();
  EXPECT_EQ(out, "{\"s\":\"q\\\"b\\\\n\\nr\\rt\\tc\\u0001\\u003c\\u001f/script\\u003e\\u0026\\u2028\\u2029 \\u00e9 \\u2713 \\ud83d\\ude00\x7f\"}");
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(json::parse(out)["s"], tricky);
}

// The length of the well-formed UTF-8 sequence at s[i] (RFC 3629's table of byte ranges), 0 if none.
std::size_t well_formed_length(const std::string& s, std::size_t i) {
  const auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  const unsigned c = at(0);
  const auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  if (in(c, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  const unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (in(c, 0xE0, 0xEF)) return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (in(c, 0xF0, 0xF4)) return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// The escaping, character by character as the writer's contract says (what write_string did before
// it copied 8 bytes at a time): the reference the word-at-a-time path must agree with. Everything
// from U+0080 is a \u escape (a surrogate pair above U+FFFF); a byte that starts no well-formed
// sequence is U+FFFD.
std::string escaped_byte_by_byte(const std::string& s) {
  static const char* kHex = "0123456789abcdef";
  const auto unit = [](std::uint32_t u) {
    return std::string("\\u") + kHex[u >> 12] + kHex[(u >> 8) & 15] + kHex[(u >> 4) & 15] + kHex[u & 15];
  };
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = well_formed_length(s, i);
      if (n == 0) {
        out += unit(0xFFFD);
        continue;
      }
      std::uint32_t cp = c & (0x7F >> n);
      for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      out += cp < 0x10000 ? unit(cp) : unit(0xD800 + ((cp - 0x10000) >> 10)) + unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
      i += n - 1;
    } else if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == '<' || c == '>' || c == '&') out += unit(c);
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

bool is_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

TEST(JsonWriter, EveryByteAtEveryPlaceOfAWordEscapesAsAlone) {
  // Each byte value at each position of a 1..24-byte plain string (so in every lane of the 8-byte
  // words and in the tail), then random strings rich in the bytes that matter.
  for (int c = 0; c < 256; ++c)
    for (std::size_t len = 1; len <= 24; ++len)
      for (std::size_t at = 0; at < len; ++at) {
        std::string s(len, 'a');
        s[at] = static_cast<char>(c);
        JsonWriter w;
        w.string(s);
        ASSERT_EQ(w.str(), escaped_byte_by_byte(s)) << "byte " << c << " at " << at << " of " << len;
      }
  std::mt19937 rng(14);
  const unsigned char kInteresting[] = {0, 0x1f, 0x20, 0x21, '"', '&', 0x27, '\\', '<', '>', 0x3d, 0x7f, 0x80, 0x8f, 0x90, 0x9f,
                                       0xa0, 0xa8, 0xa9, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, '\n'};
  const char* kSequences[] = {"\xe2\x80\xa8", "\xe2\x80\xa9", "\xc3\xa9", "\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xef\xbf\xbd"};
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 40, 'x');
    for (char& ch : s) ch = static_cast<char>(rng() % 3 ? 'a' + rng() % 26 : kInteresting[rng() % sizeof kInteresting]);
    if (rng() % 2 == 0 && s.size() > 4) {
      const std::string seq = kSequences[rng() % (sizeof kSequences / sizeof *kSequences)];
      s.replace(rng() % (s.size() - seq.size()), seq.size(), seq);
    }
    JsonWriter w;
    w.string(s);
    ASSERT_EQ(w.str(), escaped_byte_by_byte(s)) << round;
    ASSERT_TRUE(is_ascii(w.str())) << round;
  }
}

TEST(JsonWriter, AStringInPartsIsTheStringOfTheirConcatenation) {
  const std::string a = "caf\xc3\xa9 \"<b>\" ", b = "\xe2\x80\xa8tab\there & \\ ", c = "the end";
  JsonWriter parts, whole;
  parts.begin_object().key("s").begin_string().text(a).plain(" \\u201c").integer_part(-42).plain("\\u201d ").units_part(2500);
  parts.text(b).text(c).end_string().key("k").integer(1).end_object();  // literal keys: written as they are
  whole.begin_object().key(std::string_view("s")).string(a + " \u201C-42\u201D 0.25" + b + c);
  whole.key(std::string_view("k")).integer(1).end_object();
  EXPECT_EQ(parts.str(), whole.str());
  JsonWriter pretty(true), pretty_view(true);
  pretty.begin_object().key("a").integer(1).end_object();
  pretty_view.begin_object().key(std::string_view("a")).integer(1).end_object();
  EXPECT_EQ(pretty.str(), pretty_view.str());
}

TEST(JsonWriter, CompactAndPrettyLayouts) {
  auto write = [](bool pretty) {
    JsonWriter w(pretty);
    w.begin_object().key("a").begin_array().integer(1).units(2500).boolean(false).null().end_array();
    w.key("o").begin_object().end_object().key("e").begin_array().end_array().end_object();
    return w.take();
  };
  EXPECT_EQ(write(false), R"({"a":[1,0.25,false,null],"o":{},"e":[]})");
  EXPECT_EQ(write(true), "{\n  \"a\": [\n    1,\n    0.25,\n    false,\n    null\n  ],\n  \"o\": {},\n  \"e\": []\n}");
  EXPECT_EQ(json::parse(write(true)), json::parse(write(false)));
}

}  // namespace
}  // namespace sweetspot::test
