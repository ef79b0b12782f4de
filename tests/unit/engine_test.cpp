// The stateful Engine: load / classify / compact arrays / explain / audit, and its guarantees: a
// failed load keeps the previous catalog, nothing runs before a load, explain checks its index, the
// compact arrays say what the JSON says, and the one-shot functions give the same results.
#include <cmath>

#include "test_support.h"

namespace sweetspot::test {
namespace {

const char* kCatalog = R"({
  "taxonomy": {"skills": [{"id": "prog", "label": "Programming"}, {"id": "py", "label": "Python", "broader": ["prog"]},
                          {"id": "sql"}, {"id": "ethics"}, {"id": "swahili"}]},
  "organization": {"roles": [{"id": "dev", "title": "Developer", "skills": [{"skill": "py", "level": 3}, {"skill": "sql", "level": 2}]}],
                   "priorities": [{"skill": "prog", "weight": 0.5, "need": "future", "rationale": "Software eats the world."}],
                   "mandatory": ["ethics"],
                   "growth": [{"name": "Data", "skills": ["sql"]}]},
  "catalog": {"courses": [
    {"id": "py101", "title": "Python", "skills": [{"skill": "py", "level": 3}]},
    {"id": "sql1", "title": "SQL", "skills": [{"skill": "sql", "level": 2}, {"skill": "py", "level": 1}]},
    {"id": "ethics", "title": "Ethics", "skills": [{"skill": "ethics", "level": 1}]},
    {"id": "swa", "title": "Swahili", "skills": [{"skill": "swahili", "level": 1}]},
    {"id": "empty", "title": "Nothing"}]}})";

const char* kLearner = R"({"learner": {"id": "ana", "role": "dev", "proficiency": [{"skill": "py", "level": 1}],
  "interests": [{"skill": "py", "strength": 0.9}, {"skill": "swahili", "strength": 1}, {"skill": "sql", "strength": 0.3}],
  "completed": ["swa"]}, "asOf": "2024-06-01"})";

json combined() {
  json doc = json::parse(kCatalog);
  const json learner = json::parse(kLearner);
  doc["learner"] = learner["learner"];
  doc["asOf"] = learner["asOf"];
  return doc;
}

TEST(Engine, NothingRunsBeforeALoad) {
  Engine engine;
  EXPECT_FALSE(engine.loaded());
  EXPECT_EQ(engine.course_count(), 0u);
  Outcome out = engine.classify(kLearner);
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "");
  EXPECT_NE(out.error.expected.find("loaded catalog"), std::string::npos);
  EXPECT_TRUE(out.json.empty());
  EXPECT_FALSE(engine.classify_compact(kLearner).ok);
  EXPECT_FALSE(engine.audit(R"({"learners": []})").ok);
  EXPECT_FALSE(engine.courses_json().ok);
  EXPECT_EQ(engine.course_list().count, 0u);
  EXPECT_EQ(engine.find_course(""), -1);
  EXPECT_FALSE(engine.explain(0).ok);
}

TEST(Engine, LoadReportsCountsAndWarnings) {
  Engine engine;
  json doc = json::parse(kCatalog);
  doc["catalog"]["courses"][0]["skills"].push_back(json::parse(R"({"skill": "cobol", "level": 1})"));
  Outcome out = engine.load(doc.dump());
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_TRUE(engine.loaded());
  const json r = json::parse(out.json);
  EXPECT_EQ(r["courses"], 5);
  EXPECT_EQ(r["skills"], 6);  // five taxonomy skills and cobol
  ASSERT_EQ(r["warnings"].size(), 1u);
  EXPECT_EQ(r["warnings"][0]["path"], "/catalog/courses/0/skills/1/skill");
  EXPECT_EQ(engine.course_count(), 5u);
}

TEST(Engine, LoadRefusesLearnersAndNeedsOrganizationAndCatalog) {
  Engine engine;
  Outcome out = engine.load(combined().dump());
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/learner");
  out = engine.load(R"({"catalog": {"courses": []}})");
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/organization");
  out = engine.load(R"({"organization": {}})");
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/catalog");
  EXPECT_FALSE(engine.loaded());
}

TEST(Engine, AFailedLoadKeepsThePreviousCatalog) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const Outcome before = engine.classify(kLearner);
  ASSERT_TRUE(before.ok);
  json bad = json::parse(kCatalog);
  bad["catalog"]["courses"][1]["skills"][0]["level"] = 9;
  bad["catalog"]["courses"].push_back(json::parse(R"({"id": "extra"})"));
  const Outcome failed = engine.load(bad.dump());
  EXPECT_FALSE(failed.ok);
  EXPECT_EQ(failed.error.path, "/catalog/courses/1/skills/0/level");
  EXPECT_TRUE(engine.loaded());
  EXPECT_EQ(engine.course_count(), 5u);
  const Outcome after = engine.classify(kLearner);
  ASSERT_TRUE(after.ok);
  EXPECT_EQ(after.json, before.json);
  // A syntax error is a failed load too.
  EXPECT_FALSE(engine.load("{\"organization\": {").ok);
  EXPECT_EQ(engine.classify(kLearner).json, before.json);
}

TEST(Engine, ClassifyRefusesCatalogPartsAndBadLearners) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  Outcome out = engine.classify(combined().dump());
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/organization");
  out = engine.classify(R"({"asOf": "2024-01-01"})");
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/learner");
  out = engine.classify(R"({"learner": {"id": "x", "interests": [{"skill": "py", "strength": 2}]}})");
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/learner/interests/0/strength");
  EXPECT_EQ(out.error.expected, "number 0..1");
  EXPECT_EQ(out.error.found, "number 2");
  EXPECT_EQ(out.error.message, "/learner/interests/0/strength: expected number 0..1, found number 2");
}

TEST(Engine, ClassifyMatchesTheOneShotDocument) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const Outcome a = engine.classify(kLearner, true);
  const Outcome b = classify_document(combined().dump(), true);
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.json, b.json);  // no warnings in either, so byte-identical
  const json r = json::parse(a.json);
  // Spot-check the scores by hand. py101: py share 1, interest 0.9, role (py 3 > 1) 1, priority prog
  // 1 hop 0.25 → personal 0.9, org 1. sql1: sql 0.5 × max(0.3) + py 0.5 × nothing (level 1 held) →
  // personal 0.15; org 0.5 × role 1 → 0.5.
  EXPECT_EQ(units(course(r, "py101")["personal"]), 9000);
  EXPECT_EQ(units(course(r, "py101")["org"]), 10000);
  EXPECT_EQ(course(r, "py101")["quadrant"], "sweet_spot");
  EXPECT_EQ(units(course(r, "sql1")["personal"]), 1500);
  EXPECT_EQ(units(course(r, "sql1")["org"]), 5000);
  EXPECT_EQ(course(r, "sql1")["quadrant"], "uphill");
  EXPECT_EQ(course(r, "swa")["quadrant"], "gift");
  EXPECT_EQ(course(r, "ethics")["quadrant"], "uphill");
  EXPECT_EQ(course(r, "empty")["quadrant"], "waste");
}

TEST(Engine, CompactArraysSayWhatTheJsonSays) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const Outcome full = engine.classify(kLearner);
  ASSERT_TRUE(full.ok);
  const json r = json::parse(full.json);
  const Outcome compact = engine.classify_compact(kLearner);
  ASSERT_TRUE(compact.ok);
  // The JSON holds the lists and strings; totals() the numbers; together they are the rest of r.
  const json rest = json::parse(compact.json);
  EXPECT_EQ(rest, (json{{"learner", r["learner"]}, {"asOf", r["asOf"]}, {"growth", r["growth"]}, {"warnings", r["warnings"]}}));
  EXPECT_FALSE(r["growth"].empty());  // the fixture exercises a non-empty list
  const Engine::Totals totals = engine.totals();
  EXPECT_EQ(totals.no_personal_agenda, r["noPersonalAgenda"].get<bool>());
  EXPECT_EQ(totals.personal_threshold, std::lround(r["thresholds"]["personal"].get<double>() * kScoreUnits));
  EXPECT_EQ(totals.org_threshold, std::lround(r["thresholds"]["org"].get<double>() * kScoreUnits));
  for (int q = 0; q < kQuadrantCount; ++q) EXPECT_EQ(totals.counts[q], r["summary"][kQuadrantNames[q]].get<std::uint32_t>()) << kQuadrantNames[q];

  ASSERT_EQ(engine.course_count(), r["courses"].size());
  const json ids = json::parse(engine.courses_json().json);
  const char* quadrant_names[] = {"sweet_spot", "uphill", "gift", "waste"};
  const char* flag_names[] = {"mandatory", "completed", "mastered", "borderline", "no_personal_agenda"};
  const Engine::CourseList list = engine.course_list();
  ASSERT_EQ(list.count, engine.course_count());
  EXPECT_EQ(list.offsets[0], 0u);
  EXPECT_EQ(list.offsets[2 * list.count], list.text.size());
  auto listed = [&](std::size_t k) { return std::string(list.text.substr(list.offsets[k], list.offsets[k + 1] - list.offsets[k])); };
  for (std::size_t i = 0; i < engine.course_count(); ++i) {
    const json& c = r["courses"][i];
    EXPECT_EQ(ids[i]["id"], c["course"]);
    EXPECT_EQ(ids[i]["title"], c["title"]);
    EXPECT_EQ(listed(i), c["course"].get<std::string>()) << i;
    EXPECT_EQ(listed(list.count + i), c["title"].get<std::string>()) << i;
    EXPECT_EQ(engine.find_course(c["course"].get<std::string>()), static_cast<std::int64_t>(i));
    EXPECT_EQ(engine.find_course(c["course"].get<std::string>() + " "), -1);
    EXPECT_EQ(engine.personal_units()[i], units(c["personal"])) << i;
    EXPECT_EQ(engine.org_units()[i], units(c["org"])) << i;
    ASSERT_LT(engine.quadrants()[i], 4);
    EXPECT_EQ(quadrant_names[engine.quadrants()[i]], c["quadrant"].get<std::string>()) << i;
    json flags = json::array();
    for (int bit = 0; bit < 5; ++bit)
      if (engine.flags()[i] & (1 << bit)) flags.push_back(flag_names[bit]);
    EXPECT_EQ(flags, c["flags"]) << i;
    // explain(i) is the very same object, byte for byte.
    const Outcome one = engine.explain(static_cast<std::int64_t>(i));
    ASSERT_TRUE(one.ok);
    EXPECT_NE(full.json.find(one.json), std::string::npos) << one.json;
    EXPECT_EQ(json::parse(one.json), c);
  }
}

TEST(Engine, ExplainChecksItsIndex) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  EXPECT_FALSE(engine.explain(0).ok);  // not classified yet
  ASSERT_TRUE(engine.classify(kLearner).ok);
  for (std::int64_t bad : {std::int64_t{-1}, std::int64_t{5}, std::int64_t{1} << 40, INT64_MIN}) {
    const Outcome out = engine.explain(bad);
    EXPECT_FALSE(out.ok) << bad;
    EXPECT_EQ(out.error.found, std::to_string(bad));
  }
  EXPECT_TRUE(engine.explain(4).ok);
  // A new load invalidates the classification: explain waits for the next classify.
  ASSERT_TRUE(engine.load(kCatalog).ok);
  EXPECT_FALSE(engine.explain(0).ok);
}

// explain_learner: any classification explains itself from its own request, whatever the engine
// classified since, byte for byte as explain() right after classifying it; the engine's own last
// classification (arrays, explain) stays as it was.
TEST(Engine, ExplainLearnerStandsAlone) {
  Engine engine;
  EXPECT_FALSE(engine.explain_learner(kLearner, 0).ok);  // nothing loaded
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const std::string other = R"({"learner": {"id": "bo", "interests": [{"skill": "ethics", "strength": 1}]}, "asOf": "2024-06-01"})";
  ASSERT_TRUE(engine.classify(kLearner).ok);
  std::vector<std::string> ana;
  for (std::int64_t i = 0; i < 5; ++i) ana.push_back(engine.explain(i).json);
  ASSERT_TRUE(engine.classify_compact(other).ok);
  std::vector<std::string> bo;
  for (std::int64_t i = 0; i < 5; ++i) bo.push_back(engine.explain(i).json);
  const std::vector<std::uint8_t> quadrants(engine.quadrants(), engine.quadrants() + 5);
  for (int round = 0; round < 2; ++round)  // the second round reuses the explained learner's scores
    for (std::int64_t i = 0; i < 5; ++i) {
      const Outcome a = engine.explain_learner(kLearner, i);
      ASSERT_TRUE(a.ok) << a.error.message;
      EXPECT_EQ(a.json, ana[i]) << i;
      EXPECT_EQ(engine.explain_learner(other, i).json, bo[i]) << i;
      EXPECT_EQ(engine.explain(i).json, bo[i]) << i;
    }
  EXPECT_EQ(std::vector<std::uint8_t>(engine.quadrants(), engine.quadrants() + 5), quadrants);
  const Outcome bad = engine.explain_learner(R"({"learner": 3})", 0);
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.error.path, "/learner");
  EXPECT_FALSE(engine.explain_learner(kLearner, 5).ok);
  EXPECT_EQ(engine.explain_learner(kLearner, -1).error.found, "-1");
  EXPECT_EQ(engine.explain_learner(kLearner, 1).json, ana[1]);  // a refused request changes nothing
  ASSERT_TRUE(engine.load(kCatalog).ok);  // a new catalog: explained from the request, nothing stale
  EXPECT_EQ(engine.explain_learner(kLearner, 2).json, ana[2]);
}

TEST(Engine, CompactArraysBelongToTheLastClassificationOnly) {
  Engine engine;
  EXPECT_EQ(engine.scored_count(), 0u);
  ASSERT_TRUE(engine.load(kCatalog).ok);
  EXPECT_EQ(engine.scored_count(), 0u);  // loaded, nobody classified yet
  ASSERT_TRUE(engine.classify_compact(kLearner).ok);
  EXPECT_EQ(engine.scored_count(), engine.course_count());
  // A bigger catalog: the old arrays must not pass for the new catalog's.
  json bigger = json::parse(kCatalog);
  bigger["catalog"]["courses"].push_back({{"id", "zz"}, {"title", "Another"}});
  ASSERT_TRUE(engine.load(bigger.dump()).ok);
  EXPECT_EQ(engine.course_count(), 6u);
  EXPECT_EQ(engine.scored_count(), 0u);
  ASSERT_TRUE(engine.classify_compact(kLearner).ok);
  EXPECT_EQ(engine.scored_count(), 6u);
  // A failed classify leaves the last good arrays as they were.
  EXPECT_FALSE(engine.classify_compact(R"({"learner": {"id": 7}})").ok);
  EXPECT_EQ(engine.scored_count(), 6u);
}

TEST(Engine, AuditMatchesTheOneShotDocument) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const char* learners = R"({"learners": [{"id": "b", "role": "dev", "roleSince": "2020-01-01"},
                                          {"id": "a", "interests": [{"skill": "py", "strength": 1}]}], "asOf": "2024-06-01"})";
  const Outcome a = engine.audit(learners);
  json doc = json::parse(kCatalog);
  const json l = json::parse(learners);
  doc["learners"] = l["learners"];
  doc["asOf"] = l["asOf"];
  const Outcome b = audit_document(doc.dump());
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.json, b.json);
  EXPECT_FALSE(engine.audit(R"({"learner": {"id": "x"}})").ok);
}

TEST(Engine, OneEngineServesManyLearnersIndependently) {
  Engine engine;
  ASSERT_TRUE(engine.load(kCatalog).ok);
  const Outcome first = engine.classify(kLearner);
  ASSERT_TRUE(engine.classify(R"({"learner": {"id": "bo", "interests": [{"skill": "ethics", "strength": 1}],
                                   "proficiency": [{"skill": "sql", "level": 4}]}})").ok);
  // Nothing of the second learner leaks into the next classification of the first.
  EXPECT_EQ(engine.classify(kLearner).json, first.json);
}

}  // namespace
}  // namespace sweetspot::test
