// The incremental audit (AuditBuilder) behind every audit: one thread or many, learners from a
// document or streamed one at a time — the same bytes. Errors in streamed learners name their path
// and line, and the first in input order wins whatever thread found it.
#include <deque>

#include "generator.h"
#include "sweetspot/audit.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

// A scenario from the property generator with many learners: teams, roleSince, completed courses,
// and (without a taxonomy) unknown skills, so there are warnings in learner order to keep.
json many_learners(std::uint32_t seed, int learners) {
  Generator g(seed);
  json doc = g.combined();
  doc.erase("learner");
  doc["learners"] = json::array();
  for (int i = 0; i < learners; ++i) {
    json l = g.learner("l" + std::to_string((i * 7919) % learners));  // ids out of input order
    if (i % 13 == 5) l["interests"].push_back({{"skill", "nowhere-" + std::to_string(i)}, {"strength", 0.5}});
    if (i % 17 == 3) l["hobby"] = "unknown key";
    doc["learners"].push_back(l);
  }
  doc["asOf"] = "2024-06-01";
  return doc;
}

std::string report_json(const std::string& doc, unsigned threads, const std::string& team = {}) {
  AuditOptions options;
  options.threads = threads;
  options.team = team;
  const AuditResult r = audit_report(doc, options);
  EXPECT_TRUE(r.ok) << r.error.message;
  return audit_report_json(r.report);
}

class Lines : public LearnerSource {
 public:
  explicit Lines(std::vector<std::string> lines, bool fail_at_end = false) : lines_(lines.begin(), lines.end()), fail_(fail_at_end) {}
  bool next(std::string& text, std::uint64_t& line, Error& error) override {
    if (lines_.empty()) {
      line = line_ + 1;
      if (fail_) error.message = "disk on fire";
      return false;
    }
    text = std::move(lines_.front());
    lines_.pop_front();
    line = ++line_;
    return true;
  }

 private:
  std::deque<std::string> lines_;
  bool fail_;
  std::uint64_t line_ = 0;
};

// The documents without the learners, and the learners as NDJSON lines.
std::pair<std::string, std::vector<std::string>> split(json doc) {
  std::vector<std::string> lines;
  for (const json& l : doc["learners"]) lines.push_back(l.dump());
  doc.erase("learners");
  return {doc.dump(), lines};
}

AuditResult stream(const json& doc, unsigned threads, std::vector<std::string> extra = {}, int at = -1) {
  auto [base, lines] = split(doc);
  if (at >= 0) lines.insert(lines.begin() + at, extra.begin(), extra.end());
  Lines source(lines);
  AuditOptions options;
  options.threads = threads;
  return audit_report_stream(base, source, "people.ndjson", options);
}

TEST(AuditBuilder, AnyNumberOfThreadsGivesTheSameBytesAsTheDocumentAudit) {
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    const std::string doc = many_learners(seed, 40 + static_cast<int>(seed) * 11).dump();
    const Outcome reference = audit_document(doc);
    ASSERT_TRUE(reference.ok) << reference.error.message;
    for (unsigned threads : {1u, 2u, 3u, 8u}) EXPECT_EQ(report_json(doc, threads), reference.json) << seed << " " << threads;
  }
}

TEST(AuditBuilder, StreamedLearnersGiveTheSameBytesAsADocument) {
  for (std::uint32_t seed = 20; seed <= 26; ++seed) {
    const json doc = many_learners(seed, 150);
    const std::string reference = audit_document(doc.dump()).json;
    ASSERT_NE(reference.find("\"warnings\":[{"), std::string::npos) << "the scenario has warnings to keep in order";
    for (unsigned threads : {1u, 2u, 5u}) {
      const AuditResult r = stream(doc, threads, {"", "  \r"}, 7);  // blank lines are skipped
      ASSERT_TRUE(r.ok) << r.error.message;
      EXPECT_EQ(audit_report_json(r.report), reference) << seed << " " << threads;
    }
  }
}

TEST(AuditBuilder, TheReportHoldsWhatTheJsonSays) {
  const std::string doc = many_learners(3, 60).dump();
  const AuditResult r = audit_report(doc);
  ASSERT_TRUE(r.ok);
  const json j = json::parse(audit_report_json(r.report));
  EXPECT_EQ(r.report.learners, 60u);
  ASSERT_EQ(r.report.courses.size(), j["courses"].size());
  for (std::size_t c = 0; c < r.report.courses.size(); ++c) {
    EXPECT_EQ(r.report.courses[c].id, j["courses"][c]["course"]);
    EXPECT_EQ(r.report.courses[c].counts[3], j["courses"][c]["waste"]);
  }
  ASSERT_EQ(r.report.learner_results.size(), 60u);
  EXPECT_TRUE(std::is_sorted(r.report.learner_results.begin(), r.report.learner_results.end(),
                             [](const AuditLearner& a, const AuditLearner& b) { return a.id < b.id; }));
}

TEST(AuditBuilder, ATeamFilterIsTheAuditOfThatTeamAlone) {
  const json doc = many_learners(5, 80);
  json red = doc;
  red["learners"] = json::array();
  for (const json& l : doc["learners"])
    if (l.value("team", "") == "red") red["learners"].push_back(l);
  ASSERT_GT(red["learners"].size(), 5u);
  const json filtered = json::parse(report_json(doc.dump(), 2, "red"));
  const json alone = json::parse(report_json(red.dump(), 1));
  for (const char* key : {"learners", "summary", "courses", "wasteForMost", "coverageGaps", "learnerResults", "teams"})
    EXPECT_EQ(filtered[key], alone[key]) << key;
  EXPECT_EQ(filtered["teams"].size(), 1u);
}

TEST(AuditBuilder, AStreamedLearnerErrorNamesItsPathAndLine) {
  const json doc = many_learners(7, 100);
  for (unsigned threads : {1u, 4u}) {
    // Line 31 holds learner 30 (no blank lines before it).
    AuditResult r = stream(doc, threads, {R"({"id": "x", "interests": [{"skill": "a", "strength": 1.5}]})"}, 30);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.path, "/learners/30/interests/0/strength");
    EXPECT_EQ(r.error.message, "people.ndjson:31: /learners/30/interests/0/strength: expected number 0..1, found number 1.5");
    r = stream(doc, threads, {R"({"id": "x", "interests": [1,]})"}, 12);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.path, "/learners/12/interests/1") << r.error.message;
    EXPECT_EQ(r.error.message.rfind("people.ndjson:13: /learners/12/interests/1: expected valid JSON", 0), 0u) << r.error.message;
  }
}

TEST(AuditBuilder, TheFirstBadLearnerInInputOrderIsReportedWhateverTheThreads) {
  json doc = many_learners(8, 600);
  doc["learners"][450]["roleSince"] = "yesterday";
  doc["learners"][451]["proficiency"] = 3;
  doc["learners"][90]["completed"] = "all";
  for (unsigned threads : {1u, 2u, 6u}) {
    const AuditResult r = stream(doc, threads);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.path, "/learners/90/completed") << threads;
  }
  // The same error as the document's, with the line in front.
  const Outcome whole = audit_document(doc.dump());
  EXPECT_EQ(stream(doc, 3).error.message, "people.ndjson:91: " + whole.error.message);
}

TEST(AuditBuilder, AStreamedLearnerIdTwiceIsTheDocumentsError) {
  json doc = many_learners(9, 200);
  doc["learners"][150]["id"] = doc["learners"][20]["id"];
  doc["learners"][170]["id"] = doc["learners"][10]["id"];
  doc["learners"][120]["id"] = doc["learners"][110]["id"];
  const Outcome whole = audit_document(doc.dump());
  ASSERT_FALSE(whole.ok);
  for (unsigned threads : {1u, 3u}) {
    const AuditResult r = stream(doc, threads);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.path, whole.error.path);
    EXPECT_EQ(r.error.message, whole.error.message);  // "/learners/120/id: ... (first at /learners/110)"
  }
}

TEST(AuditBuilder, TheStreamsDocumentsHoldNoLearnersAndReadFailuresAreErrors) {
  const json doc = many_learners(10, 30);
  Lines none({});
  AuditResult r = audit_report_stream(doc.dump(), none, "x.ndjson");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.path, "/learners");

  auto [base, lines] = split(doc);
  Lines failing(lines, true);
  r = audit_report_stream(base, failing, "x.ndjson");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "x.ndjson:31: disk on fire");

  Lines empty({});
  r = audit_report_stream(base, empty, "x.ndjson");
  ASSERT_TRUE(r.ok) << r.error.message;
  EXPECT_EQ(r.report.learners, 0u);
  EXPECT_EQ(r.report.courses.size(), doc["catalog"]["courses"].size());
}

TEST(AuditBuilder, ProgressCountsEveryLearnerOnTheCallingThread) {
  const json doc = many_learners(11, 300);
  for (unsigned threads : {1u, 3u}) {
    std::uint64_t last = 0, calls = 0, total = 0;
    AuditOptions options;
    options.threads = threads;
    options.progress = [&](std::uint64_t done, std::uint64_t of) {
      EXPECT_GE(done, last);
      last = done;
      total = of;
      ++calls;
    };
    ASSERT_TRUE(audit_report(doc.dump(), options).ok);
    EXPECT_EQ(last, 300u);
    EXPECT_EQ(total, 300u);
    EXPECT_GT(calls, threads == 1 ? 30u : 0u);  // with more threads, the others may score them all

    auto [base, lines] = split(doc);
    Lines source(lines);
    last = calls = 0;
    ASSERT_TRUE(audit_report_stream(base, source, "s", options).ok);
    EXPECT_EQ(last, 300u);
    EXPECT_EQ(total, 0u) << "a stream's total is not known in advance";
  }
}

}  // namespace
}  // namespace sweetspot::test
