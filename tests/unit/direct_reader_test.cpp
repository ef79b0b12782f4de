// The direct reader (documents/direct_reader.h) against the full one (read_json + DocumentReader):
// wherever the direct reader accepts a text, the full reader must accept it too, with no warning,
// and leave the same values, field by field, bit for bit. Run over every text the other suites
// feed the engine (the hostile corpus, the golden inputs, JSONTestSuite) in every document shape,
// plus cases aimed at the cursor (numbers, escapes, UTF-8, limits) and at reusing a learner.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>

#include "documents/direct_reader.h"
#include "sweetspot/engine.h"
#include "documents/json_cursor.h"
#include "reader_agreement.h"
#include "test_support.h"

// Counts heap allocations while `g_counting` is set, to show that reading a learner into a reused
// one allocates nothing. Replacing the global operator new is allowed once per program; the other
// forms (arrays, nothrow) forward to these.
namespace {
bool g_counting = false;
long g_allocations = 0;
}  // namespace

// AddressSanitizer supplies every form of operator new itself; replacing one of them would mix its
// allocator with malloc (alloc-dealloc-mismatch), so the count is only taken without it.
#if defined(__SANITIZE_ADDRESS__)
#define SWEETSPOT_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SWEETSPOT_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef SWEETSPOT_COUNT_ALLOCATIONS
#define SWEETSPOT_COUNT_ALLOCATIONS 1
#endif

#if SWEETSPOT_COUNT_ALLOCATIONS
// GCC sees free() on memory from (its view of) operator new once it inlines these into nlohmann's
// allocations; here both sides are this file's malloc/free pair, so the warning is a false alarm.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t n) {
  if (g_counting) ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

namespace sweetspot::test {
namespace {

// Compares both readers on `text` in every shape; returns how many shapes the direct one read.
int compare_readers(const std::string& text, const std::string& name) {
  int accepted = 0;
  for (const DocumentShape& shape : kShapes) {
    Documents direct;
    if (!read_documents_direct(text, shape, direct)) continue;
    ++accepted;
    EXPECT_EQ(disagreement(text, shape, direct), "") << name;
  }
  return accepted;
}

TEST(DirectReader, AgreesWithTheFullReaderOnTheHostileCorpus) {
  const json manifest = json::parse(read_file(std::string(SWEETSPOT_FIXTURES_DIR) + "/hostile.json"));
  int accepted = 0, entries = 0;
  for (const json& entry : manifest) {
    if (!entry.contains("document") && !entry.contains("text")) continue;  // base64 (invalid bytes): below
    ++entries;
    std::string text = entry.contains("document") ? entry["document"].dump() : entry["text"].get<std::string>();
    if (entry.contains("repeat")) {
      std::string big;
      for (int i = 0; i < entry["repeat"]["count"].get<int>(); ++i) big += entry["repeat"]["unit"].get<std::string>();
      const std::string marker = entry["repeat"]["marker"];
      for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + big.size())) text.replace(at, marker.size(), big);
    }
    accepted += compare_readers(text, entry["name"]) > 0;
  }
  // The corpus is mostly refusals; its valid documents (the "base" entries and the accepted
  // variants) must take the direct path, or this test compares nothing.
  EXPECT_GT(accepted, 20) << "of " << entries;
}

TEST(DirectReader, AgreesWithTheFullReaderOnTheGoldenInputs) {
  int accepted = 0, files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SWEETSPOT_FIXTURES_DIR) + "/../golden/inputs")) {
    ++files;
    accepted += compare_readers(read_file(entry.path().string()), entry.path().filename().string()) > 0;
  }
  EXPECT_GT(files, 0);
  EXPECT_GT(accepted, files / 2);
}

TEST(DirectReader, AgreesWithTheFullReaderOnJsonTestSuite) {
  for (const auto& entry : std::filesystem::directory_iterator(SWEETSPOT_JSONTESTSUITE_DIR))
    compare_readers(read_file(entry.path().string()), entry.path().filename().string());
}

Documents read_direct(const std::string& text, bool expect) {
  Documents d;
  EXPECT_EQ(read_documents_direct(text, {}, d), expect) << text;
  if (expect) compare_readers(text, text);
  return d;
}

// The cursor's fast path (an exact power of ten and at most 16 digits: one rounding) against
// strtod, bit for bit, on decimals of every shape around its limits: 2^53, 10^22, leading and
// trailing zeros, signs, exponents on both sides of the fast range (those go to strtod itself).
TEST(JsonCursor, NumbersAreStrtodBitForBit) {
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  int checked = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text = next() % 4 == 0 ? "-" : "";
    const int int_digits = 1 + static_cast<int>(next() % 18);
    const int frac_digits = static_cast<int>(next() % 20);
    const bool zeros = next() % 3 == 0;  // runs of zeros, as in 0.000123 or 120000
    std::string digits;
    for (int d = 0; d < int_digits + frac_digits; ++d) digits += static_cast<char>('0' + (zeros && next() % 2 ? 0 : next() % 10));
    std::string whole = digits.substr(0, int_digits);
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));  // JSON: no leading zeros
    text += whole;
    if (frac_digits) text += "." + digits.substr(int_digits);
    if (next() % 2) text += (next() % 2 ? "e" : "E") + std::string(next() % 2 ? "-" : (next() % 2 ? "+" : "")) + std::to_string(next() % 40);
    if (text.find_first_of(".eE") == std::string::npos) continue;  // an integer: nlohmann's int64 path, tested above
    JsonCursor cursor(text);
    double got = 0;
    if (!cursor.number(got)) continue;
    const double want = std::strtod(text.c_str(), nullptr);
    ASSERT_EQ(std::memcmp(&got, &want, sizeof got), 0) << text << ": " << got << " vs " << want;
    ++checked;
  }
  EXPECT_GT(checked, 100000);
  for (const char* text : {"9007199254740993.0", "9007199254740992.0", "9007199254740994e0", "900719925474099.3e1", "1e22", "1e23", "123456789e-22", "4.9e-324",
                           "0.1", "1.7976931348623157e308", "-0.0", "0.000000000000000000000001"}) {
    JsonCursor cursor(text);
    double got = 0;
    ASSERT_TRUE(cursor.number(got)) << text;
    const double want = std::strtod(text, nullptr);
    EXPECT_EQ(std::memcmp(&got, &want, sizeof got), 0) << text;
  }
}

TEST(DirectReader, NumbersDecodeAsTheFullReaderDecodesThem) {
  auto strength = [](const char* n) { return std::string(R"({"learner":{"id":"a","interests":[{"skill":"s","strength":)") + n + "}]}}"; };
  for (const char* n : {"0", "-0", "0.5", "-0.0", "1e-1", "1E0", "1.0e0", "0e5", "0.1000000000000000055511151231257827", "5e-324",
                        "2.5e-1", "1", "0.30000000000000004"})
    read_direct(strength(n), true);
  // Out of range or not a number: the full reader words the error.
  for (const char* n : {"1.5", "-1", "1e400", "01", "1.", ".5", "+1", "1234567890123456789", "NaN", "0x1", "1e", "--1", "-"})
    read_direct(strength(n), false);
  auto hours = [](const char* n) { return std::string(R"({"catalog":{"courses":[{"id":"c","hours":)") + n + "}]}}"; };
  read_direct(hours("100000"), true);
  read_direct(hours("99999.99999999999"), true);
  read_direct(hours("123456789012345678"), false);
  read_direct(R"({"catalog":{"courses":[{"id":"c","skills":[{"skill":"s","level":3.0,"weight":0}]}]}})", false);  // all weights 0
  read_direct(R"({"catalog":{"courses":[{"id":"c","skills":[{"skill":"s","level":3.0,"weight":0},{"skill":"t","level":5}]}]}})", true);
}

TEST(DirectReader, StringsDecodeEscapesAndRefuseWhatJsonRefuses) {
  const Documents d = read_direct(R"({"learner":{"id":"\u00e9\ud83d\ude00\n\"\\\/\b\f\r\t","name":"é😀"}})", true);
  ASSERT_TRUE(d.learner);
  EXPECT_EQ(d.learner->id, "\xC3\xA9\xF0\x9F\x98\x80\n\"\\/\b\f\r\t");
  EXPECT_EQ(d.learner->name, "\xC3\xA9\xF0\x9F\x98\x80");
  for (std::string bad : {std::string(R"({"learner":{"id":"\ud83d"}})"), std::string(R"({"learner":{"id":"\ude00\ud83d"}})"),
                          std::string(R"({"learner":{"id":"\x"}})"), std::string("{\"learner\":{\"id\":\"a\tb\"}}"),
                          std::string("{\"learner\":{\"id\":\"\xC0\xAF\"}}"), std::string("{\"learner\":{\"id\":\"\xED\xA0\x80\"}}"),
                          std::string("{\"learner\":{\"id\":\"\xF4\x90\x80\x80\"}}"), std::string("{\"learner\":{\"id\":\"\xE2\x82\"}}"),
                          std::string("\xEF\xBB\xBF{\"learner\":{\"id\":\"a\"}}"), std::string(R"({"learner":{"i\u0064":"a"}})"),
                          std::string(R"({"learner":{"id":"a"}} x)"), std::string(R"({"learner":{"id":"a",}})"),
                          std::string(R"({"learner":{"id":"a","id":"b"}})"), std::string(R"({"learner":{"id":"a","x":1}})")})
    read_direct(bad, false);
}

TEST(DirectReader, LeavesStringsOverTheLimitToTheFullReader) {
  const std::string at_limit(65536, 'a');
  read_direct(R"({"learner":{"id":")" + at_limit + R"("}})", true);
  read_direct(R"({"learner":{"id":")" + at_limit + R"(b"}})", false);
  // Nesting: "schema" members are skipped; 64 levels in all are allowed, 65 are not.
  auto nested = [](int arrays) { return R"({"learner":{"id":"a","schema":)" + std::string(arrays, '[') + std::string(arrays, ']') + "}}"; };
  read_direct(nested(62), true);
  read_direct(nested(63), false);
}

TEST(DirectReader, ARepeatedReferenceOrSkillGoesToTheFullReader) {
  read_direct(R"({"learner":{"id":"a","completed":["c1","c1"]}})", false);
  read_direct(R"({"learner":{"id":"a","interests":[{"skill":"s","strength":1},{"skill":"s","strength":0}]}})", false);
  read_direct(R"({"learner":{"id":"a","completed":["c1","c2"]},"asOf":"2026-02-28","schema":"sweetspot/1"})", true);
  read_direct(R"({"learner":{"id":"a"},"asOf":"2026-02-30"})", false);
  read_direct(R"({"learner":{"id":"a","role":null,"roleSince":null},"asOf":null,"taxonomy":null})", true);
}

TEST(DirectReader, AReusedLearnerHoldsOnlyTheNewDocument) {
  const std::string big = R"({"learner":{"id":"first","name":"N","team":"T","role":"dev","roleSince":"2020-01-02",)"
                          R"("aspirations":["lead"],"interests":[{"skill":"a","strength":1},{"skill":"b","strength":0.5}],)"
                          R"("proficiency":[{"skill":"a","level":2}],"feedback":[{"skill":"c","need":0.3}],"completed":["x","y"]},"asOf":"2026-01-01"})";
  for (const std::string& small : {std::string(R"({"learner":{"id":"second"}})"),
                                  std::string(R"({"learner":{"id":"second","interests":[{"skill":"z","strength":0.25}],"role":null}})")}) {
    Documents reused;
    ASSERT_TRUE(read_documents_direct(big, kShapes[4], reused));
    ASSERT_TRUE(read_documents_direct(small, kShapes[4], reused));
    Documents fresh;
    ASSERT_TRUE(read_documents_direct(small, kShapes[4], fresh));
    EXPECT_EQ(dump(reused), dump(fresh));
  }
}

TEST(DirectReader, ReadsARecurringLearnerWithoutAllocating) {
  if (!SWEETSPOT_COUNT_ALLOCATIONS) GTEST_SKIP() << "allocations are not counted under AddressSanitizer";
  const std::string text = R"({"learner":{"id":"learner-00042","name":"A learner with a long enough name","team":"Platform team",)"
                           R"("role":"role-senior-developer","roleSince":"2020-01-02","aspirations":["role-tech-lead-of-platform"],)"
                           R"("interests":[{"skill":"skill-programming-languages","strength":1},{"skill":"skill-information-security","strength":0.5}],)"
                           R"("proficiency":[{"skill":"skill-programming-languages","level":2}],"completed":["course-0001-introduction"]},"asOf":"2026-01-01"})";
  Documents docs;
  g_allocations = 0;
  g_counting = true;
  ASSERT_TRUE(read_documents_direct(text, kShapes[4], docs));  // the first read sizes everything
  g_counting = false;
  EXPECT_GT(g_allocations, 5) << "the counter counts";
  g_allocations = 0;
  g_counting = true;
  const bool ok = read_documents_direct(text, kShapes[4], docs);
  g_counting = false;
  EXPECT_TRUE(ok);
  EXPECT_EQ(g_allocations, 0);
}

// The whole of a compact classify, once the engine has seen its learners: reading, the agenda,
// scoring and the result JSON, growth messages among it, allocate nothing but the Outcome's own
// text. (Learners without warnings: those are words built for the call. Ids longer than any short-string
// buffer, so that a string made anew would allocate.) A page classifies one learner again and
// again; here two learners with and without a personal agenda take turns, one per request the
// engine reads into. (Learners of different sizes in every turn would re-allocate the ids of the
// list items a shorter list drops: see the note on DirectReader::items.)
TEST(DirectReader, AStreamOfCompactClassifiesAllocatesOnlyItsResults) {
  if (!SWEETSPOT_COUNT_ALLOCATIONS) GTEST_SKIP() << "allocations are not counted under AddressSanitizer";
  const std::string catalog =
      R"({"taxonomy":{"skills":[{"id":"skill-programming-in-general"},{"id":"skill-programming-in-rust","broader":["skill-programming-in-general"]},{"id":"skill-information-security"},{"id":"skill-applied-cryptography","broader":["skill-information-security"]}]},)"
      R"("organization":{"roles":[{"id":"dev","skills":[{"skill":"skill-programming-in-rust","level":3}]},{"id":"lead","skills":[{"skill":"skill-information-security","level":2}]}],)"
      R"("priorities":[{"skill":"skill-applied-cryptography","weight":0.8}],"mandatory":["course-0003-secure-programming"],)"
      R"("growth":[{"name":"Security for everyone","rationale":"Our customers trust us with their data","skills":["skill-information-security"],"roles":["lead"]},)"
      R"({"name":"Rust in production","skills":["skill-programming-in-general"]}]},)"
      R"("catalog":{"courses":[{"id":"course-0001-rust-for-everyone","skills":[{"skill":"skill-programming-in-rust","level":2}]},{"id":"course-0002-cryptography-today","skills":[{"skill":"skill-applied-cryptography","level":3}]},)"
      R"({"id":"course-0003-secure-programming","skills":[{"skill":"skill-programming-in-general","level":1},{"skill":"skill-information-security","level":1}]},{"id":"course-0004-security-leadership","skills":[{"skill":"skill-information-security","level":4}]}]}})";
  const std::string learners[] = {
      R"({"learner":{"id":"a-learner-with-an-agenda","name":"A","role":"dev","aspirations":["lead"],"interests":[{"skill":"skill-programming-in-general","strength":0.9},)"
      R"({"skill":"skill-applied-cryptography","strength":0}],"proficiency":[{"skill":"skill-programming-in-rust","level":1}],"feedback":[{"skill":"skill-information-security","need":0.4}],"completed":["course-0003-secure-programming"]},"asOf":"2026-01-01"})",
      R"({"learner":{"id":"no-personal-agenda","role":"lead","proficiency":[{"skill":"skill-information-security","level":4}]}})"};
  Engine engine;
  ASSERT_TRUE(engine.load(catalog).ok);
  for (const std::string& text : learners) ASSERT_TRUE(engine.classify_compact(text).ok);  // sizes everything
  for (int round = 0; round < 3; ++round)
    for (const std::string& text : learners) {
      g_allocations = 0;
      g_counting = true;
      const Outcome out = engine.classify_compact(text);
      g_counting = false;
      ASSERT_TRUE(out.ok) << out.error.message;
      EXPECT_NE(out.json.find(R"("warnings":[])"), std::string::npos) << out.json;
      if (text == learners[0]) {  // aspires to lead, wants programming: both initiatives
        EXPECT_NE(out.json.find(R"("message":"When we grow, you grow: Security for everyone. Our customers trust us with their data.)"), std::string::npos) << out.json;
        EXPECT_NE(out.json.find(R"("initiative":"Rust in production")"), std::string::npos) << out.json;
      }
      EXPECT_EQ(g_allocations, 1) << text;  // out.json
    }
}

}  // namespace
}  // namespace sweetspot::test
