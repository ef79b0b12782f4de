// `sweetspot import`, run as a process: the document on stdout, the summary on stderr, exit status
// 0 (ok), 1 (invalid input, the file:line:column on stderr), 2 (usage, unreadable file).
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "sweetspot/import.h"
#include "cli_runner.h"

namespace sweetspot::test {
namespace {

const std::string kData = SWEETSPOT_IMPORT_DATA_DIR;

CliRun run_import(const std::string& args) { return run_cli("import " + args); }

TEST(ImportCli, EscoDirectoryPrintsTheDocumentAndASummary) {
  const CliRun run = run_import("esco '" + kData + "/esco'");
  ASSERT_EQ(run.status, 0) << run.err;
  const json doc = json::parse(run.out);
  EXPECT_EQ(doc["taxonomy"]["skills"].size(), 40u);
  EXPECT_EQ(doc["organization"]["roles"].size(), 3u);
  EXPECT_NE(run.err.find("40 skills, 21 broaderLinks, 3 roles, 13 requirements"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("warning: " + kData + "/esco/occupations_en.csv:23:12"), std::string::npos) << run.err;
}

TEST(ImportCli, SameOutputAsTheApi) {
  const std::string skills = read_file(kData + "/esco/skills_en.csv");
  EscoFiles files;
  files.skills = {"skills_en.csv", skills};
  EscoOptions options;
  options.common.ids = IdStyle::slug;
  options.common.pretty = true;
  const CliRun run = run_import("esco --ids slug --pretty --format json '" + kData + "/esco/skills_en.csv'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, import_esco(files, options).json + "\n");
}

TEST(ImportCli, OnetWithOptions) {
  // The directory brings Technology Skills.txt too: 5 hot technologies under 2 commodity titles.
  const CliRun run = run_import("onet --min-importance 2.5 --keep-suppressed --technology-level 2 '" + kData + "/onet'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("24 skills, 19 broaderLinks, 5 roles, 34 requirements"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("5 technologies, 2 commodities, 5 technologiesNotHot"), std::string::npos) << run.err;
  EXPECT_EQ(json::parse(run.out)["organization"]["roles"][0]["skills"].back()["level"], 2);
}

TEST(ImportCli, OnetFromTheRatingsAndTechnologyFilesAlone) {
  const CliRun run = run_import("onet '" + kData + "/onet/Skills.txt' '" + kData + "/onet/Technology Skills.txt'");
  ASSERT_EQ(run.status, 0) << run.err;
  const json doc = json::parse(run.out);
  ASSERT_EQ(doc["organization"]["roles"].size(), 5u);
  EXPECT_EQ(doc["organization"]["roles"][0]["title"], "General and Operations Managers");  // from the Title column
  EXPECT_EQ(run_import("onet --technology-level x '" + kData + "/onet'").status, 2);
}

TEST(ImportCli, CaseAndCsv) {
  const CliRun case_run = run_import("case '" + kData + "/case/data-literacy.json'");
  ASSERT_EQ(case_run.status, 0) << case_run.err;
  EXPECT_EQ(json::parse(case_run.out)["taxonomy"]["skills"].size(), 10u);

  const std::string taxonomy = write_temp("taxonomy.csv", "id,label\npy,Python\n");
  const std::string roles = write_temp("roles.csv", "role,skill,level\ndev,py,4\n");
  const CliRun csv = run_import("csv --scale 1-5 '" + roles + "' '" + taxonomy + "'");  // told apart by their headers
  ASSERT_EQ(csv.status, 0) << csv.err;
  const json doc = json::parse(csv.out);
  EXPECT_EQ(doc["taxonomy"]["skills"][0]["id"], "py");
  EXPECT_EQ(doc["organization"]["roles"][0]["skills"][0]["level"], 4);
  std::remove(taxonomy.c_str());
  std::remove(roles.c_str());
}

TEST(ImportCli, InvalidInputExitsOneWithTheLocation) {
  const std::string dir = temp_path("esco");  // the file must keep its ESCO name
  ASSERT_EQ(::mkdir(dir.c_str(), 0700), 0);
  const std::string bad = dir + "/skills_en.csv";
  std::ofstream(bad, std::ios::binary) << "conceptUri,preferredLabel\r\nx,\"never closed\r\n";
  const CliRun run = run_import("esco '" + dir + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("sweetspot: invalid input: " + bad + ":2:3: expected a closing quote"), std::string::npos) << run.err;
  std::remove(bad.c_str());
  ::rmdir(dir.c_str());
}

TEST(ImportCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_import("").status, 2);
  EXPECT_EQ(run_import("xml f").status, 2);
  EXPECT_EQ(run_import("esco").status, 2);
  EXPECT_EQ(run_import("esco /nonexistent/skills_en.csv").status, 2);
  EXPECT_EQ(run_import("esco '" + kData + "/case/data-literacy.json'").status, 2);  // not an ESCO file name
  EXPECT_EQ(run_import("esco --essential-level x '" + kData + "/esco'").status, 2);
  EXPECT_EQ(run_import("esco --format table '" + kData + "/esco'").status, 2);
  const CliRun help = run_import("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("usage: sweetspot import"), std::string::npos);
}

}  // namespace
}  // namespace sweetspot::test
