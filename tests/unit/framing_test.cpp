// What the learner reads besides the scores: the framing of Uphill courses, the Gift note, "when we
// grow, you grow" messages, and warnings (with their paths) for references the engine tolerated.
#include "test_support.h"

namespace sweetspot::test {
namespace {

std::string text(const json& v) { return v.get<std::string>(); }

TEST(Framing, UphillCarriesThePriorityRationale) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [
      {"skill": "cloud", "weight": 0.9, "need": "future", "rationale": "Our products move to the cloud this year."},
      {"skill": "sql", "weight": 0.3, "need": "job", "rationale": "Smaller."},
      {"skill": "k8s", "weight": 0.5, "need": "improve"}]},
    "catalog": {"courses": [
      {"id": "mixed", "skills": [{"skill": "cloud", "level": 2}, {"skill": "sql", "level": 2}]},
      {"id": "k8s", "skills": [{"skill": "k8s", "level": 2}]}]},
    "learner": {"id": "l", "interests": [{"skill": "art", "strength": 1}]}})"));
  const json mixed = course(r, "mixed");
  EXPECT_EQ(mixed["quadrant"], "uphill");
  EXPECT_EQ(units(mixed["org"]), 4500 + 1500);
  EXPECT_EQ(mixed["framing"], "Our products move to the cloud this year.");  // the larger of 0.45 and 0.15
  // Without a rationale the engine says which priority it is.
  EXPECT_EQ(course(r, "k8s")["framing"], "The organization has made the skill \u201Ck8s\u201D a priority (improvement).");
}

TEST(Framing, UphillFromTheRoleIsAGeneratedSentence) {
  const json r = classify(json::parse(R"({
    "taxonomy": {"skills": [{"id": "py", "label": "Python"}, {"id": "django", "label": "Django", "broader": ["py"]}]},
    "organization": {"roles": [{"id": "dev", "title": "Developer", "skills": [{"skill": "py", "level": 3}]}]},
    "catalog": {"courses": [{"id": "py4", "skills": [{"skill": "py", "level": 4}]},
                            {"id": "dj", "skills": [{"skill": "django", "level": 2}]}]},
    "learner": {"id": "l", "role": "dev", "interests": [{"skill": "art", "strength": 1}]}})"));
  const std::string py4 = text(course(r, "py4")["framing"]);
  EXPECT_NE(py4.find("Your role as Developer requires the skill \u201CPython\u201D at level 3"), std::string::npos) << py4;
  EXPECT_NE(py4.find("level 4"), std::string::npos) << py4;
  const std::string dj = text(course(r, "dj")["framing"]);
  EXPECT_NE(dj.find("Your role as Developer requires the skill \u201CPython\u201D at level 3"), std::string::npos) << dj;
  EXPECT_NE(dj.find("Django"), std::string::npos) << dj;  // names the related skill the course teaches
  EXPECT_NE(dj.find("level 2"), std::string::npos) << dj;
}

TEST(Framing, MandatoryUphillUsesThePolicyNoteOrADefault) {
  json doc = json::parse(R"({
    "organization": {"mandatory": ["gdpr"]},
    "catalog": {"courses": [{"id": "gdpr", "skills": [{"skill": "privacy", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "art", "strength": 1}]}})");
  EXPECT_EQ(course(classify(doc), "gdpr")["framing"], "Everyone in the organization takes this course.");
  doc["organization"]["policy"] = json::parse(R"({"mandatoryNote": "Required by law for everyone handling customer data."})");
  EXPECT_EQ(course(classify(doc), "gdpr")["framing"], "Required by law for everyone handling customer data.");
}

TEST(Framing, GiftCarriesThePolicyNoteOrADefaultPerAllowed) {
  json doc = json::parse(R"({
    "organization": {},
    "catalog": {"courses": [{"id": "swa", "skills": [{"skill": "swahili", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "swahili", "strength": 1}]}})");
  json swa = course(classify(doc), "swa");
  EXPECT_EQ(swa["quadrant"], "gift");
  EXPECT_EQ(swa["framing"], "The organization can support this as a one-off gift: ask your manager.");
  doc["organization"]["policy"] = json::parse(R"({"gifts": {"allowed": false}})");
  EXPECT_EQ(course(classify(doc), "swa")["framing"], "The organization does not fund this; it is yours to pursue outside work.");
  doc["organization"]["policy"] = json::parse(R"({"gifts": {"allowed": true, "note": "Ask for a learning budget."}})");
  EXPECT_EQ(course(classify(doc), "swa")["framing"], "Ask for a learning budget.");
}

TEST(Framing, SweetSpotAndWasteHaveNone) {
  const json r = classify(json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 1, "rationale": "R"}], "policy": {"gifts": {"note": "N"}}},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 1}]}, {"id": "cz", "skills": [{"skill": "z", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 1}]}})"));
  EXPECT_EQ(course(r, "ca")["quadrant"], "sweet_spot");
  EXPECT_FALSE(course(r, "ca").contains("framing"));
  EXPECT_EQ(course(r, "cz")["quadrant"], "waste");
  EXPECT_FALSE(course(r, "cz").contains("framing"));
}

TEST(Growth, WhenWeGrowYouGrowListsTheSweetSpotCoursesTowardIt) {
  const json r = classify(json::parse(R"({
    "organization": {
      "roles": [{"id": "lead", "title": "Team lead"}],
      "priorities": [{"skill": "js", "weight": 0.6}],
      "growth": [
        {"name": "Web platform", "rationale": "A new web team opens in spring.", "skills": ["js"]},
        {"name": "Leadership track", "roles": ["lead"]},
        {"name": "Unrelated", "skills": ["cobol"]}]},
    "catalog": {"courses": [
      {"id": "js101", "skills": [{"skill": "js", "level": 2}]},
      {"id": "js-lite", "skills": [{"skill": "js", "level": 2, "weight": 0.2}, {"skill": "y", "level": 1, "weight": 0.8}]},
      {"id": "cobol", "skills": [{"skill": "cobol", "level": 1}]}]},
    "learner": {"id": "l", "aspirations": ["lead"], "interests": [{"skill": "js", "strength": 0.8}]}})"));
  EXPECT_EQ(course(r, "js101")["quadrant"], "sweet_spot");
  EXPECT_EQ(course(r, "js-lite")["quadrant"], "waste");  // 0.16 / 0.12: teaches js but is not Sweet Spot
  const json growth = r["growth"];
  ASSERT_EQ(growth.size(), 2u) << growth;
  EXPECT_EQ(growth[0]["initiative"], "Leadership track");
  EXPECT_EQ(growth[0]["message"], "When we grow, you grow: Leadership track.");
  EXPECT_EQ(growth[0]["courses"], json::array());
  EXPECT_EQ(growth[1]["initiative"], "Web platform");
  EXPECT_EQ(growth[1]["message"],
            "When we grow, you grow: Web platform. A new web team opens in spring. 1 Sweet Spot course builds toward it.");
  EXPECT_EQ(growth[1]["courses"], json::array({"js101"}));
}

TEST(Growth, OrganizationTextsWithoutAFinalStopDoNotRunIntoTheNextSentence) {
  // Admins write rationales as fragments; the sentence after one must still start a sentence.
  const json r = classify(json::parse(R"({
    "taxonomy": {"skills": [{"id": "data"}, {"id": "sql", "broader": ["data"]}]},
    "organization": {
      "priorities": [{"skill": "data", "weight": 1, "rationale": "Every team works with data  "}],
      "growth": [{"name": "Data literacy", "rationale": "Decisions from evidence", "skills": ["data"]},
                 {"name": "Ship it!", "rationale": "Say \"why?\"", "skills": ["data"]},
                 {"name": "Japan", "rationale": "\u65b0\u3057\u3044\u30c1\u30fc\u30e0\u3002", "skills": ["data"]}]},
    "catalog": {"courses": [{"id": "sql1", "skills": [{"skill": "sql", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "data", "strength": 1}]}})"));
  const json growth = r["growth"];
  ASSERT_EQ(growth.size(), 3u) << growth;
  EXPECT_EQ(growth[0]["message"], "When we grow, you grow: Data literacy. Decisions from evidence. 1 Sweet Spot course builds toward it.");
  EXPECT_EQ(growth[1]["message"], "When we grow, you grow: Japan. \u65b0\u3057\u3044\u30c1\u30fc\u30e0\u3002 1 Sweet Spot course builds toward it.");
  EXPECT_EQ(growth[2]["message"], "When we grow, you grow: Ship it! Say \"why?\" 1 Sweet Spot course builds toward it.");
  const json reasons = course(r, "sql1")["reasons"];
  bool found = false;
  for (const json& reason : reasons)
    if (reason["source"] == "priority") {
      found = true;
      EXPECT_EQ(reason["text"],
                "Organization priority (improvement) on the skill \u201C" "data\u201D: Every team works with data. This course teaches the skill \u201Csql\u201D, 1 step "
                "from it in the skill taxonomy.");
    }
  EXPECT_TRUE(found) << reasons;
}

TEST(Growth, InitiativesWithTheSameNameComeOutInOneOrder) {
  // Two initiatives named alike, differing only in their skills: the output must not follow the
  // order they were given in.
  json doc = json::parse(R"({
    "organization": {"priorities": [{"skill": "a", "weight": 1}, {"skill": "b", "weight": 1}],
                     "growth": [{"name": "G", "skills": ["b"]}, {"name": "G", "skills": ["a"]}]},
    "catalog": {"courses": [{"id": "ca", "skills": [{"skill": "a", "level": 1}]}, {"id": "cb", "skills": [{"skill": "b", "level": 1}]}]},
    "learner": {"id": "l", "interests": [{"skill": "a", "strength": 1}, {"skill": "b", "strength": 1}]}})");
  const std::string first = classify_document(doc.dump()).json;
  std::swap(doc["organization"]["growth"][0], doc["organization"]["growth"][1]);
  EXPECT_EQ(classify_document(doc.dump()).json, first);
  const json growth = json::parse(first)["growth"];
  ASSERT_EQ(growth.size(), 2u);
  EXPECT_EQ(growth[0]["courses"], json::array({"ca"}));
  EXPECT_EQ(growth[1]["courses"], json::array({"cb"}));
}

TEST(Warnings, UnknownReferencesAreReportedWithPathsAndTolerated) {
  const json r = classify(json::parse(R"({
    "taxonomy": {"skills": [{"id": "py"}, {"id": "sql", "broader": ["databases"]}]},
    "organization": {"roles": [{"id": "dev", "skills": [{"skill": "py", "level": 3}], "next": ["cto"]}],
                     "priorities": [{"skill": "quantum", "weight": 0.5}], "mandatory": ["nope"],
                     "growth": [{"name": "G", "skills": ["py"], "roles": ["ghost"]}]},
    "catalog": {"courses": [{"id": "py1", "skills": [{"skill": "py", "level": 2}]},
                            {"id": "pot", "skills": [{"skill": "py", "level": 1}, {"skill": "pottery", "level": 2}], "colour": "red"}]},
    "learner": {"id": "l", "role": "boss", "aspirations": ["astronaut"], "interests": [{"skill": "pottery", "strength": 1}],
                "proficiency": [{"skill": "cobol", "level": 2}], "feedback": [{"skill": "empathy", "need": 0.5}],
                "completed": ["py0"], "shoeSize": 44}})"));
  for (const char* path : {"/taxonomy/skills/1/broader/0", "/organization/roles/0/next/0", "/organization/priorities/0/skill",
                           "/organization/mandatory/0", "/organization/growth/0/roles/0", "/catalog/courses/1/skills/1/skill",
                           "/catalog/courses/1/colour", "/learner/role", "/learner/aspirations/0", "/learner/interests/0/skill",
                           "/learner/proficiency/0/skill", "/learner/feedback/0/skill", "/learner/completed/0", "/learner/shoeSize"})
    EXPECT_TRUE(has_warning(r, path)) << path << " in " << r["warnings"];
  EXPECT_EQ(r["warnings"].size(), 14u) << r["warnings"];
  for (const json& w : r["warnings"]) EXPECT_FALSE(text(w["message"]).empty());
  // An unknown skill still matches an equal id: pottery (share 0.5) is wanted.
  EXPECT_EQ(units(course(r, "pot")["personal"]), 5000);
}

}  // namespace
}  // namespace sweetspot::test
