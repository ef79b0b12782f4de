// O*NET importer on a byte-faithful subset of the 29.2 text files (tests/data/onet): importance cut,
// LV 0–7 onto 0–5, Not Relevant and Recommend Suppress rows, occupations without ratings, the
// content-model hierarchy, titles from the ratings files alone, hot technologies.
#include <string>
#include <vector>

#include "sweetspot/import.h"
#include "import_support.h"

namespace sweetspot::test {
namespace {

const std::string kDir = std::string(SWEETSPOT_IMPORT_DATA_DIR) + "/onet/";

struct OnetData {
  std::string occupations = read_file(kDir + "Occupation Data.txt");
  std::string skills = read_file(kDir + "Skills.txt");
  std::string knowledge = read_file(kDir + "Knowledge.txt");
  std::string content_model = read_file(kDir + "Content Model Reference.txt");
  std::string technology = read_file(kDir + "Technology Skills.txt");

  OnetFiles files() const {
    return {{"Occupation Data.txt", occupations}, {"Skills.txt", skills}, {"Knowledge.txt", knowledge},
            {"Content Model Reference.txt", content_model}, {}};
  }
};

const OnetData& data() {
  static const OnetData d;
  return d;
}

json role(const json& doc, const std::string& id) { return entry_where(doc["organization"]["roles"], "id", id); }

json skills_of(const json& doc, const std::string& role_id) {
  json out = json::object();
  const json r = role(doc, role_id);
  for (const json& q : r["skills"]) out[q["skill"].get<std::string>()] = q["level"];
  return out;
}

TEST(ImportOnet, RealSubsetCounts) {
  const ImportOutcome out = import_onet(data().files());
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "skills"), 17);  // 8 rated elements and 9 ancestors
  EXPECT_EQ(count(out, "broaderLinks"), 14);
  EXPECT_EQ(count(out, "roles"), 5);
  EXPECT_EQ(count(out, "requirements"), 10);
  EXPECT_EQ(count(out, "ratings"), 24);  // occupation × element pairs
  EXPECT_EQ(count(out, "belowImportance"), 13);
  EXPECT_EQ(count(out, "suppressed"), 1);
  EXPECT_EQ(count(out, "occupationsWithoutRatings"), 2);
  EXPECT_EQ(count(out, "warnings"), 3);
  EXPECT_EQ(validate(json::parse(out.json))["warnings"], json::array());
}

TEST(ImportOnet, LevelsAreLvOnZeroToSevenMappedOntoZeroToFive) {
  const json doc = json::parse(import_onet(data().files()).json);
  // LV 4 -> 2.86 -> 3; 3.88 -> 2.77 -> 3; 4.38 -> 3.13 -> 3. The rest has IM < 3.
  EXPECT_EQ(skills_of(doc, "11-1021.00"), (json{{"2.A.1.a", 3}, {"2.A.2.a", 3}, {"2.C.1.a", 3}}));
  // LV 6.58 -> 4.7 -> 5.
  EXPECT_EQ(skills_of(doc, "15-1231.00"), (json{{"2.A.1.a", 3}, {"2.A.2.a", 3}, {"2.C.1.a", 3}, {"2.C.3.a", 5}}));
  // 2.A.1.e has IM 3 but its LV is marked Recommend Suppress: left out. LV 5.63 -> 4.02 -> 4.
  EXPECT_EQ(skills_of(doc, "15-1299.02"), (json{{"2.A.1.a", 3}, {"2.A.2.a", 3}, {"2.C.3.a", 4}}));
  EXPECT_EQ(role(doc, "15-1299.02")["title"], "Geographic Information Systems Technologists and Technicians");
}

TEST(ImportOnet, OccupationsWithoutRatingsAreKeptAndReported) {
  const ImportOutcome out = import_onet(data().files());
  const json doc = json::parse(out.json);
  EXPECT_EQ(role(doc, "15-1252.00")["title"], "Software Developers");
  EXPECT_TRUE(role(doc, "15-1252.00")["skills"].empty());
  std::vector<std::string> paths;
  for (const Warning& w : out.warnings) paths.push_back(w.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"Skills.txt:24:1", "Occupation Data.txt:4:1", "Occupation Data.txt:6:1"}));
  EXPECT_NE(out.warnings[1].message.find("Software Developers"), std::string::npos);
}

TEST(ImportOnet, HierarchyFromElementIdsBelowTheContentModelRoot) {
  const json doc = json::parse(import_onet(data().files()).json);
  json broader = json::object();
  for (const json& s : doc["taxonomy"]["skills"]) broader[s["id"].get<std::string>()] = s.value("broader", json::array());
  EXPECT_EQ(broader["2.A.1.a"], json{"2.A.1"});
  EXPECT_EQ(broader["2.A.1"], json{"2.A"});
  EXPECT_EQ(broader["2.A"], json::array());  // a root: "2" (Worker Requirements) is not a skill
  EXPECT_EQ(broader["2.C.3.a"], json{"2.C.3"});
  EXPECT_FALSE(broader.contains("2"));
  EXPECT_EQ(doc["taxonomy"]["skills"][0], (json{{"id", "2.A"}, {"label", "Basic Skills"}}));
}

TEST(ImportOnet, ImportanceCutAndSuppressedRatingsAreOptions) {
  OnetOptions options;
  options.min_importance = 2.5;
  const ImportOutcome lower = import_onet(data().files(), options);
  ASSERT_TRUE(lower.ok);
  EXPECT_EQ(count(lower, "requirements"), 14);
  EXPECT_EQ(count(lower, "suppressed"), 2);
  EXPECT_EQ(skills_of(json::parse(lower.json), "11-1021.00")["2.C.3.a"], 2);  // IM 2.67, LV 3 -> 2.14

  options.min_importance = 1;
  const ImportOutcome all = import_onet(data().files(), options);
  EXPECT_EQ(count(all, "belowImportance"), 0);
  EXPECT_EQ(count(all, "notRelevant"), 5);
  EXPECT_EQ(count(all, "levelZero"), 1);  // 11-1021.00 × Programming: LV 0.62 -> 0.44

  OnetOptions keep;
  keep.keep_suppressed = true;
  const ImportOutcome kept = import_onet(data().files(), keep);
  EXPECT_EQ(count(kept, "requirements"), 11);
  EXPECT_EQ(skills_of(json::parse(kept.json), "15-1299.02")["2.A.1.e"], 2);  // LV 3.25 -> 2.32

  OnetOptions bad;
  bad.min_importance = 0.5;
  EXPECT_EQ(import_onet(data().files(), bad).error.path, "minImportance");
}

TEST(ImportOnet, WithoutTheContentModelTheTaxonomyIsFlat) {
  OnetFiles files = data().files();
  files.content_model = {};
  const ImportOutcome out = import_onet(files);
  ASSERT_TRUE(out.ok);
  EXPECT_EQ(count(out, "skills"), 8);
  EXPECT_EQ(count(out, "broaderLinks"), 0);
  EXPECT_EQ(json::parse(out.json)["taxonomy"]["skills"][0]["label"], "Reading Comprehension");
}

TEST(ImportOnet, SlugIds) {
  OnetOptions options;
  options.common.ids = IdStyle::slug;
  const json doc = json::parse(import_onet(data().files(), options).json);
  EXPECT_EQ(skills_of(doc, "onet-computer-network-support-specialists")["onet-computers-and-electronics"], 5);
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportOnet, BadRatingIsAnErrorAtItsField) {
  const std::string skills =
      "O*NET-SOC Code\tElement ID\tScale ID\tData Value\n"
      "11-1021.00\t2.A.1.a\tIM\t4\n"
      "11-1021.00\t2.A.1.a\tLV\t7.5\n";
  const ImportOutcome out = import_onet({{"Occupation Data.txt", data().occupations}, {"Skills.txt", skills}, {}, {}, {}});
  ASSERT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "Skills.txt:3:23");
  EXPECT_EQ(out.error.expected, "level 0..7");
}

TEST(ImportOnet, HalfRatedPairsAndUnknownOccupationsAreWarnings) {
  const std::string skills =
      "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tData Value\n"
      "99-9999.00\tTest Pilots\t2.A.1.a\tReading Comprehension\tIM\t4\n"
      "99-9999.00\tTest Pilots\t2.A.1.a\tReading Comprehension\tLV\t7\n"
      "99-9999.00\tTest Pilots\t2.A.1.e\tMathematics\tIM\t5\n";
  const ImportOutcome out = import_onet({{"Occupation Data.txt", "O*NET-SOC Code\tTitle\n"}, {"Skills.txt", skills}, {}, {}, {}});
  ASSERT_TRUE(out.ok) << out.error.message;
  ASSERT_EQ(out.warnings.size(), 2u);
  EXPECT_EQ(out.warnings[0].path, "Skills.txt:2:1");  // not in Occupation Data: title from here
  EXPECT_NE(out.warnings[1].message.find("only its importance"), std::string::npos);
  const json doc = json::parse(out.json);
  EXPECT_EQ(role(doc, "99-9999.00")["title"], "Test Pilots");
  EXPECT_EQ(skills_of(doc, "99-9999.00"), (json{{"2.A.1.a", 5}}));
}

TEST(ImportOnet, RequiredFiles) {
  EXPECT_EQ(import_onet({}).error.path, "Skills.txt");
  EXPECT_EQ(import_onet({{"Occupation Data.txt", data().occupations}, {}, {}, {}, {}}).error.path, "Skills.txt");
}

TEST(ImportOnet, TheRatingsFilesAloneGiveOccupationsAndTheirTitles) {
  const ImportOutcome out = import_onet({{}, {"Skills.txt", data().skills}, {"Knowledge.txt", data().knowledge}, {}, {}});
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "roles"), 3);  // the rated ones: Occupation Data's two unrated ones are unknown here
  EXPECT_EQ(count(out, "requirements"), 10);
  const json doc = json::parse(out.json);
  EXPECT_EQ(role(doc, "11-1021.00")["title"], "General and Operations Managers");
  EXPECT_EQ(role(doc, "15-1299.02")["title"], "Geographic Information Systems Technologists and Technicians");
  EXPECT_EQ(skills_of(doc, "15-1231.00"), (json{{"2.A.1.a", 3}, {"2.A.2.a", 3}, {"2.C.1.a", 3}, {"2.C.3.a", 5}}));
  ASSERT_EQ(out.warnings.size(), 1u);  // the suppressed rating; no "not in Occupation Data" for every occupation
  EXPECT_NE(out.warnings[0].message.find("Recommend Suppress"), std::string::npos);
  // Knowledge.txt alone is enough too.
  const ImportOutcome knowledge = import_onet({{}, {}, {"Knowledge.txt", data().knowledge}, {}, {}});
  ASSERT_TRUE(knowledge.ok) << knowledge.error.message;
  EXPECT_EQ(count(knowledge, "skills"), 3);
}

TEST(ImportOnet, HotTechnologiesAreSkillsUnderTheirCommodityTitles) {
  OnetFiles files = data().files();
  files.technology = {"Technology Skills.txt", data().technology};
  const ImportOutcome out = import_onet(files);
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "technologies"), 5);  // Python, R, Linux, Microsoft Windows, Apple macOS
  EXPECT_EQ(count(out, "commodities"), 2);
  EXPECT_EQ(count(out, "technologiesNotHot"), 5);  // Oracle Solaris ×3, Ubuntu ×2
  EXPECT_EQ(count(out, "skills"), 17 + 2 + 5);
  EXPECT_EQ(count(out, "requirements"), 10 + 18);
  const json doc = json::parse(out.json);
  json skills = json::object();
  for (const json& s : doc["taxonomy"]["skills"]) skills[s["id"].get<std::string>()] = s;
  EXPECT_EQ(skills["tech:Python"], (json{{"id", "tech:Python"}, {"label", "Python"}, {"broader", {"43232405"}}}));
  EXPECT_EQ(skills["43233004"]["label"], "Operating system software");
  EXPECT_FALSE(skills.contains("tech:Ubuntu"));
  // Software Developers and Data Scientists have no ratings in 29.2 but do list hot technologies.
  EXPECT_EQ(skills_of(doc, "15-2051.00"), (json{{"tech:Linux", 3}, {"tech:Python", 3}, {"tech:R", 3}}));
  EXPECT_EQ(count(out, "occupationsWithoutRatings"), 2);
  EXPECT_EQ(count(out, "warnings"), 1);  // only the suppressed rating: no occupation is left without skills
  EXPECT_EQ(validate(doc)["warnings"], json::array());

  OnetOptions options;
  options.technology_level = 2;
  EXPECT_EQ(skills_of(json::parse(import_onet(files, options).json), "15-2051.00")["tech:R"], 2);
  options.technology_level = 0;  // the taxonomy only
  const ImportOutcome taxonomy_only = import_onet(files, options);
  EXPECT_EQ(count(taxonomy_only, "requirements"), 10);
  EXPECT_EQ(count(taxonomy_only, "technologies"), 5);
  options.technology_level = 6;
  EXPECT_EQ(import_onet(files, options).error.path, "technologyLevel");
}

TEST(ImportOnet, TechnologySkillsAloneAndSlugIds) {
  OnetOptions options;
  options.common.ids = IdStyle::slug;
  OnetFiles files;
  files.technology = {"Technology Skills.txt", data().technology};
  const ImportOutcome out = import_onet(files, options);
  ASSERT_TRUE(out.ok) << out.error.message;
  EXPECT_EQ(count(out, "roles"), 5);
  const json doc = json::parse(out.json);
  EXPECT_EQ(skills_of(doc, "onet-data-scientists"), (json{{"onet-linux", 3}, {"onet-python", 3}, {"onet-r", 3}}));
  EXPECT_EQ(validate(doc)["valid"], true);
}

TEST(ImportOnet, TechnologyFileIsSortedByItsName) {
  OnetFiles files;
  std::string problem;
  ASSERT_TRUE(sort_onet_files({{"x/Technology Skills.txt", "a"}, {"technology_skills.txt.bak", ""}}, files, problem) == false);
  EXPECT_NE(problem.find("two files for the same part"), std::string::npos);
  files = {};
  ASSERT_TRUE(sort_onet_files({{"x/Technology Skills.txt", "a"}, {"Skills.txt", "b"}}, files, problem)) << problem;
  EXPECT_EQ(files.technology.name, "x/Technology Skills.txt");
  EXPECT_EQ(files.skills.name, "Skills.txt");
}

}  // namespace
}  // namespace sweetspot::test
