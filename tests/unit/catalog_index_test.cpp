// The compiled index: canonical (id) order whatever the input order, course shares that sum to
// exactly one unit, and taxonomy neighbourhoods within the hop limit.
#include <algorithm>

#include "index/catalog_index.h"
#include "documents/document_reader.h"
#include "documents/json_reader.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

CatalogIndex index_of(const std::string& text) {
  Error error;
  Warnings warnings;
  auto doc = read_json(text, error);
  EXPECT_TRUE(doc.has_value()) << error.message;
  Documents docs;
  DocumentReader reader(error, warnings);
  EXPECT_TRUE(doc && reader.read_documents(*doc, DocumentShape{}, docs)) << error.message;
  static const Organization kNone;
  static const Catalog kNoCatalog;
  return build_index(docs.taxonomy, docs.organization ? *docs.organization : kNone, docs.catalog ? *docs.catalog : kNoCatalog,
                     "/taxonomy", "/organization", "/catalog");
}

std::vector<int> shares(const CatalogIndex& ix, const std::string& course) {
  const std::int32_t c = ix.find_course(course);
  std::vector<int> out;
  if (c < 0) return out;
  for (std::uint32_t k = ix.course_skill_begin[c]; k < ix.course_skill_begin[c + 1]; ++k) out.push_back(ix.course_skill_share[k]);
  return out;
}

TEST(CatalogIndex, InternsSkillsAndCoursesInIdOrder) {
  const CatalogIndex ix = index_of(R"({
    "organization": {"priorities": [{"skill": "m", "weight": 1}]},
    "catalog": {"courses": [{"id": "z", "skills": [{"skill": "q", "level": 1}, {"skill": "b", "level": 2}]},
                            {"id": "a", "skills": [{"skill": "m", "level": 1}]}]}})");
  using Views = std::vector<std::string_view>;
  EXPECT_EQ(Views(ix.skill_ids.begin(), ix.skill_ids.end()), (Views{"b", "m", "q"}));
  EXPECT_EQ(Views(ix.course_ids.begin(), ix.course_ids.end()), (Views{"a", "z"}));
  // z's skills are stored by skill index: b then q, with their levels.
  const std::int32_t z = ix.find_course("z");
  ASSERT_EQ(ix.course_skill_begin[z + 1] - ix.course_skill_begin[z], 2u);
  EXPECT_EQ(ix.course_skill[ix.course_skill_begin[z]], ix.find_skill("b"));
  EXPECT_EQ(ix.course_skill_level[ix.course_skill_begin[z]], 2);
  // Postings: the courses teaching m.
  const std::int32_t m = ix.find_skill("m");
  ASSERT_EQ(ix.posting_begin[m + 1] - ix.posting_begin[m], 1u);
  EXPECT_EQ(ix.posting_course[ix.posting_begin[m]], ix.find_course("a"));
}

TEST(CatalogIndex, SharesSumToOneUnitByLargestRemainder) {
  const CatalogIndex ix = index_of(R"({"catalog": {"courses": [
    {"id": "thirds", "skills": [{"skill": "c", "level": 1}, {"skill": "a", "level": 1}, {"skill": "b", "level": 1}]},
    {"id": "weights", "skills": [{"skill": "a", "level": 1, "weight": 0.1}, {"skill": "b", "level": 1, "weight": 0.2}]},
    {"id": "relative", "skills": [{"skill": "a", "level": 1, "weight": 0.5}, {"skill": "b", "level": 1, "weight": 0.5},
                                  {"skill": "c", "level": 1, "weight": 1}]},
    {"id": "mixed", "skills": [{"skill": "a", "level": 1, "weight": 0}, {"skill": "b", "level": 1}]},
    {"id": "sevenths", "skills": [{"skill": "a", "level": 1}, {"skill": "b", "level": 1}, {"skill": "c", "level": 1},
      {"skill": "d", "level": 1}, {"skill": "e", "level": 1}, {"skill": "f", "level": 1}, {"skill": "g", "level": 1}]},
    {"id": "none"}]}})");
  EXPECT_EQ(shares(ix, "thirds"), (std::vector<int>{3334, 3333, 3333}));  // the extra unit to the smallest id
  EXPECT_EQ(shares(ix, "weights"), (std::vector<int>{3333, 6667}));
  EXPECT_EQ(shares(ix, "relative"), (std::vector<int>{2500, 2500, 5000}));
  EXPECT_EQ(shares(ix, "mixed"), (std::vector<int>{0, 10000}));  // a missing weight is 1/n = 0.5
  // 10000 / 7 = 1428.57…: four remainders of .57 round up, three stay.
  EXPECT_EQ(shares(ix, "sevenths"), (std::vector<int>{1429, 1429, 1429, 1429, 1428, 1428, 1428}));
  EXPECT_EQ(shares(ix, "none"), std::vector<int>{});
}

TEST(CatalogIndex, TaxonomyNeighboursWithinMaxHops) {
  const CatalogIndex ix = index_of(R"({
    "taxonomy": {"skills": [{"id": "a"}, {"id": "b", "broader": ["a"]}, {"id": "c", "broader": ["b"]},
                            {"id": "d", "broader": ["c"]}, {"id": "e", "broader": ["d"]}, {"id": "s", "broader": ["a"]}]},
    "organization": {"policy": {"taxonomy": {"maxHops": 2}}}})");
  auto neighbours = [&](const char* id) {
    const std::int32_t s = ix.find_skill(id);
    std::vector<std::pair<std::string, int>> out;
    for (std::uint32_t k = ix.related_begin[s]; k < ix.related_begin[s + 1]; ++k)
      out.push_back({std::string(ix.skill_ids[ix.related[k].skill]), ix.related[k].hops});
    return out;
  };
  using N = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(neighbours("c"), (N{{"a", 2}, {"b", 1}, {"c", 0}, {"d", 1}, {"e", 2}}));
  EXPECT_EQ(neighbours("a"), (N{{"a", 0}, {"b", 1}, {"c", 2}, {"s", 1}}));
  EXPECT_EQ(neighbours("s"), (N{{"a", 1}, {"s", 0}}));  // no sibling b, no cousin c
  ASSERT_EQ(ix.match_by_hops.size(), 3u);
  EXPECT_EQ(ix.match_by_hops[2], 0.25);
}

TEST(CatalogIndex, LookupsFindEveryIdAndNothingElse) {
  // Binary searches over ids in byte order: prefixes, spaces, bytes above 0x7F (which sort after
  // ASCII as unsigned bytes), an embedded NUL, and ids that fall between two others.
  const std::vector<std::string> ids{"", "a", "a b", "ab", "abc", "B", "z", "\xc3\xa9t\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x8e\xaf",
                                     std::string("n\0ul", 4), "abcdefgh", "abcdefghi", "abcdefgh\xc3\xa9",
                                     "abcdefgh0123456789", "abcdefgh0123456788", "abcdefgh01234567\xc2\x80"};
  json courses = json::array(), roles = json::array(), skills = json::array();
  for (const std::string& id : ids) {
    if (id.empty()) continue;  // an empty id is invalid: only searched for
    courses.push_back({{"id", id}, {"skills", json::array({{{"skill", id}, {"level", 1}}})}});
    roles.push_back({{"id", id}});
    skills.push_back({{"id", id}});
  }
  json doc = {{"taxonomy", {{"skills", skills}}}, {"organization", {{"roles", roles}}}, {"catalog", {{"courses", courses}}}};
  const CatalogIndex ix = index_of(doc.dump());
  ASSERT_EQ(ix.skill_count(), ids.size() - 1);
  ASSERT_TRUE(std::is_sorted(ix.course_ids.begin(), ix.course_ids.end()));
  for (std::size_t i = 0; i < ix.skill_count(); ++i) {
    EXPECT_EQ(ix.find_skill(ix.skill_ids[i]), static_cast<std::int32_t>(i));
    EXPECT_EQ(ix.find_course(ix.course_ids[i]), static_cast<std::int32_t>(i));
    EXPECT_EQ(ix.find_role(ix.organization.roles[i].id), static_cast<std::int32_t>(i));
  }
  for (const char* absent : {"", " ", "A", "a ", "aa", "abcd", "b", "zz", "\xc3\xa9", "\xff", "n", "abcdefg", "abcdefgh0123456",
                             "abcdefgh01234567", "abcdefgh01234567\x7f", "abcdefgh0123456790", "abcdefgh\xc3\xa8"}) {
    EXPECT_EQ(ix.find_skill(absent), -1) << absent;
    EXPECT_EQ(ix.find_course(absent), -1) << absent;
    EXPECT_EQ(ix.find_role(absent), -1) << absent;
  }
  EXPECT_EQ(ix.find_course(std::string("n\0ul", 4)), ix.find_skill(std::string("n\0ul", 4)));
  EXPECT_GE(ix.find_course(std::string("n\0ul", 4)), 0);
}

TEST(CatalogIndex, RolesAndPrioritiesInCanonicalOrder) {
  const CatalogIndex ix = index_of(R"({"organization": {
    "roles": [{"id": "z", "skills": [{"skill": "y", "level": 2}, {"skill": "x", "level": 1}]}, {"id": "a"}],
    "priorities": [{"skill": "p", "weight": 0.2, "need": "job"}, {"skill": "p", "weight": 0.9}, {"skill": "b", "weight": 0.1}]}})");
  EXPECT_EQ(ix.organization.roles[0].id, "a");
  EXPECT_EQ(ix.find_role("z"), 1);
  const std::vector<std::pair<std::int32_t, int>> z_needs{{ix.find_skill("x"), 1}, {ix.find_skill("y"), 2}};
  EXPECT_EQ(ix.role_requirements[1], z_needs);
  ASSERT_EQ(ix.organization.priorities.size(), 3u);
  EXPECT_EQ(ix.organization.priorities[0].skill, "b");
  EXPECT_EQ(ix.organization.priorities[1].weight, 0.9);  // same skill: the heavier first
  EXPECT_EQ(ix.organization.priorities[2].weight, 0.2);
}

}  // namespace
}  // namespace sweetspot::test
