// The flags of a course result: mandatory, completed, mastered, borderline, no_personal_agenda.
#include "test_support.h"

namespace sweetspot::test {
namespace {

TEST(Flags, CompletedCoursesAreFlaggedAndStillClassified) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 1}]},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 2}]}, {"id": "cb", "skills": [{"skill": "a", "level": 3}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 1}], "completed": ["ca"]}})"));
  EXPECT_EQ(course(r, "ca")["flags"], json::array({"completed"}));
  EXPECT_EQ(course(r, "ca")["quadrant"], "sweet_spot");
  EXPECT_EQ(course(r, "cb")["flags"], json::array());
}

TEST(Flags, MasteredWhenNoSkillIsAboveTheLearnersLevel) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 1}, {"skill": "b", "weight": 1}]},
    "catalog": {"courses": [
      {"id": "a3", "skills": [{"skill": "a", "level": 3}]},
      {"id": "a4", "skills": [{"skill": "a", "level": 4}]},
      {"id": "a3b2", "skills": [{"skill": "a", "level": 3}, {"skill": "b", "level": 2}]},
      {"id": "empty"}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 0.8}, {"skill": "b", "strength": 0.6}],
                "proficiency": [{"skill": "a", "level": 3}]}})"));
  // Held at the level taught: nothing to grow, on either axis, whatever the demand.
  const json a3 = course(r, "a3");
  EXPECT_TRUE(has_flag(a3, "mastered"));
  EXPECT_EQ(units(a3["personal"]), 0);
  EXPECT_EQ(units(a3["org"]), 0);
  EXPECT_EQ(a3["reasons"], json::array());
  const json a4 = course(r, "a4");
  EXPECT_FALSE(has_flag(a4, "mastered"));
  EXPECT_EQ(units(a4["personal"]), 8000);
  // Half mastered: only b (share 0.5) grows.
  const json a3b2 = course(r, "a3b2");
  EXPECT_FALSE(has_flag(a3b2, "mastered"));
  EXPECT_EQ(units(a3b2["personal"]), 3000);
  EXPECT_EQ(units(a3b2["org"]), 5000);
  // A course without skills teaches nothing, but is not "mastered" either.
  EXPECT_FALSE(has_flag(course(r, "empty"), "mastered"));
}

// Org score = the priority weight, personal = the interest strength (one skill, share 1).
json one_course(double interest, double weight, const json& policy = json::object()) {
  json doc = json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 0}]},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 2}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 0}]}})");
  doc["organization"]["priorities"][0]["weight"] = weight;
  doc["learner"]["interests"][0]["strength"] = interest;
  doc["organization"]["policy"] = policy;
  return course(classify(doc), "ca");
}

TEST(Flags, BorderlineIsStrictlyWithinTheMarginOfAThreshold) {
  EXPECT_TRUE(has_flag(one_course(0.8, 0.27), "borderline"));   // org 0.02 above τo
  EXPECT_TRUE(has_flag(one_course(0.8, 0.21), "borderline"));   // org 0.04 below τo
  EXPECT_TRUE(has_flag(one_course(0.8, 0.25), "borderline"));   // on the threshold
  EXPECT_FALSE(has_flag(one_course(0.8, 0.3), "borderline"));   // exactly the margin away: not within
  EXPECT_FALSE(has_flag(one_course(0.8, 0.2), "borderline"));
  EXPECT_TRUE(has_flag(one_course(0.22, 0.9), "borderline"));   // personal 0.03 below τp
  EXPECT_FALSE(has_flag(one_course(0.5, 0.9), "borderline"));
  // The margin is policy; 0 turns the flag off.
  EXPECT_FALSE(has_flag(one_course(0.25, 0.25, json::parse(R"({"borderlineMargin": 0})")), "borderline"));
  EXPECT_TRUE(has_flag(one_course(0.8, 0.4, json::parse(R"({"borderlineMargin": 0.2})")), "borderline"));
}

TEST(Flags, NoPersonalAgendaWhenNoInterestsAspirationsOrFeedback) {
  json doc = json::parse(R"({
    "organization": {"roles": [{"id": "dev", "skills": [{"skill": "a", "level": 3}]}],
                     "policy": {"thresholds": {"personal": 0.02}}},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 2}]}, {"id": "cb", "skills": [{"skill": "b", "level": 2}]}]},
    "learner": {"id": "l", "role": "dev", "proficiency": [{"skill": "a", "level": 1}], "completed": ["cb"]}})");
  json r = classify(doc);
  EXPECT_EQ(r["noPersonalAgenda"], true);
  for (const json& c : r["courses"]) EXPECT_TRUE(has_flag(c, "no_personal_agenda")) << c["course"];
  // Personal 0 is 0.02 from τp, but without an agenda only the org score can be borderline.
  EXPECT_EQ(course(r, "ca")["flags"], json::array({"no_personal_agenda"}));
  EXPECT_EQ(course(r, "cb")["flags"], json::array({"completed", "no_personal_agenda"}));

  // A "not for me" is a stated interest: the agenda exists, and personal 0 is now borderline.
  doc["learner"]["interests"] = json::parse(R"([{"skill": "z", "strength": 0}])");
  r = classify(doc);
  EXPECT_EQ(r["noPersonalAgenda"], false);
  EXPECT_EQ(course(r, "ca")["flags"], json::array({"borderline"}));

  doc["learner"].erase("interests");
  doc["learner"]["aspirations"] = json::array({"dev"});
  EXPECT_EQ(classify(doc)["noPersonalAgenda"], false);
  doc["learner"].erase("aspirations");
  doc["learner"]["feedback"] = json::parse(R"([{"skill": "b", "need": 0.5}])");
  EXPECT_EQ(classify(doc)["noPersonalAgenda"], false);
}

TEST(Flags, AreListedInOneFixedOrder) {
  const json c = course(classify(json::parse(R"({
    "organization": {"mandatory": ["ca"], "policy": {"thresholds": {"org": 0.98}}},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 2}]}]},
    "learner": {"id": "l", "proficiency": [{"skill": "a", "level": 4}], "completed": ["ca"]}})")), "ca");
  EXPECT_EQ(c["flags"], json::parse(R"(["mandatory","completed","mastered","borderline","no_personal_agenda"])"));
}

}  // namespace
}  // namespace sweetspot::test
