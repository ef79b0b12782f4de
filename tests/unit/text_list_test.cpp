#include "index/text_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace sweetspot {
namespace {

TEST(TextList, KeepsItemsInOrderAsViews) {
  TextList list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.begin(), list.end());
  const std::vector<std::string> items = {"b", "", "caf\xC3\xA9", std::string("nul\0inside", 10), "a longer item of text"};
  for (const std::string& s : items) list.push_back(s);
  ASSERT_EQ(list.size(), items.size());
  for (std::size_t i = 0; i < items.size(); ++i) EXPECT_EQ(list[i], items[i]) << i;
  EXPECT_EQ(list.back(), items.back());
  EXPECT_EQ(std::vector<std::string>(list.begin(), list.end()), items);
  // The block and its offsets, as Engine::course_list hands them out.
  std::string joined;
  for (const std::string& s : items) joined += s;
  EXPECT_EQ(list.bytes(), joined);
  EXPECT_EQ(list.offsets()[0], 0u);
  for (std::size_t i = 0; i < items.size(); ++i) EXPECT_EQ(list.offsets()[i + 1] - list.offsets()[i], items[i].size());
}

TEST(TextList, ViewsSurviveReserveAndCompareByItems) {
  TextList a, b;
  a.reserve(3, 2);  // less than the items need: growing must not lose what was appended
  for (const char* s : {"alpha", "beta", "gamma"}) a.push_back(s);
  for (const char* s : {"alpha", "beta", "gamma"}) b.push_back(s);
  EXPECT_EQ(a, b);
  TextList c;  // the same bytes, cut differently
  for (const char* s : {"alphabeta", "", "gamma"}) c.push_back(s);
  EXPECT_NE(a, c);
  EXPECT_TRUE(std::is_sorted(a.begin(), a.end()));
  EXPECT_EQ(std::lower_bound(a.begin(), a.end(), std::string_view("beta")) - a.begin(), 1);
}

}  // namespace
}  // namespace sweetspot
