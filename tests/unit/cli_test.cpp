// The command-line tool, run as a process: exit status 0 (ok), 1 (invalid input, the error with its
// JSON path on stderr), 2 (usage).
#include <fstream>

#include "cli_runner.h"

namespace sweetspot::test {
namespace {

const char* kValid = R"({"organization": {"priorities": [{"skill": "a", "weight": 1}]},
  "catalog": {"courses": [{"id": "ca", "title": "Course A", "skills": [{"skill": "a", "level": 2}]}]},
  "learner": {"id": "l", "interests": [{"skill": "a", "strength": 1}]}})";

TEST(Cli, ClassifyPrintsTheJsonAndExitsZero) {
  const std::string file = write_temp("valid.json", kValid);
  const CliRun run = run_cli("classify '" + file + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, classify_document(kValid).json + "\n");
  const CliRun pretty = run_cli("classify '" + file + "' --pretty");
  EXPECT_EQ(pretty.status, 0);
  EXPECT_EQ(pretty.out, classify_document(kValid, true).json + "\n");
  std::remove(file.c_str());
}

TEST(Cli, ReadsStandardInputAndPrintsTables) {
  const std::string valid = kValid;
  const CliRun run = run_cli("classify -", &valid);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(json::parse(run.out)["summary"]["sweet_spot"], 1);
  const CliRun table = run_cli("classify - --format table", &valid);
  EXPECT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("Course A"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Sweet Spot"), std::string::npos) << table.out;
  EXPECT_FALSE(json::accept(table.out));
  const CliRun validated = run_cli("validate --format=json -", &valid);
  EXPECT_EQ(validated.status, 0);
  EXPECT_EQ(json::parse(validated.out)["valid"], true);
}

TEST(Cli, InvalidInputExitsOneWithThePathOnStderr) {
  json doc = json::parse(kValid);
  doc["catalog"]["courses"][0]["skills"][0]["level"] = 7;
  const std::string file = write_temp("invalid.json", doc.dump());
  const CliRun run = run_cli("classify '" + file + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "sweetspot: invalid input: /catalog/courses/0/skills/0/level: expected integer level 1..5, found number 7\n");
  EXPECT_EQ(run_cli("validate '" + file + "'").status, 1);
  const std::string syntax = "{\"learner\": [1, 2,]}";
  const CliRun broken = run_cli("audit -", &syntax);
  EXPECT_EQ(broken.status, 1);
  EXPECT_NE(broken.err.find("/learner/2: expected valid JSON"), std::string::npos) << broken.err;
  std::remove(file.c_str());
}

TEST(Cli, UsageErrorsExitTwo) {
  const std::string file = write_temp("usage.json", kValid);
  struct Case { std::string args, message; };
  for (const Case& c : std::vector<Case>{{"", "usage:"},
                                         {"rank '" + file + "'", "unknown command rank"},
                                         {"classify", "missing FILE"},
                                         {"classify '" + file + "' --color", "unknown option --color"},
                                         {"classify '" + file + "' --format xml", "--format must be json or table"},
                                         {"classify '" + file + "' --format", "--format needs a value"},
                                         {"classify '" + file + "' extra", "unexpected argument extra"},
                                         {"classify '" + file + ".missing'", "cannot read"}}) {
    expect_usage_error(c.args, c.message);
  }
  const CliRun help = run_cli("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("usage: sweetspot"), std::string::npos);
  std::remove(file.c_str());
}

}  // namespace
}  // namespace sweetspot::test
