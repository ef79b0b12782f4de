// `sweetspot audit`, run as a process: JSON, CSV (escaped against formula injection), the
// self-contained HTML report (every string escaped), the table, NDJSON learners, threads, the team
// filter, the progress bar and the usage errors.
#include <fstream>

#include "cli_runner.h"

namespace sweetspot::test {
namespace {

const char* kHostile = "<script>alert(\"x\")</script> & 'quotes' <img src=x onerror=alert(1)>";

// Two courses, one with a hostile title and one whose title starts like a spreadsheet formula.
json doc() {
  json d = json::parse(R"json({
    "organization": {"priorities": [{"skill": "a", "weight": 1}, {"skill": "gap", "weight": 0.5, "need": "future"}]},
    "catalog": {"courses": [
      {"id": "c1", "title": "placeholder", "skills": [{"skill": "a", "level": 2}]},
      {"id": "c2", "title": "=HYPERLINK(\"http://evil\",\"x\"), then more", "skills": [{"skill": "b", "level": 2}]},
      {"id": "c3", "title": "@SUM(1)", "skills": [{"skill": "b", "level": 3}]}]},
    "learners": [
      {"id": "ana", "team": "-red", "role": "+dev", "roleSince": "2020-01-01", "interests": [{"skill": "a", "strength": 1}]},
      {"id": "bo", "team": "blue", "roleSince": "2020-01-01", "interests": [{"skill": "b", "strength": 1}]},
      {"id": "cy", "team": "blue"}],
    "asOf": "2024-06-01"})json");
  d["catalog"]["courses"][0]["title"] = kHostile;
  d["learners"][2]["id"] = std::string("=cmd|' /C calc'!A0");
  return d;
}

TEST(AuditCli, JsonIsTheEnginesAuditOnAnyNumberOfThreads) {
  const std::string file = write_temp("doc.json", doc().dump());
  const CliRun one = run_cli("audit '" + file + "' --threads 1");
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(one.out, audit_document(doc().dump()).json + "\n");
  EXPECT_EQ(one.err, "") << "no progress bar when stderr is not a terminal";
  EXPECT_EQ(run_cli("audit '" + file + "' --threads=2").out, one.out);
  EXPECT_EQ(run_cli("audit --threads 3 '" + file + "' --pretty").out, audit_document(doc().dump(), true).json + "\n");
  std::remove(file.c_str());
}

TEST(AuditCli, CsvRowsPerCourseAndPerLearnerAreEscaped) {
  const std::string file = write_temp("doc.json", doc().dump());
  const std::string learners = temp_path("learners.csv");
  const CliRun run = run_cli("audit '" + file + "' --format csv --learners-csv '" + learners + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "course,title,sweet_spot,uphill,gift,waste,waste_for_most\r\n"
            "c1,\"<script>alert(\"\"x\"\")</script> & 'quotes' <img src=x onerror=alert(1)>\",1,2,0,0,false\r\n"
            "c2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), then more\",0,0,1,2,true\r\n"
            "c3,'@SUM(1),0,0,1,2,true\r\n");
  EXPECT_EQ(read_file(learners),
            "learner,team,role,years_in_role,stagnant,sweet_spot_completed,sweet_spot_available,no_personal_agenda,"
            "sweet_spot,uphill,gift,waste\r\n"
            "'=cmd|' /C calc'!A0,blue,,,false,0,0,true,0,1,0,2\r\n"
            "ana,'-red,'+dev,4,true,0,1,false,1,0,0,2\r\n"
            "bo,blue,,4,true,0,0,false,0,1,2,0\r\n");
  std::remove(learners.c_str());
  std::remove(file.c_str());
}

TEST(AuditCli, HtmlIsSelfContainedAndEscapesEveryString) {
  const std::string file = write_temp("doc.json", doc().dump());
  const CliRun run = run_cli("audit '" + file + "' --format html");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string& html = run.out;
  EXPECT_EQ(html.rfind("<!doctype html>", 0), 0u);
  EXPECT_EQ(html.find("<script"), std::string::npos) << "no script at all, and the hostile one is text";
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find(" src=\""), std::string::npos) << "nothing is loaded from anywhere";
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""), std::string::npos);
  // A stacked bar per course (and one for the overview, one per team), each named for screen readers.
  std::size_t bars = 0;
  for (std::size_t at = html.find("<svg class=\"bar\""); at != std::string::npos; at = html.find("<svg class=\"bar\"", at + 1)) ++bars;
  EXPECT_EQ(bars, 1u + 3u + 2u);
  EXPECT_NE(html.find("aria-label=\"=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;), then more: Sweet Spot 0, Uphill 0, Gift 1, Waste 2\""),
            std::string::npos);
  EXPECT_NE(html.find("<title>Uphill: 2</title>"), std::string::npos);
  EXPECT_NE(html.find("Coverage gaps"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">gap</th>"), std::string::npos) << "the priority nobody teaches";
  EXPECT_NE(html.find("2 of 3 learners have been two years or more"), std::string::npos);
  std::remove(file.c_str());
}

TEST(AuditCli, TableAndTeamFilter) {
  const std::string file = write_temp("doc.json", doc().dump());
  const CliRun table = run_cli("audit '" + file + "' --format table");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("3 learner(s) × 3 course(s) as of 2024-06-01"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("COURSE"), std::string::npos);
  const CliRun blue = run_cli("audit '" + file + "' --team blue");
  ASSERT_EQ(blue.status, 0) << blue.err;
  const json r = json::parse(blue.out);
  EXPECT_EQ(r["learners"], 2);
  EXPECT_EQ(r["teams"].size(), 1u);
  json c1 = json::parse(R"({"course":"c1","title":"","sweet_spot":0,"uphill":2,"gift":0,"waste":0})");
  c1["title"] = kHostile;
  EXPECT_EQ(r["courses"][0], c1);
  const CliRun html = run_cli("audit '" + file + "' --team '<b>blue</b>' --format html");
  EXPECT_EQ(html.status, 0);
  EXPECT_NE(html.out.find("team &lt;b&gt;blue&lt;/b&gt; · 0 learners"), std::string::npos);
  std::remove(file.c_str());
}

TEST(AuditCli, LearnersStreamFromNdjson) {
  json base = doc();
  std::string ndjson;
  for (const json& l : base["learners"]) ndjson += l.dump() + "\n\n";
  base.erase("learners");
  const std::string file = write_temp("base.json", base.dump());
  const std::string lines = write_temp("learners.ndjson", ndjson);
  const std::string whole = audit_document(doc().dump()).json + "\n";
  for (const char* threads : {"1", "2"}) {
    const CliRun run = run_cli("audit '" + file + "' --learners '" + lines + "' --threads " + threads);
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, whole);
  }
  const CliRun piped = run_cli("audit '" + file + "' --learners - --format csv", &ndjson);
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_NE(piped.out.find("c3,'@SUM(1),0,0,1,2,true"), std::string::npos);

  const std::string bad = write_temp("bad.ndjson", ndjson + "{\"id\": \"dee\", \"roleSince\": \"soon\"}\n");
  const CliRun invalid = run_cli("audit '" + file + "' --learners '" + bad + "'");
  EXPECT_EQ(invalid.status, 1);
  EXPECT_EQ(invalid.out, "");
  EXPECT_NE(invalid.err.find("sweetspot: invalid input: " + bad + ":7: /learners/3/roleSince: expected"), std::string::npos)
      << invalid.err;
  for (const std::string& f : {file, lines, bad}) std::remove(f.c_str());
}

TEST(AuditCli, ProgressGoesToStderrWhenAskedFor) {
  json d = doc();
  for (int i = 0; i < 40; ++i) d["learners"].push_back({{"id", "x" + std::to_string(i)}});
  const std::string file = write_temp("doc.json", d.dump());
  const CliRun run = run_cli("audit '" + file + "' --progress --threads 2");
  ASSERT_EQ(run.status, 0);
  EXPECT_NE(run.err.find("\rsweetspot audit: ["), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("100%  43 of 43 learners"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.back(), '\n');
  EXPECT_EQ(json::parse(run.out)["learners"], 43);
  EXPECT_EQ(run_cli("audit '" + file + "' --no-progress").err, "");
  std::remove(file.c_str());
}

TEST(AuditCli, UsageErrorsExitTwoAndHelpListsTheOptions) {
  const std::string file = write_temp("doc.json", doc().dump());
  struct Case { std::string args, message; };
  for (const Case& c : std::vector<Case>{{"audit", "missing FILE"},
                                         {"audit '" + file + "' --format xml", "--format must be json, csv, html or table"},
                                         {"audit '" + file + "' --threads 0", "--threads must be an integer 1..256"},
                                         {"audit '" + file + "' --threads", "--threads needs a value"},
                                         {"audit '" + file + "' --colour", "unknown option --colour"},
                                         {"audit '" + file + "' more", "unexpected argument more"},
                                         {"audit - --learners -", "cannot both be standard input"},
                                         {"audit '" + file + "' --learners /nonexistent.ndjson", "cannot read /nonexistent.ndjson"},
                                         {"audit '" + file + ".missing'", "cannot read"}}) {
    expect_usage_error(c.args, c.message);
  }
  const CliRun help = run_cli("--help");
  EXPECT_EQ(help.status, 0);
  for (const char* option : {"--format json|csv|html|table", "--learners L.ndjson", "--learners-csv", "--team NAME", "--threads N", "--progress"})
    EXPECT_NE(help.out.find(option), std::string::npos) << option;
  EXPECT_EQ(run_cli("audit --help").out, help.out);
  std::remove(file.c_str());
}

}  // namespace
}  // namespace sweetspot::test
