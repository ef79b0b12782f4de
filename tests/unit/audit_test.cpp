// The team and catalog view: per-course quadrant counts, "Waste for most", coverage gaps,
// stagnation (whole calendar years in the role, leap days included) and per-team totals.
#include "test_support.h"

namespace sweetspot::test {
namespace {

// Priority a 0.6. l1 wants a, l2 wants b, l3 wants a and completed ca.
//   ca: SS l1, l3; Uphill l2.   cb: Gift l2; Waste l1, l3.   cw: Waste for all three.
json team_doc() {
  return json::parse(R"({
    "organization": {"roles": [{"id": "dev", "skills": [{"skill": "k8s", "level": 2}, {"skill": "a", "level": 1}]}],
                     "priorities": [{"skill": "a", "weight": 0.6}, {"skill": "ml", "weight": 0.9, "need": "future"}]},
    "catalog": {"courses": [
      {"id": "ca", "title": "A", "skills": [{"skill": "a", "level": 3}]},
      {"id": "cb", "title": "B", "skills": [{"skill": "b", "level": 3}]},
      {"id": "cw", "title": "W", "skills": [{"skill": "w", "level": 3}]}]},
    "learners": [
      {"id": "l3", "team": "blue", "roleSince": "2010-05-05", "interests": [{"skill": "a", "strength": 1}], "completed": ["ca"]},
      {"id": "l1", "team": "red", "roleSince": "2020-01-01", "interests": [{"skill": "a", "strength": 0.8}]},
      {"id": "l2", "team": "red", "roleSince": "2023-01-01", "interests": [{"skill": "b", "strength": 0.9}]},
      {"id": "l4", "proficiency": [{"skill": "a", "level": 5}]}],
    "asOf": "2024-06-01"})");
}

TEST(Audit, CountsEachCourseQuadrantOverTheLearners) {
  const json r = audit(team_doc());
  EXPECT_EQ(r["learners"], 4);
  EXPECT_EQ(r["asOf"], "2024-06-01");
  ASSERT_EQ(r["courses"].size(), 3u);
  // l4 (no agenda, holds a at 5): ca Waste (mastered), cb Waste, cw Waste.
  EXPECT_EQ(r["courses"][0], json::parse(R"({"course":"ca","title":"A","sweet_spot":2,"uphill":1,"gift":0,"waste":1})"));
  EXPECT_EQ(r["courses"][1], json::parse(R"({"course":"cb","title":"B","sweet_spot":0,"uphill":0,"gift":1,"waste":3})"));
  EXPECT_EQ(r["courses"][2], json::parse(R"({"course":"cw","title":"W","sweet_spot":0,"uphill":0,"gift":0,"waste":4})"));
  EXPECT_EQ(r["summary"], json::parse(R"({"sweet_spot":2,"uphill":1,"gift":1,"waste":8})"));
}

TEST(Audit, WasteForMostIsAStrictMajorityMostWastefulFirst) {
  json doc = team_doc();
  json r = audit(doc);
  // cw 4/4, cb 3/4; ca 1/4 is not.
  EXPECT_EQ(r["wasteForMost"], json::parse(R"([{"course":"cw","title":"W","waste":4},{"course":"cb","title":"B","waste":3}])"));
  // Without l4, cb is Waste for 2 of 3 (still a majority) and ca for none.
  doc["learners"].erase(3);
  r = audit(doc);
  EXPECT_EQ(r["wasteForMost"], json::parse(R"([{"course":"cw","title":"W","waste":3},{"course":"cb","title":"B","waste":2}])"));
  // With two learners, Waste for one of them (cb) is half: not a majority.
  doc["learners"].erase(0);
  r = audit(doc);
  EXPECT_EQ(r["wasteForMost"], json::parse(R"([{"course":"cw","title":"W","waste":2}])"));
}

TEST(Audit, CoverageGapsArePrioritiesAndRoleSkillsNoCourseTeaches) {
  const json r = audit(team_doc());
  EXPECT_EQ(r["coverageGaps"], json::parse(R"([
    {"skill":"k8s","label":"k8s","neededBy":[{"source":"role","role":"dev"}]},
    {"skill":"ml","label":"ml","neededBy":[{"source":"priority","need":"future"}]}])"));
}

TEST(Audit, ARelatedSkillInTheTaxonomyCoversANeed) {
  json doc = json::parse(R"({
    "taxonomy": {"skills": [{"id": "prog", "label": "Programming"}, {"id": "py", "broader": ["prog"]}, {"id": "go", "broader": ["prog"]},
                            {"id": "art", "label": "Art"}]},
    "organization": {"priorities": [{"skill": "prog", "weight": 1}, {"skill": "go", "weight": 1, "need": "job"},
                                    {"skill": "art", "weight": 1, "need": "leadership"}, {"skill": "art", "weight": 0.5}]},
    "catalog": {"courses": [{"id": "py", "skills": [{"skill": "py", "level": 1}]}]},
    "learners": []})");
  const json r = audit(doc);
  // prog is broader than py (covered); go is a sibling of py (not covered); art twice, sources sorted.
  EXPECT_EQ(r["coverageGaps"], json::parse(R"([
    {"skill":"art","label":"Art","neededBy":[{"source":"priority","need":"improve"},{"source":"priority","need":"leadership"}]},
    {"skill":"go","label":"go","neededBy":[{"source":"priority","need":"job"}]}])"));
  EXPECT_EQ(r["learners"], 0);
  EXPECT_EQ(r["wasteForMost"], json::array());
}

TEST(Audit, StagnationIsTwoWholeYearsWithoutACompletedSweetSpot) {
  const json r = audit(team_doc());
  const json rows = r["learnerResults"];
  ASSERT_EQ(rows.size(), 4u);
  // Sorted by learner id.
  EXPECT_EQ(rows[0], json::parse(R"({"learner":"l1","team":"red","role":null,"yearsInRole":4,"stagnant":true,
    "sweetSpotCompleted":0,"sweetSpotAvailable":1,"noPersonalAgenda":false,"summary":{"sweet_spot":1,"uphill":0,"gift":0,"waste":2}})"));
  EXPECT_EQ(rows[1]["learner"], "l2");
  EXPECT_EQ(rows[1]["yearsInRole"], 1);
  EXPECT_EQ(rows[1]["stagnant"], false);
  EXPECT_EQ(rows[2]["learner"], "l3");
  EXPECT_EQ(rows[2]["yearsInRole"], 14);
  EXPECT_EQ(rows[2]["stagnant"], false);  // completed a Sweet Spot course
  EXPECT_EQ(rows[2]["sweetSpotCompleted"], 1);
  EXPECT_EQ(rows[2]["sweetSpotAvailable"], 0);
  EXPECT_EQ(rows[3]["learner"], "l4");
  EXPECT_FALSE(rows[3].contains("team"));
  EXPECT_EQ(rows[3]["yearsInRole"], nullptr);  // no roleSince: unknown, not stagnant
  EXPECT_EQ(rows[3]["stagnant"], false);
  EXPECT_EQ(rows[3]["noPersonalAgenda"], true);
}

// yearsInRole and stagnant for one learner with no Sweet Spot course at all.
json years(const char* role_since, const char* as_of) {
  json doc = json::parse(R"({"organization": {}, "catalog": {"courses": []}, "learners": [{"id": "x", "role": "dev"}]})");
  doc["learners"][0]["roleSince"] = role_since;
  if (as_of) doc["asOf"] = as_of;
  return audit(doc)["learnerResults"][0];
}

TEST(Audit, YearsInRoleAreWholeCalendarYears) {
  EXPECT_EQ(years("2022-02-28", "2024-02-27")["yearsInRole"], 1);
  EXPECT_EQ(years("2022-02-28", "2024-02-27")["stagnant"], false);
  EXPECT_EQ(years("2022-02-28", "2024-02-28")["yearsInRole"], 2);
  EXPECT_EQ(years("2022-02-28", "2024-02-28")["stagnant"], true);  // none available counts as none completed
  // From a leap day: the anniversary in a common year is March 1st.
  EXPECT_EQ(years("2020-02-29", "2022-02-28")["yearsInRole"], 1);
  EXPECT_EQ(years("2020-02-29", "2022-03-01")["yearsInRole"], 2);
  EXPECT_EQ(years("2020-02-29", "2024-02-29")["yearsInRole"], 4);
  EXPECT_EQ(years("2023-12-31", "2025-12-30")["yearsInRole"], 1);
  EXPECT_EQ(years("2023-12-31", "2025-12-31")["yearsInRole"], 2);
  EXPECT_EQ(years("2024-06-01", "2024-06-01")["yearsInRole"], 0);
  // Without asOf the engine cannot know: no years, no stagnation.
  EXPECT_EQ(years("2000-01-01", nullptr)["yearsInRole"], nullptr);
  EXPECT_EQ(years("2000-01-01", nullptr)["stagnant"], false);
  EXPECT_EQ(years("2000-01-01", nullptr)["role"], "dev");
}

TEST(Audit, TeamsSumTheirLearners) {
  const json r = audit(team_doc());
  EXPECT_EQ(r["teams"], json::parse(R"([
    {"team":"blue","learners":1,"stagnant":0,"summary":{"sweet_spot":1,"uphill":0,"gift":0,"waste":2}},
    {"team":"red","learners":2,"stagnant":1,"summary":{"sweet_spot":1,"uphill":1,"gift":1,"waste":3}}])"));
}

}  // namespace
}  // namespace sweetspot::test
