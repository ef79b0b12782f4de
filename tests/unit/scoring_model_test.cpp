// The pieces scoring.cpp defines and names: step 4's quadrant_of and flags_of, the model's numbers
// (shares, decay), the touched set that keeps a learner's cost to what it touches, and the UTF-8
// helpers every reader shares.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "documents/utf8_text.h"
#include "scoring/scoring.h"

namespace sweetspot {
namespace {

Thresholds thresholds(int personal, int org, int margin) { return {personal, org, margin}; }

TEST(QuadrantOf, EachScoreAtItsThresholdCounts) {
  const Thresholds ix = thresholds(2500, 3000, 500);
  EXPECT_EQ(quadrant_of(2500, 3000, ix), kSweetSpot);
  EXPECT_EQ(quadrant_of(2499, 3000, ix), kUphill);
  EXPECT_EQ(quadrant_of(2500, 2999, ix), kGift);
  EXPECT_EQ(quadrant_of(0, 0, ix), kWaste);
}

TEST(FlagsOf, BorderlineIsStrictlyWithinTheMarginAndIgnoresPersonalWithoutAnAgenda) {
  const Thresholds ix = thresholds(2500, 2500, 500);
  EXPECT_EQ(flags_of(2001, 0, {}, false, ix), unsigned{kFlagBorderline});
  EXPECT_EQ(flags_of(2000, 0, {}, false, ix), 0u);  // exactly the margin away: not borderline
  EXPECT_EQ(flags_of(0, 2999, {}, false, ix), unsigned{kFlagBorderline});
  EXPECT_EQ(flags_of(2600, 0, {}, true, ix), unsigned{kFlagNoPersonalAgenda});  // personal is unknown, not close
  CourseStanding all;
  all.mandatory = all.completed = all.mastered = true;
  EXPECT_EQ(flags_of(0, kUnit, all, false, ix), unsigned{kFlagMandatory | kFlagCompleted | kFlagMastered});
}

TEST(SharesFromWeights, SumToOneUnitExactlyByLargestRemainder) {
  std::vector<int> shares;
  shares_from_weights({1, 1, 1}, shares);
  EXPECT_EQ(shares, (std::vector<int>{3334, 3333, 3333}));  // ties go to the earlier skill
  shares_from_weights({0.75, 0.25}, shares);
  EXPECT_EQ(shares, (std::vector<int>{7500, 2500}));
  shares_from_weights({0.1, 0.7, 0.2, 0.3333}, shares);
  EXPECT_EQ(std::accumulate(shares.begin(), shares.end(), 0), kUnit);
  shares_from_weights({0, 0}, shares);
  EXPECT_EQ(shares, (std::vector<int>{0, 0}));
}

TEST(MatchByHops, IsDecayToTheHops) {
  EXPECT_EQ(match_by_hops(0.5, 3), (std::vector<double>{1, 0.5, 0.25, 0.125}));
  EXPECT_EQ(match_by_hops(0.5, 0), (std::vector<double>{1}));
  EXPECT_EQ(to_units(0.00005), 1);  // half away from zero
}

TEST(TouchedSet, ResetsWhatItTouchedOnce) {
  TouchedSet set;
  set.resize(5);
  EXPECT_TRUE(set.add(3));
  EXPECT_FALSE(set.add(3));
  EXPECT_TRUE(set.add(1));
  const auto items = set.items();
  EXPECT_EQ(std::vector<std::int32_t>(items.begin(), items.end()), (std::vector<std::int32_t>{3, 1}));
  std::vector<std::int32_t> reset;
  set.clear([&](std::int32_t i) { reset.push_back(i); });
  EXPECT_EQ(reset, (std::vector<std::int32_t>{3, 1}));
  EXPECT_FALSE(set.contains(3));
  EXPECT_TRUE(set.items().empty());
}

TEST(Utf8Text, ValidatesAndNamesTheFirstBadByte) {
  std::size_t bad = 99;
  EXPECT_TRUE(valid_utf8("plain ascii, longer than eight bytes", bad));
  EXPECT_TRUE(valid_utf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80", bad));
  EXPECT_FALSE(valid_utf8("abcdefgh\xC0\xAF", bad));  // overlong
  EXPECT_EQ(bad, 8u);
  EXPECT_FALSE(valid_utf8("x\xED\xA0\x80", bad));  // a surrogate
  EXPECT_EQ(bad, 1u);
  EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80", bad));  // above U+10FFFF
  EXPECT_FALSE(valid_utf8("\xE2\x80", bad));          // truncated
}

TEST(Utf8Text, ClipCutsAtACharacterBoundary) {
  EXPECT_EQ(clip("short"), "short");
  EXPECT_EQ(clip(std::string(41, 'a')), std::string(40, 'a') + "...");
  EXPECT_EQ(clip("ab\xC3\xA9", 3), "ab...");  // never half of é
}

}  // namespace
}  // namespace sweetspot

namespace sweetspot {
namespace {

TEST(IdTable, FindsWhatTheBinarySearchFinds) {
  std::vector<std::string> ids;
  for (int i = 0; i < 3000; ++i) ids.push_back("http://data.example/esco/skill/" + std::to_string(i * 7919 % 100003));
  ids.push_back("");
  ids.push_back("short");
  std::sort(ids.begin(), ids.end());
  TextList list;
  for (const std::string& id : ids) list.push_back(id);
  const IdTable table(list);
  for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_EQ(table.find(ids[i]), static_cast<std::int32_t>(i)) << ids[i];
  for (const char* absent : {"http://data.example/esco/skill/-1", "shor", "shortt", "x", "http://data.example/esco/skill/"})
    EXPECT_EQ(table.find(absent), -1) << absent;
  const TextList empty;
  EXPECT_EQ(IdTable(empty).find("a"), -1);
  EXPECT_EQ(IdTable().find("a"), -1);
}

}  // namespace
}  // namespace sweetspot
