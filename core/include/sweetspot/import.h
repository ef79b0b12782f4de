// Importers: skill frameworks (ESCO, O*NET, 1EdTech CASE, plain CSV) turned into sweetspot/1
// documents. Like the rest of the engine they do no file I/O: the host reads the files and passes
// their contents with their names (the names appear in error and warning paths, such as
// "skills_en.csv:123:5" = file, line, column). Choices and formulas: docs/importers.md.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sweetspot/diagnostics.h"
#include "sweetspot/engine.h"

namespace sweetspot {

// One input file: the name to report it by, and its whole contents (not owned; must outlive the
// call). An empty name means "not given".
struct NamedText {
  std::string name;
  std::string_view text;
  bool given() const { return !name.empty(); }
};

// How output ids are made. `source`: the framework's own identifiers (ESCO concept URIs, O*NET
// element IDs and O*NET-SOC codes, CASE identifiers), stable across releases. `slug`: readable ids
// from the labels ("esco-manage-ict-projects", "onet-programming"), with an 8-hex suffix from the
// source identifier on labels that would otherwise collide.
enum class IdStyle { source, slug };

struct ImportOptions {
  IdStyle ids = IdStyle::source;
  bool pretty = false;
};

// A count in the import summary ("skills": 13896). The names and their order are fixed per format.
struct ImportCount {
  std::string name;
  std::int64_t value = 0;
};

// `json` is a sweetspot/1 document {schema, taxonomy?, organization?} with every list sorted, so
// the same files always give the same bytes. Warnings say what was left out or guessed, each with
// the file position it came from (at most 10,000 kept; `counts` has the full number).
struct ImportOutcome {
  bool ok = false;
  std::string json;
  Error error;
  std::vector<ImportCount> counts;
  Warnings warnings;
};

// The summary as JSON: {format, counts: {name: value, …}, warnings: [{path, message}]}.
std::string import_report_json(const ImportOutcome& outcome, std::string_view format);

// ---- ESCO v1.1 CSV export (English) ------------------------------------------------------------
struct EscoFiles {
  NamedText skills;                      // skills_en.csv (required)
  NamedText broader_relations;           // broaderRelationsSkillPillar.csv
  NamedText skill_groups;                // skillGroups_en.csv: given, groups become broader skills
  NamedText occupations;                 // occupations_en.csv
  NamedText occupation_skill_relations;  // occupationSkillRelations.csv (needs occupations)
};
struct EscoOptions {
  ImportOptions common;
  int essential_level = 3;  // level of an essential skill in the role (1..5)
  int optional_level = 0;   // level of an optional skill; 0 leaves optional skills out
};
ImportOutcome import_esco(const EscoFiles& files, const EscoOptions& options = {});

// ---- O*NET database, text release ----------------------------------------------------------------
// At least one of Skills.txt, Knowledge.txt and Technology Skills.txt. Occupation titles come from
// Occupation Data.txt when given, else from the Title column of the other files.
struct OnetFiles {
  NamedText occupation_data;  // Occupation Data.txt (optional)
  NamedText skills;           // Skills.txt
  NamedText knowledge;        // Knowledge.txt
  NamedText content_model;    // Content Model Reference.txt: labels and hierarchy of the elements
  NamedText technology;       // Technology Skills.txt: hot technologies become skills under their commodity titles
};
struct OnetOptions {
  ImportOptions common;
  double min_importance = 3.0;   // keep a requirement when its importance (IM, 1..5) is at least this
  bool keep_suppressed = false;  // keep ratings O*NET marks "Recommend Suppress = Y"
  int technology_level = 3;      // level of a hot technology in its occupations' roles (0..5; 0: taxonomy only)
};
ImportOutcome import_onet(const OnetFiles& files, const OnetOptions& options = {});

// ---- 1EdTech CASE v1.1 package (JSON) -----------------------------------------------------------
ImportOutcome import_case(const NamedText& package, const ImportOptions& options = {});

// ---- Plain CSV ---------------------------------------------------------------------------------
struct CsvFiles {
  NamedText taxonomy;  // id,label,aliases,broader (lists separated by | or ;)
  NamedText roles;     // role,title,skill,level[,next]
};
struct CsvImportOptions {
  ImportOptions common;
  std::string level_scale = "0-5";  // the roles file's level scale: "1-5", "1-8", "0-7", "1-100", "percent", …
};
ImportOutcome import_csv(const CsvFiles& files, const CsvImportOptions& options = {});

// ---- Which part of a format each file is -------------------------------------------------------
// As `sweetspot import` and import_request() sort the files they are given: ESCO and O*NET files by
// their base name (skills_*.csv, skillGroups_*.csv, broaderRelationsSkillPillar.csv, occupations_*.csv,
// occupationSkillRelations.csv; "Occupation Data.txt" or occupation_data.txt, Skills.txt,
// Knowledge.txt, "Content Model Reference.txt", "Technology Skills.txt"), a plain CSV by its header (a "role" column: the
// roles file, else the taxonomy). False, with `problem` saying why, for a file that fits no part or
// a second file for a part already taken.
bool sort_esco_files(const std::vector<NamedText>& files, EscoFiles& out, std::string& problem);
bool sort_onet_files(const std::vector<NamedText>& files, OnetFiles& out, std::string& problem);
bool sort_csv_files(const std::vector<NamedText>& files, CsvFiles& out, std::string& problem);

// ---- One JSON request: the entry point of the WebAssembly module and the JS API -----------------
// {format: "esco"|"onet"|"case"|"csv", files: {"<file name>": "<contents>", …}, options?: {…}}
//   options: ids "source"|"slug" (every format); essentialLevel 1..5, optionalLevel 0..5 (esco);
//   minImportance 1..5, keepSuppressed, technologyLevel 0..5 (onet); levelScale "0-5"|"1-5"|"1-8"|"0-7"|"1-100"|"percent" (csv).
// -> {document: {schema, taxonomy?, organization?}, report: import_report_json()}.
// Files go to their parts as sort_*_files() say (case takes exactly one). A bad request (not JSON,
// an unknown format or option, a value of the wrong type, a file that fits no part) is an error at
// its JSON path ("/options/essentialLevel"); an error in a file names the file, line and column.
// The request may be up to 256 MiB (the files' contents are JSON strings of any length).
Outcome import_request(std::string_view json);

}  // namespace sweetspot
