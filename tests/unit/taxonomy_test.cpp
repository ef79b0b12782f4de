// Demand through the skill taxonomy: decay per hop up and down, nothing for siblings or unrelated
// skills, the hop limit, and "not for me" (strength 0) vetoing a skill and everything narrower.
#include "test_support.h"

namespace sweetspot::test {
namespace {

// root ← mid ← leaf, root ← sib, and an unrelated skill; one course per skill.
json family(const json& interests) {
  json doc = json::parse(R"({
    "taxonomy": {"skills": [
      {"id": "root", "label": "Root"}, {"id": "mid", "label": "Middle", "broader": ["root"]},
      {"id": "leaf", "label": "Leaf", "broader": ["mid"]}, {"id": "sib", "label": "Sibling", "broader": ["root"]},
      {"id": "other", "label": "Other"}]},
    "organization": {},
    "catalog": {"courses": [
      {"id": "c-root", "skills": [{"skill": "root", "level": 2}]}, {"id": "c-mid", "skills": [{"skill": "mid", "level": 2}]},
      {"id": "c-leaf", "skills": [{"skill": "leaf", "level": 2}]}, {"id": "c-sib", "skills": [{"skill": "sib", "level": 2}]},
      {"id": "c-other", "skills": [{"skill": "other", "level": 2}]}]},
    "learner": {"id": "l"}})");
  doc["learner"]["interests"] = interests;
  return classify(doc);
}

TEST(Taxonomy, DemandDecaysPerHopUpAndDown) {
  const json r = family(json::parse(R"([{"skill": "mid", "strength": 0.8}])"));
  EXPECT_EQ(units(course(r, "c-mid")["personal"]), 8000);
  EXPECT_EQ(units(course(r, "c-root")["personal"]), 4000);  // broader, 1 hop: 0.8 × 0.5
  EXPECT_EQ(units(course(r, "c-leaf")["personal"]), 4000);  // narrower, 1 hop
  EXPECT_EQ(units(course(r, "c-sib")["personal"]), 0);      // a sibling is neither broader nor narrower
  EXPECT_EQ(units(course(r, "c-other")["personal"]), 0);
  const json reason = course(r, "c-root")["reasons"][0];
  EXPECT_EQ(reason["skill"], "root");
  EXPECT_EQ(reason["via"], "mid");
  EXPECT_NE(reason["text"].get<std::string>().find("\u201CRoot\u201D, 1 step from it"), std::string::npos) << reason["text"];
  EXPECT_FALSE(course(r, "c-mid")["reasons"][0].contains("via"));
}

TEST(Taxonomy, TwoHopsAndNoPathThroughACommonParent) {
  const json r = family(json::parse(R"([{"skill": "leaf", "strength": 1}])"));
  EXPECT_EQ(units(course(r, "c-mid")["personal"]), 5000);
  EXPECT_EQ(units(course(r, "c-root")["personal"]), 2500);
  EXPECT_EQ(units(course(r, "c-sib")["personal"]), 0);  // leaf → root → sib goes up then down
  EXPECT_NE(course(r, "c-root")["reasons"][0]["text"].get<std::string>().find("2 steps"), std::string::npos);
}

TEST(Taxonomy, TheStrongestMatchCountsNotTheClosest) {
  // mid: direct 0.4, or leaf 1.0 one hop away = 0.5.
  const json r = family(json::parse(R"([{"skill": "mid", "strength": 0.4}, {"skill": "leaf", "strength": 1}])"));
  const json mid = course(r, "c-mid");
  EXPECT_EQ(units(mid["personal"]), 5000);
  EXPECT_EQ(mid["reasons"][0]["via"], "leaf");
}

// s0 ← s1 ← … ← s5, interest 1 in s0, one course per s1..s5.
json chain(const json& policy) {
  json doc = json::parse(R"({"taxonomy": {"skills": [{"id": "s0"}]}, "organization": {}, "catalog": {"courses": []},
                            "learner": {"id": "l", "interests": [{"skill": "s0", "strength": 1}]}})");
  for (int i = 1; i <= 5; ++i) {
    const std::string id = "s" + std::to_string(i);
    json skill = json::object(), course_doc = json::object(), taught = json::object();
    skill["id"] = id;
    skill["broader"] = json::array({"s" + std::to_string(i - 1)});
    taught["skill"] = id;
    taught["level"] = 1;
    course_doc["id"] = "c" + std::to_string(i);
    course_doc["skills"] = json::array({taught});
    doc["taxonomy"]["skills"].push_back(skill);
    doc["catalog"]["courses"].push_back(course_doc);
  }
  doc["organization"]["policy"] = policy;
  return classify(doc);
}

TEST(Taxonomy, AtMostMaxHopsAwayAtDecayPerHop) {
  json r = chain(json::object());  // defaults: decay 0.5, 3 hops
  EXPECT_EQ(units(course(r, "c1")["personal"]), 5000);
  EXPECT_EQ(units(course(r, "c2")["personal"]), 2500);
  EXPECT_EQ(units(course(r, "c3")["personal"]), 1250);
  EXPECT_EQ(units(course(r, "c4")["personal"]), 0);
  EXPECT_EQ(units(course(r, "c5")["personal"]), 0);

  r = chain(json::parse(R"({"taxonomy": {"maxHops": 4}})"));
  EXPECT_EQ(units(course(r, "c4")["personal"]), 625);
  EXPECT_EQ(units(course(r, "c5")["personal"]), 0);

  r = chain(json::parse(R"({"taxonomy": {"decay": 0.3, "maxHops": 1}})"));
  EXPECT_EQ(units(course(r, "c1")["personal"]), 3000);
  EXPECT_EQ(units(course(r, "c2")["personal"]), 0);

  r = chain(json::parse(R"({"taxonomy": {"maxHops": 0}})"));
  EXPECT_EQ(units(course(r, "c1")["personal"]), 0);
}

TEST(Taxonomy, ADiamondCountsOnceAtTheShortestDistance) {
  const json r = classify(json::parse(R"({
    "taxonomy": {"skills": [{"id": "a"}, {"id": "b", "broader": ["a"]}, {"id": "c", "broader": ["a"]},
                            {"id": "d", "broader": ["b", "c"]}, {"id": "e", "broader": ["d", "a"]}]},
    "organization": {"priorities": [{"skill": "a", "weight": 1}]},
    "catalog": {"courses": [{"id": "cd", "skills": [{"skill": "d", "level": 1}]}, {"id": "ce", "skills": [{"skill": "e", "level": 1}]}]},
    "learner": {"id": "l"}})"));
  EXPECT_EQ(units(course(r, "cd")["org"]), 2500);  // two 2-hop paths, not 0.5
  EXPECT_EQ(units(course(r, "ce")["org"]), 5000);  // e is directly under a as well as 3 hops down
}

TEST(Taxonomy, WithoutATaxonomyOnlyEqualIdsMatch) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [{"skill": "s0", "weight": 1}]},
    "catalog": {"courses": [{"id": "c0", "skills": [{"skill": "s0", "level": 1}]}, {"id": "c1", "skills": [{"skill": "s1", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "s1", "strength": 1}]}})"));
  EXPECT_EQ(units(course(r, "c0")["org"]), 10000);
  EXPECT_EQ(units(course(r, "c0")["personal"]), 0);
  EXPECT_EQ(units(course(r, "c1")["org"]), 0);
  EXPECT_EQ(units(course(r, "c1")["personal"]), 10000);
}

// prog ← py ← django, prog ← js. The learner's role needs py; the aspired role needs py and django;
// 360 feedback names django; the learner likes programming (0.8) and says py is "not for me" (or 0.1).
json not_for_me(double py_strength) {
  json doc = json::parse(R"({
    "taxonomy": {"skills": [{"id": "prog"}, {"id": "py", "broader": ["prog"]}, {"id": "django", "broader": ["py"]},
                            {"id": "js", "broader": ["prog"]}]},
    "organization": {"roles": [
      {"id": "dev", "skills": [{"skill": "py", "level": 3}]},
      {"id": "lead", "skills": [{"skill": "py", "level": 3}, {"skill": "django", "level": 2}]}]},
    "catalog": {"courses": [
      {"id": "c-py", "skills": [{"skill": "py", "level": 3}]}, {"id": "c-django", "skills": [{"skill": "django", "level": 2}]},
      {"id": "c-js", "skills": [{"skill": "js", "level": 2}]}, {"id": "c-prog", "skills": [{"skill": "prog", "level": 2}]}]},
    "learner": {"id": "l", "role": "dev", "aspirations": ["lead"],
                "interests": [{"skill": "prog", "strength": 0.8}, {"skill": "py", "strength": 0}],
                "feedback": [{"skill": "django", "need": 0.9}]}})");
  doc["learner"]["interests"][1]["strength"] = py_strength;
  return classify(doc);
}

TEST(NotForMe, OverridesEveryPersonalSourceForTheSkillAndNarrowerOnes) {
  // Control: with a weak interest in py, the other sources count.
  json r = not_for_me(0.1);
  EXPECT_EQ(units(course(r, "c-py")["personal"]), 8000);      // aspiration 0.8 beats prog 0.4 and py 0.1
  EXPECT_EQ(units(course(r, "c-django")["personal"]), 9000);  // feedback 0.9

  r = not_for_me(0);
  const json py = course(r, "c-py"), django = course(r, "c-django");
  EXPECT_EQ(units(py["personal"]), 0);      // not the aspiration, not prog's 0.4 through the taxonomy
  EXPECT_EQ(units(django["personal"]), 0);  // narrower than py: not the feedback, not the aspiration
  EXPECT_EQ(reason_sum(py, "personal"), 0);
  EXPECT_EQ(reason_sum(django, "personal"), 0);
  // The organization's side is untouched: the role still needs py (and django is 1 hop from it).
  EXPECT_EQ(units(py["org"]), 10000);
  EXPECT_EQ(py["quadrant"], "uphill");
  EXPECT_EQ(units(django["org"]), 5000);
  // Broader and unrelated skills keep their demand.
  EXPECT_EQ(units(course(r, "c-prog")["personal"]), 8000);
  EXPECT_EQ(units(course(r, "c-js")["personal"]), 4000);
}

}  // namespace
}  // namespace sweetspot::test
