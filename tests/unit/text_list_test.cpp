#include "index/text_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace sweetspot {
namespace {

const std::vector<std::string> kItems = {"b", "", "caf\xC3\xA9", std::string("nul\0inside", 10), "a longer item of text"};

TEST(TextList, KeepsAppendedItemsInOrder) {
  TextList list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.begin(), list.end());
  for (const std::string& s : kItems) list.push_back(s);
  ASSERT_EQ(list.size(), kItems.size());
  for (std::size_t i = 0; i < kItems.size(); ++i) EXPECT_EQ(list[i], kItems[i]) << i;
  EXPECT_EQ(list.back(), kItems.back());
  EXPECT_EQ(std::vector<std::string>(list.begin(), list.end()), kItems);
}

TEST(TextList, BorrowedItemsAreSpansOfTheOwnersBytes) {
  // As in a snapshot: each string after a one-byte length, and one item may repeat another.
  std::string block = "header";
  const std::size_t start = block.size();
  std::vector<TextList::Span> spans;
  for (const std::string& s : kItems) {
    block += static_cast<char>(s.size());
    spans.push_back({static_cast<std::uint32_t>(block.size() - start), static_cast<std::uint32_t>(block.size() - start + s.size())});
    block += s;
  }
  spans.push_back(spans[2]);
  const char* bytes = block.data();
  TextList list;
  list.push_back("replaced");
  list.borrow(bytes + start, spans);  // read where they are (no copy)
  ASSERT_EQ(list.size(), kItems.size() + 1);
  for (std::size_t i = 0; i < kItems.size(); ++i) EXPECT_EQ(list[i], kItems[i]) << i;
  EXPECT_EQ(list.back(), kItems[2]);
  EXPECT_EQ(list[0].data(), bytes + start + 1);

  // Copies and moves keep reading the same items, the borrowed block or their own bytes.
  TextList copy = list, moved = std::move(TextList(list));
  ASSERT_EQ(copy, list);
  ASSERT_EQ(moved, list);
  list.push_back("appended");  // a copy of its own first: the others still borrow
  EXPECT_EQ(list.back(), "appended");
  EXPECT_EQ(list[3], kItems[3]);
  EXPECT_NE(list[0].data(), bytes + start + 1);
  EXPECT_EQ(copy[0].data(), bytes + start + 1);
  EXPECT_EQ(copy.size(), kItems.size() + 1);
  TextList assigned;
  assigned = list;
  list.push_back("more");
  EXPECT_EQ(assigned.back(), "appended");
  EXPECT_EQ(assigned[3], kItems[3]);
  moved = std::move(assigned);
  EXPECT_EQ(moved.back(), "appended");
  EXPECT_EQ(moved.size(), kItems.size() + 2);
}

TEST(TextList, ComparesByItemsWhateverTheBlock) {
  TextList a, b, c;
  for (const char* s : {"alpha", "beta", "gamma"}) a.push_back(s);
  const std::string block = "..alpha.beta.gamma";
  b.borrow(block.data(), {{2, 7}, {8, 12}, {13, 18}});
  EXPECT_EQ(a, b);
  for (const char* s : {"alphabeta", "", "gamma"}) c.push_back(s);  // the same bytes, cut differently
  EXPECT_NE(a, c);
  EXPECT_TRUE(std::is_sorted(a.begin(), a.end()));
  EXPECT_EQ(std::lower_bound(a.begin(), a.end(), std::string_view("beta")) - a.begin(), 1);
}

TEST(TextList, CompareBytesIsStringOrder) {
  const std::vector<std::string> words = {"", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh\x80", "\xFF", "b",
                                          "http://data.example/esco/skill/1", "http://data.example/esco/skill/10",
                                          "http://data.example/esco/skill/2", std::string("a\0b", 3)};
  for (const std::string& x : words)
    for (const std::string& y : words) {
      const int expected = x < y ? -1 : (y < x ? 1 : 0);
      EXPECT_EQ(compare_bytes(x, y), expected) << x << " vs " << y;
    }
}

}  // namespace
}  // namespace sweetspot
