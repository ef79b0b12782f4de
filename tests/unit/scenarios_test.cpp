// Hand-made scenarios for the scoring model: each quadrant, each source of demand, strongest-wins,
// shares, and the role/aspiration rule "only above the current level". Expected scores are worked
// out from SPEC's formula: Σ share(s) × max demand(t) × match(t, s), in units of 1/10000.
#include "test_support.h"

namespace sweetspot::test {
namespace {

TEST(Quadrants, EachCellOfTheTwoByTwo) {
  // Priorities a 0.6 and b 0.7 (org); interests a 0.8 and c 0.9 (personal); d is wanted by no one.
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [
      {"skill": "a", "weight": 0.6, "need": "improve", "rationale": "A matters."},
      {"skill": "b", "weight": 0.7, "need": "future", "rationale": "B is the future."}]},
    "catalog": {"courses": [
      {"id": "ca", "skills": [{"skill": "a", "level": 3}]},
      {"id": "cb", "skills": [{"skill": "b", "level": 3}]},
      {"id": "cc", "skills": [{"skill": "c", "level": 3}]},
      {"id": "cd", "skills": [{"skill": "d", "level": 3}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 0.8}, {"skill": "c", "strength": 0.9}]}})"));
  const json ca = course(r, "ca"), cb = course(r, "cb"), cc = course(r, "cc"), cd = course(r, "cd");
  EXPECT_EQ(ca["quadrant"], "sweet_spot");
  EXPECT_EQ(units(ca["personal"]), 8000);
  EXPECT_EQ(units(ca["org"]), 6000);
  EXPECT_EQ(cb["quadrant"], "uphill");
  EXPECT_EQ(units(cb["personal"]), 0);
  EXPECT_EQ(units(cb["org"]), 7000);
  EXPECT_EQ(cc["quadrant"], "gift");
  EXPECT_EQ(units(cc["personal"]), 9000);
  EXPECT_EQ(units(cc["org"]), 0);
  EXPECT_EQ(cd["quadrant"], "waste");
  EXPECT_EQ(units(cd["personal"]), 0);
  EXPECT_EQ(units(cd["org"]), 0);
  EXPECT_EQ(cd["reasons"], json::array());
  EXPECT_EQ(r["summary"], json::parse(R"({"sweet_spot":1,"uphill":1,"gift":1,"waste":1})"));
  EXPECT_EQ(r["noPersonalAgenda"], false);
  EXPECT_EQ(r["warnings"], json::array());
  // Courses come in id order.
  std::vector<std::string> ids;
  for (const json& c : r["courses"]) ids.push_back(c["course"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"ca", "cb", "cc", "cd"}));
}

TEST(Quadrants, ThresholdsAreInclusiveAndSetByPolicy) {
  json doc = json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 0.25}]},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 2}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 0.25}]}})");
  json r = classify(doc);
  EXPECT_EQ(course(r, "ca")["quadrant"], "sweet_spot");  // 0.25 >= 0.25 on both axes
  EXPECT_EQ(r["thresholds"], json::parse(R"({"personal":0.25,"org":0.25})"));

  doc["organization"]["policy"] = json::parse(R"({"thresholds": {"personal": 0.3, "org": 0.2}})");
  r = classify(doc);
  EXPECT_EQ(course(r, "ca")["quadrant"], "uphill");  // 0.25 < 0.3, 0.25 >= 0.2
  EXPECT_EQ(r["thresholds"], json::parse(R"({"personal":0.3,"org":0.2})"));
}

TEST(Scoring, SharesWeightEachCourseSkill) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 0.6}]},
    "catalog": {"courses": [
      {"id": "weighted", "skills": [{"skill": "a", "level": 3, "weight": 0.25}, {"skill": "d", "level": 3, "weight": 0.75}]},
      {"id": "halves", "skills": [{"skill": "a", "level": 3}, {"skill": "b", "level": 3}]},
      {"id": "thirds", "skills": [{"skill": "c", "level": 1}, {"skill": "b", "level": 1}, {"skill": "a", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 1}, {"skill": "b", "strength": 0.4}]}})"));
  // 0.25 × 1 and 0.25 × 0.6.
  const json weighted = course(r, "weighted");
  EXPECT_EQ(units(weighted["personal"]), 2500);
  EXPECT_EQ(units(weighted["org"]), 1500);
  EXPECT_EQ(weighted["quadrant"], "gift");  // personal 0.25 reaches τp; org 0.15 is below τo
  // Equal shares: 0.5 × 1 + 0.5 × 0.4.
  EXPECT_EQ(units(course(r, "halves")["personal"]), 7000);
  // Thirds: 3334 + 3333 + 3333 units, the extra unit to the smallest skill id ("a") whatever the
  // listing order; personal = 3334 × 1 + 3333 × 0.4 (floored per term) = 3334 + 1333.
  const json thirds = course(r, "thirds");
  EXPECT_EQ(units(thirds["personal"]), 3334 + 1333);
  EXPECT_EQ(units(thirds["org"]), 3334 * 6000 / 10000);
}

TEST(Scoring, TheStrongestSourceCountsNotTheSum) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [
      {"skill": "x", "weight": 0.4, "rationale": "weaker"},
      {"skill": "x", "weight": 0.7, "rationale": "stronger"}]},
    "catalog": {"courses": [
      {"id": "comm", "skills": [{"skill": "comm", "level": 2}]},
      {"id": "cx", "skills": [{"skill": "x", "level": 2}]}]},
    "learner": {"id": "l", "interests": [{"skill": "comm", "strength": 0.3}],
                "feedback": [{"skill": "comm", "need": 0.6}]}})"));
  const json comm = course(r, "comm");
  EXPECT_EQ(units(comm["personal"]), 6000);
  ASSERT_EQ(comm["reasons"].size(), 1u);
  EXPECT_EQ(comm["reasons"][0]["source"], "feedback");
  const json cx = course(r, "cx");
  EXPECT_EQ(units(cx["org"]), 7000);
  ASSERT_EQ(cx["reasons"].size(), 1u);
  EXPECT_EQ(cx["reasons"][0]["source"], "priority");
  EXPECT_NE(cx["reasons"][0]["text"].get<std::string>().find("stronger"), std::string::npos);
  EXPECT_EQ(cx["framing"], "stronger");  // Uphill: the rationale of the largest org reason
}

TEST(Scoring, RoleOutweighsPriorityUnlessItsWeightIsLowered) {
  json doc = json::parse(R"({
    "organization": {"roles": [{"id": "dev", "title": "Developer", "skills": [{"skill": "x", "level": 3}]}],
                     "priorities": [{"skill": "x", "weight": 0.5, "rationale": "Because."}]},
    "catalog": {"courses": [{"id": "cx", "skills": [{"skill": "x", "level": 3}]}]},
    "learner": {"id": "l", "role": "dev"}})");
  json cx = course(classify(doc), "cx");
  EXPECT_EQ(units(cx["org"]), 10000);
  EXPECT_EQ(cx["reasons"][0]["source"], "role");

  doc["organization"]["policy"] = json::parse(R"({"weights": {"role": 0.4}})");
  cx = course(classify(doc), "cx");
  EXPECT_EQ(units(cx["org"]), 5000);
  EXPECT_EQ(cx["reasons"][0]["source"], "priority");
}

TEST(Scoring, RoleRequirementCountsOnlyAboveTheCurrentLevel) {
  json doc = json::parse(R"({
    "organization": {"roles": [{"id": "dev", "title": "Developer", "skills": [{"skill": "py", "level": 3}]}]},
    "catalog": {"courses": [
      {"id": "py2", "skills": [{"skill": "py", "level": 2}]},
      {"id": "py4", "skills": [{"skill": "py", "level": 4}]}]},
    "learner": {"id": "l", "role": "dev"}})");
  // Level 0: the role's requirement (3) is above it; both courses grow py.
  json r = classify(doc);
  EXPECT_EQ(units(course(r, "py2")["org"]), 10000);
  EXPECT_EQ(units(course(r, "py4")["org"]), 10000);
  EXPECT_NE(course(r, "py2")["reasons"][0]["text"].get<std::string>().find("you are at 0"), std::string::npos);

  // Level 2: still below the requirement, but py2 teaches nothing new (no growth, mastered).
  doc["learner"]["proficiency"] = json::parse(R"([{"skill": "py", "level": 2}])");
  r = classify(doc);
  EXPECT_EQ(units(course(r, "py2")["org"]), 0);
  EXPECT_TRUE(has_flag(course(r, "py2"), "mastered"));
  EXPECT_EQ(units(course(r, "py4")["org"]), 10000);

  // Level 3: the requirement is met, so the role demands nothing, even from a course going beyond it.
  doc["learner"]["proficiency"][0]["level"] = 3;
  r = classify(doc);
  EXPECT_EQ(units(course(r, "py4")["org"]), 0);
  EXPECT_EQ(course(r, "py4")["quadrant"], "waste");
  EXPECT_FALSE(has_flag(course(r, "py4"), "mastered"));
}

TEST(Scoring, AspiredRolesArePersonalDemandAboveTheCurrentLevel) {
  json doc = json::parse(R"({
    "organization": {"roles": [{"id": "lead", "title": "Team lead", "skills": [{"skill": "people", "level": 2}]}]},
    "catalog": {"courses": [{"id": "ppl", "skills": [{"skill": "people", "level": 3}]}]},
    "learner": {"id": "l", "aspirations": ["lead"]}})");
  json ppl = course(classify(doc), "ppl");
  EXPECT_EQ(units(ppl["personal"]), 8000);  // default aspiration weight 0.8
  EXPECT_EQ(units(ppl["org"]), 0);
  EXPECT_EQ(ppl["quadrant"], "gift");
  ASSERT_EQ(ppl["reasons"].size(), 1u);
  EXPECT_EQ(ppl["reasons"][0]["source"], "aspiration");
  EXPECT_NE(ppl["reasons"][0]["text"].get<std::string>().find("Team lead, a role you aspire to"), std::string::npos);

  doc["organization"]["policy"] = json::parse(R"({"weights": {"aspiration": 0.5}})");
  EXPECT_EQ(units(course(classify(doc), "ppl")["personal"]), 5000);

  doc["learner"]["proficiency"] = json::parse(R"([{"skill": "people", "level": 2}])");
  EXPECT_EQ(units(course(classify(doc), "ppl")["personal"]), 0);
}

TEST(Scoring, AcceptedFeedbackIsPersonalDemand) {
  const json c = course(classify(json::parse(R"({
    "organization": {},
    "catalog": {"courses": [{"id": "talk", "skills": [{"skill": "speaking", "level": 2}]}]},
    "learner": {"id": "l", "feedback": [{"skill": "speaking", "need": 0.6}]}})")), "talk");
  EXPECT_EQ(units(c["personal"]), 6000);
  EXPECT_EQ(units(c["org"]), 0);
  EXPECT_EQ(c["reasons"][0]["source"], "feedback");
  EXPECT_EQ(c["reasons"][0]["axis"], "personal");
  EXPECT_EQ(c["reasons"][0]["skill"], "speaking");
}

TEST(Scoring, MandatoryCourseHasOrgOneAndReasonsSummingToOne) {
  const json r = classify(json::parse(R"({
    "organization": {"mandatory": ["ethics", "safety"], "priorities": [{"skill": "law", "weight": 0.6}]},
    "catalog": {"courses": [
      {"id": "ethics", "skills": [{"skill": "law", "level": 1}]},
      {"id": "safety", "skills": [{"skill": "fire", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "fire", "strength": 1}]}})"));
  const json ethics = course(r, "ethics");
  EXPECT_EQ(units(ethics["org"]), 10000);
  EXPECT_TRUE(has_flag(ethics, "mandatory"));
  EXPECT_EQ(reason_sum(ethics, "org"), 10000);
  ASSERT_EQ(ethics["reasons"].size(), 2u);
  EXPECT_EQ(ethics["reasons"][0]["source"], "priority");
  EXPECT_EQ(units(ethics["reasons"][0]["amount"]), 6000);
  EXPECT_EQ(ethics["reasons"][1]["source"], "mandatory");
  EXPECT_EQ(units(ethics["reasons"][1]["amount"]), 4000);
  EXPECT_FALSE(ethics["reasons"][1].contains("skill"));

  const json safety = course(r, "safety");
  EXPECT_EQ(safety["quadrant"], "sweet_spot");
  EXPECT_EQ(units(safety["org"]), 10000);
  EXPECT_EQ(reason_sum(safety, "org"), 10000);
  EXPECT_EQ(safety["flags"], json::array({"mandatory"}));
}

}  // namespace
}  // namespace sweetspot::test
