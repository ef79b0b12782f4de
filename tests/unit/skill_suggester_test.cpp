// Skill suggestions (suggest_document): matches stay inside one tag, sentence or list item; a
// label beats an alias and a narrow skill its broader one at the same phrase; one-word generic
// aliases and acronyms are weak or case-bound; the admin's rejected aliases hold; every suggestion
// says why; and on the labelled set (tests/data/suggest-eval) the default threshold keeps its
// stated precision.
#include <set>
#include <string>
#include <vector>

#include <cstdio>

#include "cli_runner.h"
#include "suggest/skill_suggester.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

json skill(const std::string& id, const std::string& label, std::vector<std::string> aliases = {}, std::vector<std::string> broader = {}) {
  json s{{"id", id}, {"label", label}};
  if (!aliases.empty()) s["aliases"] = aliases;
  if (!broader.empty()) s["broader"] = broader;
  return s;
}

// A taxonomy shaped like ESCO's: lower-case labels, generic one-word aliases, shared aliases.
json taxonomy() {
  return {{"skills",
           {skill("data-mining", "data mining"), skill("big-data", "big data"), skill("mining-eng", "mining engineering"),
            skill("cs", "computer science"), skill("control-eng", "control engineering"),
            skill("counsel", "counsel students", {"support students"}), skill("creative", "think creatively", {"design"}),
            skill("electronics", "electronics"), skill("consumer-el", "consumer electronics", {"electronics"}),
            skill("programming", "computer programming", {"python coding"}),
            skill("python", "Python", {"python coding"}, {"programming"}), skill("re", "reverse engineering", {"RE"}),
            skill("angular", "Angular"), skill("ml", "machine learning", {"ML", "statistical learning"}),
            skill("math", "mathematics"), skill("problem-solving", "problem-solving")}}};
}

json suggest(json request, bool expect_ok = true) {
  if (!request.contains("taxonomy")) request["taxonomy"] = taxonomy();
  const Outcome out = suggest_document(request.dump());
  EXPECT_EQ(out.ok, expect_ok) << out.error.message;
  return out.ok ? json::parse(out.json) : json{{"error", out.error.path}};
}

std::set<std::string> skills_of(const json& suggestions) {
  std::set<std::string> out;
  for (const json& s : suggestions) out.insert(s["skill"].get<std::string>());
  return out;
}

std::set<std::string> all_skills(const json& course_fields) {
  json request = course_fields;
  request["minConfidence"] = 0;
  return skills_of(suggest(request)["suggestions"]);
}

TEST(SkillSuggester, NeverMatchesAcrossTwoTags) {
  // The case: "data mining" from "Big Data" + "Mining Engineering".
  EXPECT_EQ(all_skills({{"tags", {"Big Data", "Mining Engineering"}}}), (std::set<std::string>{"big-data", "mining-eng"}));
  EXPECT_EQ(all_skills({{"tags", {"Data Mining"}}}), (std::set<std::string>{"data-mining"}));
}

TEST(SkillSuggester, NeverMatchesAcrossSentencesOrListPunctuation) {
  EXPECT_EQ(all_skills({{"title", "Computer. Science of stuff"}}), std::set<std::string>{});
  EXPECT_EQ(all_skills({{"title", "Control, Engineering"}}), std::set<std::string>{});
  EXPECT_EQ(all_skills({{"summary", "We offer support. Students then leave."}}), std::set<std::string>{});
  EXPECT_EQ(all_skills({{"summary", "Data; Mining (Big) Data / Mining | Data: Mining"}}), std::set<std::string>{});
  EXPECT_EQ(all_skills({{"summary", "Gaoming Studio - Data \u2013 Mining \u201cComputer\u201d Science"}}), std::set<std::string>{});
  // Block HTML elements separate too; inline ones do not.
  EXPECT_EQ(all_skills({{"summary", "<ul><li>Data</li><li>Mining</li></ul><p>Computer</p><p>Science</p>"}}), std::set<std::string>{});
  EXPECT_EQ(all_skills({{"summary", "<p>Intro to <b>data</b> <i>mining</i></p>"}}), (std::set<std::string>{"data-mining"}));
  // Hyphens inside words, '&' and apostrophes join words of one segment.
  EXPECT_EQ(all_skills({{"summary", "Problem solving, computer's science & data-mining"}}),
            (std::set<std::string>{"problem-solving", "data-mining"}));
  // Offsets and text are one field's contiguous words.
  const json one = suggest({{"title", "Intro: Data Mining, fast"}})["suggestions"][0]["matches"][0];
  EXPECT_EQ(one["text"], "Data Mining");
  EXPECT_EQ(one["start"], 7);
  EXPECT_EQ(one["end"], 18);
}

TEST(SkillSuggester, TheLabelsOwnerAndTheNarrowestSkillWinAPhrase) {
  // "electronics" is the skill electronics, not consumer electronics (which only has it as an alias).
  EXPECT_EQ(all_skills({{"title", "Electronics"}}), (std::set<std::string>{"electronics"}));
  // Two skills share the alias "python coding": Python is narrower than computer programming.
  EXPECT_EQ(all_skills({{"title", "Python coding for all"}}), (std::set<std::string>{"python"}));
}

TEST(SkillSuggester, OneGenericWordAloneStaysBelowTheDefaultThreshold) {
  // "design" is an alias of think creatively: found, but weak, and not suggested by default.
  EXPECT_EQ(all_skills({{"title", "Design of Bridges"}}), (std::set<std::string>{"creative"}));
  EXPECT_EQ(suggest({{"title", "Design of Bridges"}})["suggestions"], json::array());
  // A several-word label in a title is strong evidence.
  const json strong = suggest({{"title", "Introduction to Machine Learning"}})["suggestions"];
  ASSERT_EQ(strong.size(), 1u);
  EXPECT_GE(units(strong[0]["confidence"]), kDefaultMinConfidence);
  EXPECT_GT(units(strong[0]["confidence"]), units(suggest({{"summary", "Some machine learning."}, {"minConfidence", 0}})["suggestions"][0]["confidence"]))
      << "a title match outweighs a summary match";
}

TEST(SkillSuggester, AcronymsAndNamesMatchOnlyAsWritten) {
  EXPECT_EQ(all_skills({{"summary", "How race, class and re-entry shape it"}}), std::set<std::string>{});  // not "RE"
  EXPECT_EQ(all_skills({{"summary", "RE tools for binaries"}}), (std::set<std::string>{"re"}));
  EXPECT_EQ(all_skills({{"summary", "the angular filtering of antennas"}}), std::set<std::string>{});  // not "Angular"
  EXPECT_EQ(all_skills({{"summary", "web apps in Angular"}}), (std::set<std::string>{"angular"}));
  EXPECT_EQ(all_skills({{"summary", "an ML course"}}), (std::set<std::string>{"ml"}));
}

TEST(SkillSuggester, RejectedAliasesAreNeverSuggestedFrom) {
  const json course{{"title", "Statistical Learning and Design"}, {"tags", {"ML"}}, {"minConfidence", 0}};
  json request = course;
  request["rejectedAliases"] = {"design", {{"term", "ml"}, {"skill", "ml"}}};
  const json out = suggest(request);
  const json& list = out["suggestions"];
  EXPECT_EQ(skills_of(list), (std::set<std::string>{"ml"}));  // still found from "statistical learning"
  for (const json& m : list[0]["matches"]) EXPECT_NE(m["term"], "ML");
  request["rejectedAliases"] = {"Statistical learning", "design", "ML"};  // compared as matching compares: case, plurals
  EXPECT_EQ(suggest(request)["suggestions"], json::array());
  request["rejectedAliases"] = {"unknown phrase", {{"term", "design"}, {"skill", "someone-else"}}};
  EXPECT_EQ(skills_of(suggest(request)["suggestions"]), (std::set<std::string>{"ml", "creative"}));

  request["rejectedAliases"] = {"design", 7};
  EXPECT_EQ(suggest(request, false)["error"], "/rejectedAliases/1");
  request["rejectedAliases"] = {{{"skill", "ml"}}};
  EXPECT_EQ(suggest(request, false)["error"], "/rejectedAliases/0/term");
  request["rejectedAliases"] = "design";
  EXPECT_EQ(suggest(request, false)["error"], "/rejectedAliases");
}

TEST(SkillSuggester, EachSuggestionSaysWhy) {
  const json out = suggest({{"courses", {{{"id", "c1"}, {"title", "Machine Learning"}, {"tags", {"Maths", "ML"}}}}}});
  const json& s = out["courses"][0]["suggestions"][0];
  EXPECT_EQ(s["skill"], "ml");
  EXPECT_EQ(s["why"], "the title has \u201cMachine Learning\u201d (label \u201cmachine learning\u201d); tag 2 has \u201cML\u201d (alias \u201cML\u201d)");
  const json& tag = s["matches"][1];
  EXPECT_EQ(tag, (json{{"field", "tags"}, {"tag", 1}, {"start", 0}, {"end", 2}, {"text", "ML"}, {"kind", "alias"}, {"term", "ML"}}));
}

TEST(SkillSuggester, APhraseInMuchOfTheCatalogCountsLess) {
  // 30 courses tagged Mathematics, or only one of 30: the same course's confidence differs.
  json common = json::array(), rare = json::array();
  for (int i = 0; i < 30; ++i) {
    common.push_back({{"id", std::to_string(i)}, {"tags", {"Mathematics"}}});
    rare.push_back({{"id", std::to_string(i)}, {"tags", {i == 0 ? "Mathematics" : "Poetry"}}});
  }
  const int in_common = units(suggest({{"courses", common}, {"minConfidence", 0}})["courses"][0]["suggestions"][0]["confidence"]);
  const int in_rare = units(suggest({{"courses", rare}, {"minConfidence", 0}})["courses"][0]["suggestions"][0]["confidence"]);
  EXPECT_LT(in_common, in_rare);
  // Fewer than kMinCatalogCourses courses say nothing about the catalog: one course alone scores as in the rare case.
  EXPECT_EQ(units(suggest({{"tags", {"Mathematics"}}, {"minConfidence", 0}})["suggestions"][0]["confidence"]), in_rare);
}

TEST(SkillSuggester, ATermInsideALongerTagCountsLessThanAWholeTag) {
  // "Applied Mathematics" names a narrower topic than the skill mathematics; a tag "Mathematics" names it.
  const auto confidence = [](const char* tag) {
    const json s = suggest({{"tags", {tag}}, {"minConfidence", 0}})["suggestions"];
    EXPECT_EQ(skills_of(s), (std::set<std::string>{"math"})) << tag;
    return s.empty() ? -1 : units(s[0]["confidence"]);
  };
  const int whole = confidence("Mathematics"), inner = confidence("Applied Mathematics");
  EXPECT_LT(inner, whole);
  EXPECT_LT(inner, kDefaultMinConfidence) << "a broad term only inside a narrower tag is not suggested by default";
  // The tag's whole words are what counts, not its letters: "Mathematics!" is still the whole tag.
  EXPECT_EQ(confidence("Mathematics!"), whole);
}

TEST(SkillSuggester, TheCliShowsWhyAndReadsTheSitesRejectedList) {
  json request{{"taxonomy", taxonomy()}, {"courses", {{{"id", "c1"}, {"title", "Design and Machine Learning"}}}}, {"minConfidence", 0}};
  const std::string file = write_temp("suggest.json", request.dump());
  const CliRun table = run_cli("suggest '" + file + "' --format table");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("machine learning"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("the title has \u201cDesign\u201d (alias \u201cdesign\u201d)"), std::string::npos) << table.out;

  const std::string list = write_temp("never.txt", "# never suggest from these\n\ndesign\nmachine learning\tother-skill\r\n");
  const CliRun rejected = run_cli("suggest '" + file + "' --rejected '" + list + "'");
  ASSERT_EQ(rejected.status, 0) << rejected.err;
  EXPECT_EQ(skills_of(json::parse(rejected.out)["courses"][0]["suggestions"]), (std::set<std::string>{"ml"}));
  EXPECT_EQ(run_cli("classify '" + file + "' --rejected '" + list + "'").status, 2);
  EXPECT_EQ(run_cli("suggest '" + file + "' --rejected /nonexistent/never.txt").status, 2);
  std::remove(file.c_str());
  std::remove(list.c_str());
}

// ---- the labelled set ----------------------------------------------------------------------------

struct Labelled {
  json result;  // every suggestion, any confidence
  std::vector<std::set<std::string>> accept, reject;
};

const Labelled& labelled() {
  static const Labelled l = [] {
    const std::string dir = std::string(SWEETSPOT_IMPORT_DATA_DIR) + "/suggest-eval/";
    json request = json::parse(read_file(dir + "courses.json"));
    request["taxonomy"] = json::parse(read_file(dir + "esco-subset-taxonomy.json"));
    request["limit"] = 100;
    request["minConfidence"] = 0;
    Labelled out;
    out.result = suggest(request);
    for (const json& c : json::parse(read_file(dir + "labels.json"))) {
      out.accept.emplace_back();
      out.reject.emplace_back();
      for (const json& a : c["accept"]) out.accept.back().insert(a["skill"].get<std::string>());
      for (const json& r : c["reject"]) out.reject.back().insert(r["skill"].get<std::string>());
    }
    return out;
  }();
  return l;
}

struct Tally {
  int right = 0, wrong = 0, unjudged = 0, courses = 0;
  double precision() const { return right / static_cast<double>(std::max(1, right + wrong)); }
};

// The fixed halves scripts/measure-suggestions.mjs tunes on (dev) and reports on (test):
// FNV-1a of "split:" + the course's slug, even or odd.
bool in_dev_half(const std::string& slug) {
  std::uint32_t h = 0x811c9dc5u;
  for (const char c : "split:" + slug) h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
  return h % 2 == 0;
}

enum class Half { kAll, kDev, kTest };

// Suggestions with confidence in [lo, hi) units, on the courses of one half or all.
Tally tally(int lo, int hi, Half half = Half::kAll) {
  const Labelled& l = labelled();
  Tally t;
  const json& courses = l.result["courses"];
  for (std::size_t i = 0; i < courses.size(); ++i) {
    if (half != Half::kAll && in_dev_half(courses[i]["id"]) != (half == Half::kDev)) continue;
    bool any = false;
    for (const json& s : courses[i]["suggestions"]) {
      const int c = units(s["confidence"]);
      if (c < lo || c >= hi) continue;
      any = true;
      const std::string id = s["skill"];
      l.accept[i].count(id) ? ++t.right : l.reject[i].count(id) ? ++t.wrong : ++t.unjudged;
    }
    t.courses += any;
  }
  return t;
}

TEST(SkillSuggester, TheDefaultThresholdKeepsItsPrecisionOnTheLabelledSet) {
  ASSERT_EQ(labelled().result["courses"].size(), 200u);
  const Tally chosen = tally(kDefaultMinConfidence, 10001);
  EXPECT_EQ(chosen.unjudged, 0) << "every possible suggestion of the set was judged";
  EXPECT_GE(chosen.precision(), 0.8) << chosen.right << " right, " << chosen.wrong << " wrong";
  // Only 131 of the 200 courses have any skill of the demo subset an admin accepted (65.5 %).
  // Floors a little under today's 100 courses and 113 right ones: a change that costs more shows here.
  EXPECT_GE(chosen.courses, 95) << "courses with a suggestion at the default threshold";
  EXPECT_GE(chosen.right, 105);
  // The threshold was chosen by cross-validation; it holds on each fixed half of the set too.
  for (const Half half : {Half::kDev, Half::kTest}) {
    const Tally part = tally(kDefaultMinConfidence, 10001, half);
    EXPECT_GE(part.precision(), 0.8) << (half == Half::kDev ? "dev" : "test") << " half: " << part.right << " right, " << part.wrong << " wrong";
    EXPECT_GE(part.courses, 40);  // today 54 (dev) and 46 (test)
  }
}

TEST(SkillSuggester, ConfidenceIsCalibratedOnTheLabelledSet) {
  // Each band's observed precision is near what its confidences say, and bands are ordered.
  const Tally low = tally(0, 3000), middle = tally(3000, 7000), high = tally(7000, 10001);
  EXPECT_LT(low.precision(), 0.35) << low.right << "/" << low.right + low.wrong;
  EXPECT_GT(middle.precision(), 0.4);
  EXPECT_LT(middle.precision(), 0.8);
  EXPECT_GT(high.precision(), 0.8) << high.right << "/" << high.right + high.wrong;
}

}  // namespace
}  // namespace sweetspot::test
