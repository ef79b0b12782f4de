// The catalog snapshot (catalog_snapshot.h, docs/snapshot.md): a round trip gives the index that
// build_index() gives; an engine loaded from a snapshot answers byte for byte as one loaded from
// the JSON (every golden classify/audit case, the demo sample); and reading treats the bytes as
// hostile: every truncation, every flipped byte, wrong magic/version, huge counts and broken
// structure (with the hash recomputed so the structure checks are what refuses it) are errors that
// name the section and offset, never a crash.
#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>

#include "index/catalog_index.h"
#include "index/catalog_snapshot.h"
#include "documents/document_reader.h"
#include "documents/json_reader.h"
#include "cli_runner.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

const char* kCatalog = R"({
  "taxonomy": {"skills": [{"id": "prog", "label": "Programming", "aliases": ["coding", "software development"]},
                          {"id": "py", "label": "Python", "broader": ["prog", "ghost"]},
                          {"id": "sql", "broader": ["prog"]}, {"id": "ethics", "label": "Ethics"}, {"id": "swahili"}]},
  "organization": {"roles": [{"id": "dev", "title": "Developer", "skills": [{"skill": "py", "level": 3}, {"skill": "sql", "level": 2}], "next": ["lead"]},
                             {"id": "lead", "skills": [{"skill": "prog", "level": 4}, {"skill": "cobol", "level": 1}]}],
                   "priorities": [{"skill": "prog", "weight": 0.5, "need": "future", "rationale": "Software eats the world."},
                                  {"skill": "sql", "weight": 0.25}],
                   "mandatory": ["ethics", "nope"],
                   "growth": [{"name": "Data", "rationale": "We grow.", "skills": ["sql", "py"], "roles": ["lead", "ghost"]}],
                   "policy": {"thresholds": {"personal": 0.3, "org": 0.2}, "gifts": {"allowed": false, "note": "Ask HR."},
                              "borderlineMargin": 0.1, "taxonomy": {"decay": 0.6, "maxHops": 2}, "weights": {"aspiration": 0.7, "role": 0.9}}},
  "catalog": {"courses": [
    {"id": "py101", "title": "Python \u00e9l\u00e9mentaire", "skills": [{"skill": "py", "level": 3}], "colour": "red"},
    {"id": "sql1", "title": "SQL", "skills": [{"skill": "sql", "level": 2, "weight": 0.7}, {"skill": "py", "level": 1}]},
    {"id": "ethics", "title": "Ethics", "skills": [{"skill": "ethics", "level": 1}]},
    {"id": "swa", "title": "Swahili", "skills": [{"skill": "swahili", "level": 1}, {"skill": "pottery", "level": 2}]},
    {"id": "empty", "title": "Nothing"}]}})";

const char* kLearner = R"({"learner": {"id": "ana", "role": "dev", "aspirations": ["lead"], "proficiency": [{"skill": "py", "level": 1}],
  "interests": [{"skill": "py", "strength": 0.9}, {"skill": "swahili", "strength": 1}, {"skill": "sql", "strength": 0.3}],
  "completed": ["swa"]}, "asOf": "2024-06-01"})";

std::string compiled(const std::string& doc) {
  const Outcome out = compile_catalog(doc);
  EXPECT_TRUE(out.ok) << out.error.message;
  return out.json;
}

std::uint32_t get32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}
void put32(std::string& b, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put64(std::string& b, std::size_t at, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) b[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
// After an edit: the header's hash made right again, so the structure checks are what is tested.
void rehash(std::string& b) { put64(b, 24, snapshot_hash(b.data() + kSnapshotHeaderBytes, b.size() - kSnapshotHeaderBytes)); }

// The offset of a section's body (after its tag and length).
std::size_t section(const std::string& b, const char* tag) {
  std::size_t at = kSnapshotHeaderBytes;
  while (at + 8 <= b.size()) {
    if (std::memcmp(b.data() + at, tag, 4) == 0) return at + 8;
    at += 8 + get32(b, at + 4);
  }
  ADD_FAILURE() << "no section " << tag;
  return 0;
}

Error read_error(const std::string& bytes) {
  CatalogIndex ix;
  Taxonomy t;
  Error error;
  EXPECT_FALSE(read_snapshot(bytes, ix, t, error)) << "accepted";
  return error;
}

// ---- the format ---------------------------------------------------------------------------------

TEST(Snapshot, HashIsXxh64) {
  EXPECT_EQ(snapshot_hash("", 0), 0xEF46DB3751D8E999ull);
  EXPECT_EQ(snapshot_hash("abc", 3), 0x44BC2CF5AD770999ull);
  const std::string s = "Nobody inspects the spammish repetition";  // 39 bytes: the 32-byte stripes too
  EXPECT_EQ(snapshot_hash(s.data(), s.size()), 0xFBCEA83C8A378BF1ull);
}

TEST(Snapshot, HeaderLayout) {
  const std::string b = compiled(kCatalog);
  ASSERT_GT(b.size(), kSnapshotHeaderBytes);
  EXPECT_EQ(b.substr(0, 8), "SWSPCAT1");
  EXPECT_EQ(get32(b, 8), kSnapshotVersion);
  EXPECT_EQ(get32(b, 12), 0u);
  EXPECT_EQ(get32(b, 16), b.size() - kSnapshotHeaderBytes);
  EXPECT_EQ(get32(b, 20), 0u);
  std::string again = b;
  rehash(again);
  EXPECT_EQ(again, b);
  // Sections in their fixed order.
  std::size_t last = 0;
  for (const char* tag : {"PLCY", "SKIL", "RELA", "NARR", "CRSE", "ORGN", "TAXO", "WARN"}) {
    const std::size_t at = section(b, tag);
    EXPECT_GT(at, last) << tag;
    last = at;
  }
  // Same input, same bytes.
  EXPECT_EQ(compiled(kCatalog), b);
}

// ---- round trip -----------------------------------------------------------------------------------

void expect_same_organization(const Organization& a, const Organization& b) {
  ASSERT_EQ(a.roles.size(), b.roles.size());
  for (std::size_t r = 0; r < a.roles.size(); ++r) {
    EXPECT_EQ(a.roles[r].id, b.roles[r].id);
    EXPECT_EQ(a.roles[r].title, b.roles[r].title);
    ASSERT_EQ(a.roles[r].skills.size(), b.roles[r].skills.size());
    for (std::size_t k = 0; k < a.roles[r].skills.size(); ++k) {
      EXPECT_EQ(a.roles[r].skills[k].skill, b.roles[r].skills[k].skill);
      EXPECT_EQ(a.roles[r].skills[k].level, b.roles[r].skills[k].level);
    }
    EXPECT_EQ(a.roles[r].next, b.roles[r].next);
  }
  ASSERT_EQ(a.priorities.size(), b.priorities.size());
  for (std::size_t p = 0; p < a.priorities.size(); ++p) {
    EXPECT_EQ(a.priorities[p].skill, b.priorities[p].skill);
    EXPECT_EQ(a.priorities[p].weight, b.priorities[p].weight);
    EXPECT_EQ(a.priorities[p].need, b.priorities[p].need);
    EXPECT_EQ(a.priorities[p].rationale, b.priorities[p].rationale);
  }
  EXPECT_EQ(a.mandatory, b.mandatory);
  ASSERT_EQ(a.growth.size(), b.growth.size());
  for (std::size_t g = 0; g < a.growth.size(); ++g) {
    EXPECT_EQ(a.growth[g].name, b.growth[g].name);
    EXPECT_EQ(a.growth[g].rationale, b.growth[g].rationale);
    EXPECT_EQ(a.growth[g].skills, b.growth[g].skills);
    EXPECT_EQ(a.growth[g].roles, b.growth[g].roles);
  }
  const Policy &x = a.policy, &y = b.policy;
  EXPECT_EQ(x.personal_threshold, y.personal_threshold);
  EXPECT_EQ(x.org_threshold, y.org_threshold);
  EXPECT_EQ(x.borderline_margin, y.borderline_margin);
  EXPECT_EQ(x.gifts_allowed, y.gifts_allowed);
  EXPECT_EQ(x.gift_note, y.gift_note);
  EXPECT_EQ(x.mandatory_note, y.mandatory_note);
  EXPECT_EQ(x.taxonomy_decay, y.taxonomy_decay);
  EXPECT_EQ(x.taxonomy_max_hops, y.taxonomy_max_hops);
  EXPECT_EQ(x.aspiration_weight, y.aspiration_weight);
  EXPECT_EQ(x.role_weight, y.role_weight);
}

void expect_same_index(const CatalogIndex& a, const CatalogIndex& b) {
  EXPECT_EQ(a.skill_ids, b.skill_ids);
  EXPECT_EQ(a.skill_labels, b.skill_labels);
  EXPECT_EQ(a.skill_in_taxonomy, b.skill_in_taxonomy);
  EXPECT_EQ(a.has_taxonomy, b.has_taxonomy);
  EXPECT_EQ(a.related_begin, b.related_begin);
  ASSERT_EQ(a.related.size(), b.related.size());
  for (std::size_t k = 0; k < a.related.size(); ++k) {
    EXPECT_EQ(a.related[k].skill, b.related[k].skill);
    EXPECT_EQ(a.related[k].hops, b.related[k].hops);
  }
  EXPECT_EQ(a.match_by_hops, b.match_by_hops);
  EXPECT_EQ(a.narrower_begin, b.narrower_begin);
  EXPECT_EQ(a.narrower, b.narrower);
  EXPECT_EQ(a.course_ids, b.course_ids);
  EXPECT_EQ(a.course_titles, b.course_titles);
  EXPECT_EQ(a.course_skill_begin, b.course_skill_begin);
  EXPECT_EQ(a.course_skill, b.course_skill);
  EXPECT_EQ(a.course_skill_level, b.course_skill_level);
  EXPECT_EQ(a.course_skill_share, b.course_skill_share);
  EXPECT_EQ(a.course_mandatory, b.course_mandatory);
  EXPECT_EQ(a.posting_begin, b.posting_begin);
  EXPECT_EQ(a.posting_course, b.posting_course);
  EXPECT_EQ(a.posting_level, b.posting_level);
  EXPECT_EQ(a.posting_share, b.posting_share);
  expect_same_organization(a.organization, b.organization);
  // Every id is found at its own index in both (the lookups are binary searches over sorted ids).
  for (std::size_t s = 0; s < a.skill_count(); ++s) {
    EXPECT_EQ(a.find_skill(a.skill_ids[s]), static_cast<std::int32_t>(s));
    EXPECT_EQ(b.find_skill(a.skill_ids[s]), static_cast<std::int32_t>(s));
  }
  for (std::size_t c = 0; c < a.course_count(); ++c) {
    EXPECT_EQ(a.find_course(a.course_ids[c]), static_cast<std::int32_t>(c));
    EXPECT_EQ(b.find_course(a.course_ids[c]), static_cast<std::int32_t>(c));
  }
  for (std::size_t r = 0; r < a.organization.roles.size(); ++r) {
    EXPECT_EQ(a.find_role(a.organization.roles[r].id), static_cast<std::int32_t>(r));
    EXPECT_EQ(b.find_role(a.organization.roles[r].id), static_cast<std::int32_t>(r));
  }
  EXPECT_EQ(a.role_requirements, b.role_requirements);
  EXPECT_EQ(a.priority_skill, b.priority_skill);
  EXPECT_EQ(a.growth_skills, b.growth_skills);
  EXPECT_EQ(a.growth_roles, b.growth_roles);
  EXPECT_EQ(a.personal_threshold, b.personal_threshold);
  EXPECT_EQ(a.org_threshold, b.org_threshold);
  EXPECT_EQ(a.borderline_margin, b.borderline_margin);
  ASSERT_EQ(a.warnings.size(), b.warnings.size());
  for (std::size_t w = 0; w < a.warnings.size(); ++w) {
    EXPECT_EQ(a.warnings[w].path, b.warnings[w].path);
    EXPECT_EQ(a.warnings[w].message, b.warnings[w].message);
  }
}

void expect_same_taxonomy(const Taxonomy& a, const Taxonomy& b) {
  EXPECT_EQ(a.present, b.present);
  ASSERT_EQ(a.skills.size(), b.skills.size());
  for (std::size_t s = 0; s < a.skills.size(); ++s) {
    EXPECT_EQ(a.skills[s].id, b.skills[s].id);
    EXPECT_EQ(a.skills[s].label, b.skills[s].label);
    EXPECT_EQ(a.skills[s].aliases, b.skills[s].aliases);
    EXPECT_EQ(a.skills[s].broader, b.skills[s].broader);
  }
}

// The documents as load() reads them, compiled by build_index directly.
void built(const std::string& text, CatalogIndex& ix, Taxonomy& taxonomy) {
  Error error;
  Warnings warnings;
  auto json = read_json(text, error);
  ASSERT_TRUE(json) << error.message;
  Documents docs;
  DocumentReader reader(error, warnings);
  ASSERT_TRUE(reader.read_documents(*json, DocumentShape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden}, docs))
      << error.message;
  ix = build_index(docs.taxonomy, *docs.organization, *docs.catalog, "/taxonomy", "/organization", "/catalog");
  warnings.insert(warnings.end(), ix.warnings.begin(), ix.warnings.end());
  ix.warnings = std::move(warnings);
  taxonomy = std::move(docs.taxonomy);
}

TEST(Snapshot, RoundTripGivesTheBuiltIndex) {
  for (const std::string& doc : {std::string(kCatalog), std::string(R"({"organization": {}, "catalog": {"courses": []}})"),
                                 std::string(R"({"organization": {"mandatory": ["x"]}, "catalog": {"courses": [{"id": "x"}]}})")}) {
    CatalogIndex expected;
    Taxonomy expected_taxonomy;
    built(doc, expected, expected_taxonomy);
    CatalogIndex ix;
    Taxonomy taxonomy;
    Error error;
    const std::string bytes = write_snapshot(expected, expected_taxonomy);
    EXPECT_EQ(bytes, compiled(doc));
    ASSERT_TRUE(read_snapshot(bytes, ix, taxonomy, error)) << error.message;
    expect_same_index(expected, ix);
    expect_same_taxonomy(expected_taxonomy, taxonomy);
    // And written again, the same bytes.
    EXPECT_EQ(write_snapshot(ix, taxonomy), bytes);
    // The engine's form: the taxonomy checked, kept as bytes, built on first use.
    CatalogIndex lazy;
    SnapshotTaxonomy section;
    ASSERT_TRUE(read_snapshot(bytes, lazy, section, error)) << error.message;
    EXPECT_EQ(section.bytes.substr(0, 4), "TAXO");
    EXPECT_EQ(bytes.substr(section.offset, section.bytes.size()), section.bytes);
    Taxonomy later;
    ASSERT_TRUE(read_snapshot_taxonomy(section, lazy, later, error)) << error.message;
    expect_same_index(expected, lazy);
    expect_same_taxonomy(expected_taxonomy, later);
  }
}

// ---- byte-identical engines ------------------------------------------------------------------------

// One engine loaded from the JSON, one from its snapshot: the same answers, byte for byte.
void expect_same_engines(const json& doc, const std::string& name) {
  SCOPED_TRACE(name);
  json catalog = json::object(), request = json::object();
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (it.key() == "learner" || it.key() == "learners" || it.key() == "asOf") request[it.key()] = it.value();
    else catalog[it.key()] = it.value();
  }
  const std::string catalog_text = catalog.dump(), request_text = request.dump();
  Engine from_json, from_snapshot;
  const Outcome loaded = from_json.load(catalog_text);
  const Outcome snapshot = compile_catalog(catalog_text);
  ASSERT_EQ(loaded.ok, snapshot.ok);
  if (!loaded.ok) {
    EXPECT_EQ(loaded.error.message, snapshot.error.message);
    EXPECT_EQ(loaded.error.path, snapshot.error.path);
    return;
  }
  const Outcome loaded_snapshot = from_snapshot.load_snapshot(snapshot.json);
  ASSERT_TRUE(loaded_snapshot.ok) << loaded_snapshot.error.message;
  EXPECT_EQ(loaded.json, loaded_snapshot.json);
  EXPECT_EQ(from_json.courses_json().json, from_snapshot.courses_json().json);
  auto same = [](const Outcome& a, const Outcome& b, const char* what) {
    EXPECT_EQ(a.ok, b.ok) << what;
    EXPECT_EQ(a.json, b.json) << what;
    EXPECT_EQ(a.error.message, b.error.message) << what;
  };
  if (request.contains("learners")) {
    same(from_json.audit(request_text), from_snapshot.audit(request_text), "audit");
    same(from_json.audit(request_text, true), from_snapshot.audit(request_text, true), "audit pretty");
    // Each learner on its own too.
    if (request["learners"].is_array())
      for (const json& learner : request["learners"]) {
        json one = {{"learner", learner}};
        if (request.contains("asOf")) one["asOf"] = request["asOf"];
        same(from_json.classify(one.dump()), from_snapshot.classify(one.dump()), "classify one of the learners");
      }
  } else {
    same(from_json.classify(request_text), from_snapshot.classify(request_text), "classify");
    same(from_json.classify(request_text, true), from_snapshot.classify(request_text, true), "classify pretty");
    same(from_json.classify_compact(request_text), from_snapshot.classify_compact(request_text), "classify_compact");
    ASSERT_EQ(from_json.scored_count(), from_snapshot.scored_count());
    const std::size_t n = from_json.scored_count();
    if (n > 0) {
      EXPECT_EQ(0, std::memcmp(from_json.personal_units(), from_snapshot.personal_units(), n * 2));
      EXPECT_EQ(0, std::memcmp(from_json.org_units(), from_snapshot.org_units(), n * 2));
      EXPECT_EQ(0, std::memcmp(from_json.quadrants(), from_snapshot.quadrants(), n));
      EXPECT_EQ(0, std::memcmp(from_json.flags(), from_snapshot.flags(), n));
    }
    for (std::size_t c = 0; c < n; ++c)
      same(from_json.explain(static_cast<std::int64_t>(c)), from_snapshot.explain(static_cast<std::int64_t>(c)), "explain");
  }
  // Suggestions read the taxonomy kept beside the index: course titles as texts.
  json courses = json::array();
  const json listed = json::parse(from_json.courses_json().json);
  for (const json& c : listed) courses.push_back({{"id", c["id"]}, {"title", c["title"]}});
  courses.push_back({{"title", "Python and coding for software development"}});
  const std::string suggest = json({{"courses", courses}, {"minConfidence", 0}}).dump();
  same(from_json.suggest_skills(suggest), from_snapshot.suggest_skills(suggest), "suggest_skills");
}

std::vector<std::string> golden_inputs() {
  const std::string dir = std::string(SWEETSPOT_FIXTURES_DIR) + "/../golden/inputs/";
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if ((name.rfind("classify-", 0) == 0 || name.rfind("audit-", 0) == 0) && name.size() > 5 &&
          name.compare(name.size() - 5, 5, ".json") == 0)
        files.push_back(dir + name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Snapshot, EnginesAgreeOnEveryGoldenCase) {
  const std::vector<std::string> files = golden_inputs();
  ASSERT_GE(files.size(), 20u);
  int loaded = 0;
  for (const std::string& file : files) {
    const json doc = json::parse(read_file(file), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) continue;
    expect_same_engines(doc, file);
    Engine probe;
    json catalog = doc;
    catalog.erase("learner");
    catalog.erase("learners");
    catalog.erase("asOf");
    loaded += probe.load(catalog.dump()).ok ? 1 : 0;
  }
  EXPECT_GE(loaded, 20);
}

TEST(Snapshot, EnginesAgreeOnTheDemoSample) {
  const std::string file = std::string(SWEETSPOT_FIXTURES_DIR) + "/../../examples/intranet/data/sample-classify.json";
  const json doc = json::parse(read_file(file));
  expect_same_engines(doc, file);
  // The three sample learners of the portal.
  const json learners = json::parse(read_file(std::string(SWEETSPOT_FIXTURES_DIR) + "/../../examples/intranet/data/learners.json"));
  json audit = doc;
  audit.erase("learner");
  audit["learners"] = learners.is_array() ? learners : learners.value("learners", json::array());
  expect_same_engines(audit, "sample learners");
}

TEST(Snapshot, EnginesAgreeOnTheSmallCatalog) {
  json doc = json::parse(kCatalog);
  const json learner = json::parse(kLearner);
  doc["learner"] = learner["learner"];
  doc["asOf"] = learner["asOf"];
  expect_same_engines(doc, "kCatalog");
}

// ---- the engine API ---------------------------------------------------------------------------------

TEST(Snapshot, AFailedLoadKeepsThePreviousCatalog) {
  Engine engine;
  const std::string bytes = compiled(kCatalog);
  ASSERT_TRUE(engine.load_snapshot(bytes).ok);
  const std::string before = engine.classify(kLearner).json;
  std::string broken = bytes;
  broken[bytes.size() / 2] ^= 0x40;
  const Outcome out = engine.load_snapshot(broken);
  EXPECT_FALSE(out.ok);
  EXPECT_TRUE(out.json.empty());
  EXPECT_EQ(out.error.path, "snapshot:/header/hash@24");
  EXPECT_NE(out.error.message.find("snapshot:/header/hash@24: expected payload hash"), std::string::npos) << out.error.message;
  EXPECT_TRUE(engine.loaded());
  EXPECT_EQ(engine.classify(kLearner).json, before);
  // JSON is not a snapshot, and a snapshot is not JSON.
  EXPECT_FALSE(engine.load_snapshot(kCatalog).ok);
  EXPECT_FALSE(engine.load(bytes).ok);
  EXPECT_EQ(engine.classify(kLearner).json, before);
}

TEST(Snapshot, TheEngineKeepsTheSnapshotItWasGiven) {
  Engine copied, moved;
  const std::string bytes = compiled(kCatalog);
  EXPECT_TRUE(copied.snapshot().empty());
  ASSERT_TRUE(copied.load_snapshot(bytes).ok);
  EXPECT_EQ(copied.snapshot(), bytes);
  std::string given = bytes;
  const char* where = given.data();
  ASSERT_TRUE(moved.load_snapshot_moved(std::move(given)).ok);
  EXPECT_EQ(moved.snapshot().data(), where);  // kept, not copied: a host can read it back there
  EXPECT_EQ(moved.snapshot(), bytes);
  EXPECT_EQ(moved.classify(kLearner).json, copied.classify(kLearner).json);
  // The catalog's texts lie in the kept bytes and survive the taxonomy being built from them.
  const char* suggest = R"({"title": "Python coding"})";
  const Outcome suggested = moved.suggest_skills(suggest);
  ASSERT_TRUE(suggested.ok) << suggested.error.message;
  // the taxonomy, built from the kept bytes: skill py, label "Python"
  EXPECT_NE(suggested.json.find(R"("skill":"py","label":"Python")"), std::string::npos) << suggested.json;
  EXPECT_EQ(suggested.json, copied.suggest_skills(suggest).json);
  EXPECT_EQ(moved.classify(kLearner).json, copied.classify(kLearner).json);
  // A failed load keeps the previous snapshot; a JSON load has none.
  EXPECT_FALSE(moved.load_snapshot_moved(std::string("not a snapshot")).ok);
  EXPECT_EQ(moved.snapshot().data(), where);
  ASSERT_TRUE(moved.load(kCatalog).ok);
  EXPECT_TRUE(moved.snapshot().empty());
}

TEST(Snapshot, CompileRefusesWhatLoadRefuses) {
  const Outcome out = compile_catalog(R"({"organization": {}, "catalog": {"courses": [{"id": "a", "skills": [{"skill": "x", "level": 9}]}]}})");
  EXPECT_FALSE(out.ok);
  EXPECT_EQ(out.error.path, "/catalog/courses/0/skills/0/level");
  EXPECT_FALSE(compile_catalog(R"({"catalog": {"courses": []}})").ok);  // organization required, as for load
  EXPECT_FALSE(compile_catalog(R"({"organization": {}, "catalog": {"courses": []}, "learner": {"id": "x"}})").ok);
}

TEST(Snapshot, LoadReportsTheCompileWarnings) {
  Engine engine;
  const Outcome out = engine.load_snapshot(compiled(kCatalog));
  ASSERT_TRUE(out.ok) << out.error.message;
  const json r = json::parse(out.json);
  EXPECT_EQ(r["courses"], 5);
  EXPECT_TRUE(has_warning(r, "/catalog/courses/0/colour"));          // reading: an unknown key
  EXPECT_TRUE(has_warning(r, "/catalog/courses/3/skills/1/skill"));  // compiling: an unknown skill
  EXPECT_TRUE(has_warning(r, "/taxonomy/skills/1/broader/1"));
  EXPECT_TRUE(has_warning(r, "/organization/mandatory/1"));
}

// ---- hostile bytes -------------------------------------------------------------------------------

TEST(Snapshot, EveryTruncationIsRefused) {
  const std::string b = compiled(kCatalog);
  for (std::size_t n = 0; n < b.size(); ++n) {
    const Error e = read_error(b.substr(0, n));
    EXPECT_FALSE(e.message.empty()) << n;
    EXPECT_EQ(e.path.rfind("snapshot:/header", 0), 0u) << n << ": " << e.message;
  }
  EXPECT_EQ(read_error(b.substr(0, 10)).message, "snapshot:/header@0: expected a snapshot of at least 32 bytes, found 10 bytes");
  EXPECT_NE(read_error(b.substr(0, b.size() - 1)).message.find("(truncated)"), std::string::npos);
  // Bytes after the end, too.
  EXPECT_EQ(read_error(b + "x").path, "snapshot:/header/length@16");
}

TEST(Snapshot, EveryFlippedByteIsRefused) {
  const std::string b = compiled(kCatalog);
  std::mt19937 random(7);
  for (std::size_t at = 0; at < b.size(); ++at) {
    std::string flipped = b;
    flipped[at] = static_cast<char>(flipped[at] ^ (1 + random() % 255));
    const Error e = read_error(flipped);
    EXPECT_FALSE(e.message.empty()) << at;
  }
}

TEST(Snapshot, FlipsWithTheHashRecomputedNeverCrash) {
  // The hash no longer protects: what stands between these bytes and the scorer are the structure
  // checks. Accepted ones must still be usable: load, classify, audit, explain, suggest.
  const std::string b = compiled(kCatalog);
  std::mt19937 random(11);
  int accepted = 0, refused = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string flipped = b;
    const int flips = 1 + static_cast<int>(random() % 3);
    for (int f = 0; f < flips; ++f) {
      const std::size_t at = kSnapshotHeaderBytes + random() % (b.size() - kSnapshotHeaderBytes);
      flipped[at] = static_cast<char>(random() % 4 == 0 ? random() % 256 : flipped[at] ^ (1 << (random() % 8)));
    }
    rehash(flipped);
    Engine engine;
    const Outcome out = engine.load_snapshot(flipped);
    if (!out.ok) {
      ++refused;
      EXPECT_EQ(out.error.path.rfind("snapshot:/", 0), 0u) << out.error.message;
      EXPECT_NE(out.error.path.find('@'), std::string::npos) << out.error.message;
      continue;
    }
    ++accepted;
    EXPECT_TRUE(engine.classify(kLearner).ok);
    EXPECT_TRUE(engine.classify_compact(kLearner).ok);
    for (std::size_t c = 0; c < engine.course_count(); ++c) EXPECT_TRUE(engine.explain(static_cast<std::int64_t>(c)).ok);
    EXPECT_TRUE(engine.audit(R"({"learners": [{"id": "a", "role": "dev", "interests": [{"skill": "prog", "strength": 0}]}]})").ok);
    EXPECT_TRUE(engine.suggest_skills(R"({"title": "Python coding"})").ok);
  }
  EXPECT_GT(refused, 10000);
  EXPECT_GT(accepted, 0);  // some flips only change a title's letter or a threshold
}

TEST(Snapshot, WrongMagicVersionAndReserved) {
  const std::string b = compiled(kCatalog);
  std::string magic = b;
  magic[7] = '2';
  EXPECT_EQ(read_error(magic).message,
            "snapshot:/header/magic@0: expected \"SWSPCAT1\" (a sweetspot catalog snapshot), found \"SWSPCAT2\"");
  EXPECT_EQ(read_error("{\"organization\": {}, \"catalog\": {\"courses\": []}}").path, "snapshot:/header/magic@0");
  std::string version = b;
  put32(version, 8, 2);
  EXPECT_EQ(read_error(version).message, "snapshot:/header/version@8: expected format version 1, found version 2");
  std::string reserved = b;
  put32(reserved, 12, 1);
  EXPECT_EQ(read_error(reserved).path, "snapshot:/header/reserved@12");
}

TEST(Snapshot, HugeCountsAreRefusedBeforeAnyAllocation) {
  const std::string b = compiled(kCatalog);
  struct Case { const char* tag; std::size_t offset; const char* path; };
  for (const Case& c : {Case{"SKIL", 1, "snapshot:/skills/count@"}, Case{"RELA", 0, "snapshot:/related/count@"},
                        Case{"NARR", 0, "snapshot:/narrower/count@"}, Case{"CRSE", 0, "snapshot:/courses/count@"},
                        Case{"ORGN", 0, "snapshot:/organization/roles/count@"}, Case{"WARN", 0, "snapshot:/warnings/count@"}}) {
    for (std::uint32_t huge : {0xFFFFFFFFu, 0x7FFFFFFFu, 200001u}) {
      std::string bad = b;
      const std::size_t at = section(bad, c.tag) + c.offset;
      put32(bad, at, huge);
      rehash(bad);
      const Error e = read_error(bad);
      EXPECT_EQ(e.path, c.path + std::to_string(at)) << e.message;
    }
  }
  // A section length beyond the end.
  std::string bad = b;
  put32(bad, section(bad, "CRSE") - 4, 0x7FFFFFFF);
  rehash(bad);
  EXPECT_EQ(read_error(bad).path, "snapshot:/courses/length@" + std::to_string(section(b, "CRSE") - 4));
  // A string length beyond the limit.
  bad = b;
  put32(bad, section(bad, "SKIL") + 5, 0x00100000);
  rehash(bad);
  EXPECT_NE(read_error(bad).message.find("expected a string of at most 65536 bytes"), std::string::npos);
}

// Edits of the course section with the hash recomputed: each breaks one rule the reader checks.
TEST(Snapshot, StructureChecksNameTheirField) {
  const std::string b = compiled(kCatalog);
  const std::size_t courses = section(b, "CRSE");
  // Walk to the course skill arrays: count, ids/titles, pair count, offsets[6], skills[7], levels[7], shares[7].
  std::size_t at = courses + 4;
  const std::uint32_t n = get32(b, courses);
  ASSERT_EQ(n, 5u);
  for (std::uint32_t c = 0; c < 2 * n; ++c) at += 4 + get32(b, at);
  const std::uint32_t pairs = get32(b, at);
  ASSERT_EQ(pairs, 6u);
  const std::size_t begin = at + 4, skills = begin + 4 * (n + 1), levels = skills + 4 * pairs, shares = levels + pairs;
  auto broken = [&](auto edit) {
    std::string bad = b;
    edit(bad);
    rehash(bad);
    return read_error(bad);
  };
  // Course ids are sorted: "empty" < "ethics" < "py101" < "sql1" < "swa". Swap the first two's bytes.
  EXPECT_EQ(broken([&](std::string& s) { s[courses + 8] = 'z'; }).path.rfind("snapshot:/courses/ids@", 0), 0u);
  EXPECT_EQ(broken([&](std::string& s) { put32(s, begin, 1); }).message,
            "snapshot:/courses/skills/begin@" + std::to_string(begin) + ": expected offsets starting at 0, found 1");
  EXPECT_EQ(broken([&](std::string& s) { put32(s, begin + 4 * n, 5); }).path, "snapshot:/courses/skills/begin@" + std::to_string(begin + 4 * n));
  EXPECT_EQ(broken([&](std::string& s) { put32(s, begin + 12, 0); }).message,
            "snapshot:/courses/skills/begin@" + std::to_string(begin + 12) + ": expected non-decreasing offsets, found 0 after 1");
  EXPECT_EQ(broken([&](std::string& s) { put32(s, skills, 999); }).message,
            "snapshot:/courses/skills@" + std::to_string(skills) + ": expected a skill index below 7, found 999");
  EXPECT_EQ(broken([&](std::string& s) { s[levels] = 0; }).path, "snapshot:/courses/skills/levels@" + std::to_string(levels));
  EXPECT_EQ(broken([&](std::string& s) { s[levels] = 6; }).path, "snapshot:/courses/skills/levels@" + std::to_string(levels));
  const Error shares_error = broken([&](std::string& s) { s[shares] = static_cast<char>(s[shares] + 1); });
  EXPECT_EQ(shares_error.path.rfind("snapshot:/courses/skills/shares@", 0), 0u) << shares_error.message;
  EXPECT_NE(shares_error.message.find("summing to 10000"), std::string::npos);
  // A course's skills out of order: swap the first two skills of a course that has two.
  const Error order = broken([&](std::string& s) {
    for (std::uint32_t c = 0; c < n; ++c) {
      const std::uint32_t first = get32(s, begin + 4 * c), last = get32(s, begin + 4 * (c + 1));
      if (last - first < 2) continue;
      const std::uint32_t a = get32(s, skills + 4 * first), z = get32(s, skills + 4 * (first + 1));
      put32(s, skills + 4 * first, z);
      put32(s, skills + 4 * (first + 1), a);
      return;
    }
    ADD_FAILURE() << "no course with two skills";
  });
  EXPECT_NE(order.message.find("strictly increasing skill indices per course"), std::string::npos) << order.message;
  // A threshold out of range, and not a number.
  const std::size_t policy = section(b, "PLCY");
  EXPECT_EQ(broken([&](std::string& s) { put64(s, policy, 0x4000000000000000ull); }).message.rfind(
                "snapshot:/policy/thresholds/personal@" + std::to_string(policy) + ": expected a number 0..1", 0),
            0u);
  EXPECT_EQ(broken([&](std::string& s) { put64(s, policy + 8, 0x7FF8000000000000ull); }).path,
            "snapshot:/policy/thresholds/org@" + std::to_string(policy + 8));
  // Ill-formed UTF-8 in a title.
  const Error utf8 = broken([&](std::string& s) {
    const std::size_t title = s.find("Python \xc3\xa9");
    ASSERT_NE(title, std::string::npos);
    s[title + 7] = static_cast<char>(0xC0);
  });
  EXPECT_NE(utf8.message.find("ill-formed UTF-8"), std::string::npos) << utf8.message;
  EXPECT_EQ(utf8.path.rfind("snapshot:/courses/titles@", 0), 0u);
}

// ---- the command line -------------------------------------------------------------------------------

int run(const std::string& args, std::string& out, std::string& err) {
  const CliRun r = run_cli(args);
  out = r.out;
  err = r.err;
  return r.status;
}

TEST(Snapshot, CliCompileThenClassifyAndAuditWithTheCatalog) {
  const std::string doc = temp_path("catalog.json"), snap = temp_path("catalog.sscat"), learner = temp_path("learner.json"),
                    learners = temp_path("learners.json");
  std::ofstream(doc, std::ios::binary) << kCatalog;
  std::ofstream(learner, std::ios::binary) << kLearner;
  std::ofstream(learners, std::ios::binary) << R"({"learners": [{"id": "a", "role": "dev"}, {"id": "b", "team": "x"}], "asOf": "2025-01-01"})";
  std::string out, err;
  ASSERT_EQ(run("compile '" + doc + "' -o '" + snap + "'", out, err), 0) << err;
  EXPECT_EQ(read_file(snap), compiled(kCatalog));
  Engine engine;
  EXPECT_EQ(out, engine.load(kCatalog).json + "\n");

  EXPECT_EQ(run("classify '" + learner + "' --catalog '" + snap + "'", out, err), 0) << err;
  EXPECT_EQ(out, engine.classify(kLearner).json + "\n");
  EXPECT_EQ(run("classify --catalog='" + snap + "' '" + learner + "' --pretty", out, err), 0) << err;
  EXPECT_EQ(out, engine.classify(kLearner, true).json + "\n");
  EXPECT_EQ(run("classify '" + learner + "' --catalog '" + snap + "' --format table", out, err), 0) << err;
  EXPECT_NE(out.find("Learner ana as of 2024-06-01"), std::string::npos) << out;
  EXPECT_EQ(run("audit '" + learners + "' --catalog '" + snap + "'", out, err), 0) << err;
  EXPECT_EQ(out, engine.audit(read_file(learners)).json + "\n");
  EXPECT_EQ(run("--catalog '" + snap + "' audit '" + learners + "' --pretty", out, err), 0) << err;
  EXPECT_EQ(out, engine.audit(read_file(learners), true).json + "\n");

  // Usage and input errors.
  EXPECT_EQ(run("compile '" + doc + "'", out, err), 2);
  EXPECT_NE(err.find("compile needs -o"), std::string::npos);
  EXPECT_EQ(run("validate '" + doc + "' --catalog '" + snap + "'", out, err), 2);
  EXPECT_EQ(run("audit '" + learners + "' --catalog '" + snap + "' --format csv", out, err), 2);
  EXPECT_EQ(run("classify '" + learner + "' --catalog '" + doc + "'", out, err), 1);
  EXPECT_EQ(err, "sweetspot: invalid catalog snapshot: snapshot:/header/magic@0: expected \"SWSPCAT1\" (a sweetspot catalog snapshot), found \"{\\x0a  \\x22tax\"\n");
  EXPECT_EQ(run("classify '" + doc + "' --catalog '" + snap + "'", out, err), 1);  // FILE must hold only the learner
  EXPECT_EQ(run("classify '" + learner + "' --catalog '" + temp_path("missing") + "'", out, err), 2);
  for (const std::string& f : {doc, snap, learner, learners}) std::remove(f.c_str());
}

}  // namespace
}  // namespace sweetspot::test
