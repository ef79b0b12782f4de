// SPEC's five properties as seeded randomized tests over generated taxonomies, organizations,
// catalogs and learners (generator.h), kCases cases each:
//   1 bounded       both scores in [0, 1] (and the quadrant follows the thresholds)
//   2 monotone      a stronger interest never lowers personal; a new priority never lowers org;
//                   a higher current level never raises either
//   3 explainable   the reasons of each axis sum exactly to its score (in units of 1/10000)
//   4 deterministic every input array shuffled → byte-identical output (warnings' paths aside)
//   5 absolute      adding a course changes no other course's result
// A failing case prints its seed and document; SWEETSPOT_PROPERTY_SEED replays from another seed.
#include <cstdlib>
#include <algorithm>
#include <map>
#include <set>

#include "generator.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

constexpr int kCases = 1000;

std::uint32_t base_seed(std::uint32_t fallback) {
  const char* env = std::getenv("SWEETSPOT_PROPERTY_SEED");
  return env ? static_cast<std::uint32_t>(std::strtoul(env, nullptr, 0)) : fallback;
}

// The classification, or a failure naming the document.
bool classify_into(const json& doc, json& result, std::string& raw) {
  const Outcome out = classify_document(doc.dump());
  if (!out.ok) {
    ADD_FAILURE() << "generated document refused: " << out.error.message << "\n" << doc.dump();
    return false;
  }
  raw = out.json;
  result = json::parse(raw);
  return true;
}

// Everything before the trailing "warnings" member (always last), and the warnings' messages.
std::string without_warnings(const std::string& out) { return out.substr(0, out.rfind(",\"warnings\":")); }
std::multiset<std::string> warning_messages(const json& result) {
  std::multiset<std::string> m;
  for (const json& w : result.at("warnings")) m.insert(w.at("message").get<std::string>());
  return m;
}

// Stops a property after a few failing cases so one bug does not print a thousand documents.
#define CHECK_CASE(condition, detail)                                                              \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      ADD_FAILURE() << "case " << i << " (seed " << seed << "): " << detail << "\n" << doc.dump(); \
      if (++failures >= 3) return;                                                                 \
      goto next_case;                                                                              \
    }                                                                                              \
  } while (0)

TEST(Properties, BoundedScoresAndQuadrantsFollowTheThresholds) {
  const std::uint32_t seed = base_seed(0x5eed0001);
  Generator gen(seed);
  int failures = 0, positive_personal = 0, positive_org = 0;
  for (int i = 0; i < kCases; ++i) {
    const json doc = gen.combined();
    json r;
    std::string raw;
    if (!classify_into(doc, r, raw)) return;
    {
      const int tp = units(r["thresholds"]["personal"]), to = units(r["thresholds"]["org"]);
      int counts[4] = {0, 0, 0, 0};
      for (const json& c : r["courses"]) {
        const int p = units(c["personal"]), o = units(c["org"]);
        CHECK_CASE(p >= 0 && p <= 10000, c["course"] << " personal " << p);
        CHECK_CASE(o >= 0 && o <= 10000, c["course"] << " org " << o);
        const char* expected = o >= to ? (p >= tp ? "sweet_spot" : "uphill") : (p >= tp ? "gift" : "waste");
        CHECK_CASE(c["quadrant"] == expected, c["course"] << " is " << c["quadrant"] << ", thresholds say " << expected);
        counts[c["quadrant"] == "sweet_spot" ? 0 : c["quadrant"] == "uphill" ? 1 : c["quadrant"] == "gift" ? 2 : 3]++;
        positive_personal += p > 0;
        positive_org += o > 0;
      }
      CHECK_CASE(r["summary"] == json({{"sweet_spot", counts[0]}, {"uphill", counts[1]}, {"gift", counts[2]}, {"waste", counts[3]}}),
                 "summary " << r["summary"]);
      CHECK_CASE(static_cast<int>(r["courses"].size()) == gen.course_count(), "course count");
    }
  next_case:;
  }
  // The generator must actually exercise the scores, or the property says nothing.
  EXPECT_GT(positive_personal, kCases / 2);
  EXPECT_GT(positive_org, kCases / 2);
}

// Scores per course (index order) through the Engine's compact arrays: what a host reads, and no
// need to parse every reason of every course when only the numbers matter.
struct Units {
  std::vector<int> personal, org;
};

bool compact_scores(const json& doc, Units& out) {
  json catalog = doc;
  catalog.erase("learner");
  catalog.erase("asOf");
  const json learner = {{"learner", doc.at("learner")}};
  Engine engine;
  Outcome result = engine.load(catalog.dump());
  if (result.ok) result = engine.classify_compact(learner.dump());
  if (!result.ok) {
    ADD_FAILURE() << "generated document refused: " << result.error.message << "\n" << doc.dump();
    return false;
  }
  out.personal.assign(engine.personal_units(), engine.personal_units() + engine.course_count());
  out.org.assign(engine.org_units(), engine.org_units() + engine.course_count());
  return true;
}

TEST(Properties, MonotoneInInterestsPrioritiesAndLevels) {
  const std::uint32_t seed = base_seed(0x5eed0002);
  Generator gen(seed);
  int failures = 0, raised_personal = 0, raised_org = 0, lowered = 0;
  for (int i = 0; i < kCases; ++i) {
    const json doc = gen.combined();
    Units before, after;
    if (!compact_scores(doc, before)) return;
    {
      const std::size_t n = before.personal.size();

      // (a) A stronger interest in one skill (from "not for me", from some strength, or from none).
      json stronger = doc;
      json& interests = stronger["learner"]["interests"];
      if (!interests.is_array()) interests = json::array();
      const std::string s = gen.random_skill();
      auto it = std::find_if(interests.begin(), interests.end(), [&](const json& x) { return x["skill"] == s; });
      const int from = it == interests.end() ? -1 : units((*it)["strength"]);
      const int to = from >= 10000 ? 10000 : gen.uniform(std::max(from, 0) + 1, 10000);
      if (it == interests.end()) interests.push_back({{"skill", s}, {"strength", to / 10000.0}});
      else (*it)["strength"] = to / 10000.0;
      if (!compact_scores(stronger, after)) return;
      bool any = false;
      for (std::size_t c = 0; c < n; ++c) {
        CHECK_CASE(after.personal[c] >= before.personal[c], "interest " << s << " " << from << "→" << to << " lowered personal of course #" << c);
        CHECK_CASE(after.org[c] == before.org[c], "interest " << s << " changed org of course #" << c);
        any = any || after.personal[c] > before.personal[c];
      }
      raised_personal += any;

      // (b) A new priority.
      json prioritized = doc;
      prioritized["organization"]["priorities"].push_back(gen.priority(gen.random_skill()));
      if (!compact_scores(prioritized, after)) return;
      any = false;
      for (std::size_t c = 0; c < n; ++c) {
        CHECK_CASE(after.org[c] >= before.org[c], "new priority " << prioritized["organization"]["priorities"].back() << " lowered org of course #" << c);
        CHECK_CASE(after.personal[c] == before.personal[c], "a priority changed personal of course #" << c);
        any = any || after.org[c] > before.org[c];
      }
      raised_org += any;

      // (c) A higher current level in one skill.
      json skilled = doc;
      json& proficiency = skilled["learner"]["proficiency"];
      const std::string k = gen.random_skill();
      auto held = std::find_if(proficiency.begin(), proficiency.end(), [&](const json& x) { return x["skill"] == k; });
      const int level = held == proficiency.end() ? 0 : (*held)["level"].get<int>();
      if (level < 5) {
        const int higher = gen.uniform(level + 1, 5);
        if (held == proficiency.end()) proficiency.push_back({{"skill", k}, {"level", higher}});
        else (*held)["level"] = higher;
        if (!compact_scores(skilled, after)) return;
        any = false;
        for (std::size_t c = 0; c < n; ++c) {
          CHECK_CASE(after.personal[c] <= before.personal[c], "level " << k << " " << level << "→" << higher << " raised personal of course #" << c);
          CHECK_CASE(after.org[c] <= before.org[c], "level " << k << " " << level << "→" << higher << " raised org of course #" << c);
          any = any || after.personal[c] < before.personal[c] || after.org[c] < before.org[c];
        }
        lowered += any;
      }
    }
  next_case:;
  }
  // Each mutation must have bitten in a good share of the cases.
  EXPECT_GT(raised_personal, kCases / 5);
  EXPECT_GT(raised_org, kCases / 5);
  EXPECT_GT(lowered, kCases / 10);
}

TEST(Properties, ReasonsOfEachAxisSumExactlyToItsScore) {
  const std::uint32_t seed = base_seed(0x5eed0003);
  Generator gen(seed);
  int failures = 0, with_reasons = 0, via_taxonomy = 0, mandatory_rule = 0;
  for (int i = 0; i < kCases; ++i) {
    const json doc = gen.combined();
    json r;
    std::string raw;
    if (!classify_into(doc, r, raw)) return;
    for (const json& c : r["courses"]) {
      int sum[2] = {0, 0};
      for (const json& reason : c["reasons"]) {
        const int amount = units(reason["amount"]);
        CHECK_CASE(amount > 0, c["course"] << " has a reason of amount " << amount);
        const bool personal = reason["axis"] == "personal";
        const std::string source = reason["source"];
        const bool personal_source = source == "interest" || source == "aspiration" || source == "feedback";
        const bool org_source = source == "role" || source == "priority" || source == "mandatory";
        CHECK_CASE(personal ? personal_source : org_source, c["course"] << ": source " << source << " on the wrong axis");
        CHECK_CASE(!reason["text"].get<std::string>().empty(), "empty reason text");
        sum[personal ? 0 : 1] += amount;
        via_taxonomy += reason.contains("via");
        mandatory_rule += source == "mandatory";
      }
      CHECK_CASE(sum[0] == units(c["personal"]), c["course"] << ": personal reasons " << sum[0] << " vs " << c["personal"]);
      CHECK_CASE(sum[1] == units(c["org"]), c["course"] << ": org reasons " << sum[1] << " vs " << c["org"]);
      with_reasons += !c["reasons"].empty();
    }
  next_case:;
  }
  EXPECT_GT(with_reasons, kCases);
  EXPECT_GT(via_taxonomy, kCases / 10);
  EXPECT_GT(mandatory_rule, kCases / 20);
}

TEST(Properties, ShuffledInputArraysGiveByteIdenticalOutput) {
  const std::uint32_t seed = base_seed(0x5eed0004);
  Generator gen(seed);
  int failures = 0, growth_messages = 0;
  for (int i = 0; i < kCases; ++i) {
    json doc = gen.combined();
    // The same scenario as an audit of several learners.
    json team = doc;
    team.erase("learner");
    team["learners"] = json::array({doc["learner"]});
    for (int l = gen.uniform(1, 3); l > 0; --l) team["learners"].push_back(gen.learner("learner" + std::to_string(l)));
    json r1, r2;
    std::string a, b;
    if (!classify_into(doc, r1, a)) return;
    {
      json shuffled = doc;
      shuffle_arrays(shuffled, gen.rng());
      if (!classify_into(shuffled, r2, b)) return;
      CHECK_CASE(without_warnings(a) == without_warnings(b), "classify differs after shuffling\n" << a << "\n" << b << "\n" << shuffled.dump());
      CHECK_CASE(warning_messages(r1) == warning_messages(r2), "warnings differ after shuffling");
      if (i % 10 == 0) {
        const Outcome pa = classify_document(doc.dump(), true), pb = classify_document(shuffled.dump(), true);
        CHECK_CASE(pa.json.substr(0, pa.json.rfind("\"warnings\"")) == pb.json.substr(0, pb.json.rfind("\"warnings\"")),
                   "pretty classify differs after shuffling");
      }
      growth_messages += !r1["growth"].empty();

      const Outcome t1 = audit_document(team.dump());
      json team_shuffled = team;
      shuffle_arrays(team_shuffled, gen.rng());
      const Outcome t2 = audit_document(team_shuffled.dump());
      CHECK_CASE(t1.ok && t2.ok, "audit refused: " << t1.error.message << t2.error.message);
      CHECK_CASE(without_warnings(t1.json) == without_warnings(t2.json), "audit differs after shuffling\n" << t1.json << "\n" << t2.json);
      CHECK_CASE(warning_messages(json::parse(t1.json)) == warning_messages(json::parse(t2.json)), "audit warnings differ");
    }
  next_case:;
  }
  EXPECT_GT(growth_messages, kCases / 10);
}

TEST(Properties, AddingACourseChangesNoOtherCourse) {
  const std::uint32_t seed = base_seed(0x5eed0005);
  Generator gen(seed);
  int failures = 0, new_skill = 0;
  for (int i = 0; i < kCases; ++i) {
    const json doc = gen.combined();
    json r1, r2;
    std::string a, b;
    if (!classify_into(doc, r1, a)) return;
    {
      json grown = doc;
      json extra = gen.course("added");
      if (gen.chance(0.3)) {  // sometimes with a skill nothing else names
        extra["skills"].push_back({{"skill", "brand-new"}, {"level", 2}});
        ++new_skill;
      }
      json& courses = grown["catalog"]["courses"];
      courses.insert(courses.begin() + gen.uniform(0, static_cast<int>(courses.size())), extra);
      if (!classify_into(grown, r2, b)) return;
      std::map<std::string, std::string> after;
      for (const json& c : r2["courses"]) after[c["course"]] = c.dump();
      CHECK_CASE(after.count("added") == 1, "the added course is missing");
      for (const json& c : r1["courses"])
        CHECK_CASE(after[c["course"]] == c.dump(), "course " << c["course"] << " changed:\n" << c.dump() << "\n" << after[c["course"]]);
    }
  next_case:;
  }
  EXPECT_GT(new_skill, 0);
}

}  // namespace
}  // namespace sweetspot::test

namespace sweetspot::test {
namespace {

// Classifies six learners (every third without an agenda) on `stream`, loaded with `catalog`, and
// checks each against a fresh engine given that learner alone: the full JSON and the flags array.
// `min_courses`: when given, the scored courses must be more than that (the catalog spans them).
void expect_stream_is_each_alone(Engine& stream, Generator& gen, const json& catalog, std::uint32_t seed, int i,
                                 std::size_t min_courses = 0) {
  for (int k = 0; k < 6; ++k) {
    const json request = {{"learner", k % 3 == 2 ? json{{"id", "no-agenda"}} : gen.learner("l" + std::to_string(k))}};
    Engine alone;
    ASSERT_TRUE(alone.load(catalog.dump()).ok);
    const Outcome want = alone.classify(request.dump());
    const Outcome got = stream.classify(request.dump());
    ASSERT_EQ(got.ok, want.ok) << "seed " << seed << " case " << i;
    ASSERT_EQ(got.json, want.json) << "seed " << seed << " case " << i << " learner " << k;
    const Outcome compact = stream.classify_compact(request.dump());
    ASSERT_TRUE(compact.ok);
    if (min_courses > 0) {
      ASSERT_GT(stream.scored_count(), min_courses);
    }
    ASSERT_EQ(std::string(reinterpret_cast<const char*>(stream.flags()), stream.scored_count()),
              std::string(reinterpret_cast<const char*>(alone.flags()), alone.scored_count()));
  }
}

// One engine classifying a stream of learners (score_all rewrites only the courses the last learner
// and this one reach, and the cached results of the others depend on whether a learner has a
// personal agenda) gives, for each, the bytes a fresh engine gives for that learner alone.
TEST(Properties, AStreamOfLearnersOnOneEngineIsEachLearnerAlone) {
  const std::uint32_t seed = base_seed(0x5eed0007);
  Generator gen(seed);
  for (int i = 0; i < kCases / 4; ++i) {
    json doc = gen.combined();
    json catalog = doc;
    catalog.erase("learner");
    catalog.erase("asOf");
    Engine stream;
    if (!stream.load(catalog.dump()).ok) continue;
    expect_stream_is_each_alone(stream, gen, catalog, seed, i);
    if (HasFatalFailure()) return;
  }
}

// The same over catalogs of 65 to 200 courses, so that the courses a learner reaches (a bit set of
// 64 courses to a word) span several words and the last one is partial: each course of the
// generated catalog is repeated under new ids, so learners reach courses in every word.
TEST(Properties, AStreamOfLearnersOverSeveralWordsOfCoursesIsEachLearnerAlone) {
  const std::uint32_t seed = base_seed(0x5eed0008);
  Generator gen(seed);
  int checked = 0;
  for (int i = 0; i < kCases / 8; ++i) {
    json doc = gen.combined();
    json catalog = doc;
    catalog.erase("learner");
    catalog.erase("asOf");
    const json courses = catalog["catalog"]["courses"];
    if (courses.empty()) continue;
    const int copies = 65 / static_cast<int>(courses.size()) + 1 + i % 20;
    for (int k = 1; k < copies; ++k)
      for (json c : courses) {
        c["id"] = c["id"].get<std::string>() + "-" + std::to_string(k);
        catalog["catalog"]["courses"].push_back(c);
      }
    Engine stream;
    if (!stream.load(catalog.dump()).ok) continue;
    ++checked;
    expect_stream_is_each_alone(stream, gen, catalog, seed, i, 64);
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(checked, kCases / 16);
}

}  // namespace
}  // namespace sweetspot::test
