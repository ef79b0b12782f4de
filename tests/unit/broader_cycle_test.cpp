// find_broader_cycle, the one search behind both the document reader's and the importers' refusal
// of a cycle of broader links; their error texts are tested with them.
#include "documents/broader_cycle.h"

#include <gtest/gtest.h>

namespace sweetspot {
namespace {

BroaderLinks links_of(const std::vector<std::vector<std::size_t>>& rows) {
  BroaderLinks links;
  for (const auto& row : rows) {
    for (std::size_t parent : row) links.add(parent);
    links.end_skill();
  }
  return links;
}

constexpr std::size_t kUnknown = BroaderLinks::kUnknownSkill;

TEST(BroaderCycle, AcyclicGraphsAndUnknownLinksPass) {
  BroaderCycle cycle;
  EXPECT_FALSE(find_broader_cycle(links_of({}), cycle));
  EXPECT_FALSE(find_broader_cycle(links_of({{}, {0}, {0, 1}, {kUnknown, 2}}), cycle));  // a diamond
}

TEST(BroaderCycle, NamesThePathAndTheLinkThatClosesIt) {
  // 0 -> 1 -> 2 -> 1: skill 2's second link (after an unknown one) closes the cycle at skill 1.
  BroaderCycle cycle;
  ASSERT_TRUE(find_broader_cycle(links_of({{1}, {2}, {kUnknown, 1}}), cycle));
  EXPECT_EQ(cycle.path, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(cycle.returns_to(), 1u);
  EXPECT_EQ(cycle.closing_link, 1u);
}

TEST(BroaderCycle, SelfLoopIsACycleOfOne) {
  BroaderCycle cycle;
  ASSERT_TRUE(find_broader_cycle(links_of({{}, {0, 1}}), cycle));
  EXPECT_EQ(cycle.path, (std::vector<std::size_t>{1}));
  EXPECT_EQ(cycle.closing_link, 1u);
}

TEST(BroaderCycle, SameInputNamesTheSameLinkWhicheverSkillsComeFirst) {
  // Two cycles: {0,1} and {2,3}. The search starts at skill 0, so it reports the first.
  BroaderCycle cycle;
  ASSERT_TRUE(find_broader_cycle(links_of({{1}, {0}, {3}, {2}}), cycle));
  EXPECT_EQ(cycle.path, (std::vector<std::size_t>{0, 1}));
}

TEST(BroaderCycle, AChainOfAHundredThousandSkillsNeedsNoDeepRecursion) {
  const std::size_t n = 100000;
  std::vector<std::vector<std::size_t>> rows(n);
  for (std::size_t i = 0; i + 1 < n; ++i) rows[i] = {i + 1};
  BroaderCycle cycle;
  EXPECT_FALSE(find_broader_cycle(links_of(rows), cycle));
  rows[n - 1] = {0};
  ASSERT_TRUE(find_broader_cycle(links_of(rows), cycle));
  EXPECT_EQ(cycle.path.size(), n);
  EXPECT_EQ(cycle.path.back(), n - 1);
}

}  // namespace
}  // namespace sweetspot
