#include "import_command.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "command_line.h"
#include "sweetspot/import.h"

namespace sweetspot::cli {
namespace {

constexpr const char* kImportUsage =
    "usage: sweetspot import <esco|onet|case|csv> [options] FILES... [--format json] [--pretty]\n"
    "  esco  skills_en.csv [broaderRelationsSkillPillar.csv] [occupations_en.csv occupationSkillRelations.csv]\n"
    "        [skillGroups_en.csv (keeps skill groups as broader skills)], or the export's directory\n"
    "        --essential-level N (1..5, default 3)  --optional-level N (0..5, default 0: left out)\n"
    "  onet  'Occupation Data.txt' Skills.txt Knowledge.txt ['Content Model Reference.txt'], or the directory\n"
    "        --min-importance X (1..5, default 3)  --keep-suppressed\n"
    "  case  PACKAGE.json (a 1EdTech CASE v1.1 CFPackage)\n"
    "  csv   TAXONOMY.csv (id,label,aliases,broader) and/or ROLES.csv (role,title,skill,level[,next])\n"
    "        --scale 0-5|1-5|1-8|0-7|1-100|percent (the roles' level scale, default 0-5)\n"
    "  --ids source|slug  framework identifiers (default) or readable ids from the labels\n"
    "  --all-warnings     list every warning on stderr (default: the first 20)\n"
    "Prints {schema, taxonomy?, organization?} on stdout; counts and warnings on stderr.\n"
    "Choices and formulas: docs/importers.md.\n";

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "sweetspot import: " << problem << "\n";
  std::cerr << kImportUsage;
  return 2;
}

struct Arguments {
  std::string format_name;  // esco, onet, case, csv
  std::vector<std::string> paths;
  bool pretty = false;
  bool all_warnings = false;
  IdStyle ids = IdStyle::source;
  int essential_level = 3;
  int optional_level = 0;
  double min_importance = 3.0;
  bool keep_suppressed = false;
  std::string scale = "0-5";
};

bool parse_int(const std::string& s, int& out) {
  if (s.empty() || s.size() > 3 || !std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); })) return false;
  out = std::atoi(s.c_str());
  return true;
}

bool parse_number(const std::string& s, double& out) {
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

// Returns -1 when the arguments are fine, else the exit status.
int parse_arguments(int argc, char** argv, Arguments& a) {
  for (int i = 0; i < argc; ++i) {
    std::string arg, value, problem;
    if (!cli::next_argument(argc, argv, i, {"--format", "--ids", "--essential-level", "--optional-level", "--min-importance", "--scale"},
                            arg, value, problem))
      return usage(problem);
    if (arg == "--help" || arg == "-h") {
      std::cout << kImportUsage;
      return 0;
    } else if (arg == "--format") {
      if (value != "json") return usage("--format must be json");
    } else if (arg == "--pretty") {
      a.pretty = true;
    } else if (arg == "--all-warnings") {
      a.all_warnings = true;
    } else if (arg == "--keep-suppressed") {
      a.keep_suppressed = true;
    } else if (arg == "--ids") {
      if (value != "source" && value != "slug") return usage("--ids must be source or slug");
      a.ids = value == "slug" ? IdStyle::slug : IdStyle::source;
    } else if (arg == "--essential-level") {
      if (!parse_int(value, a.essential_level)) return usage("--essential-level must be an integer 1..5");
    } else if (arg == "--optional-level") {
      if (!parse_int(value, a.optional_level)) return usage("--optional-level must be an integer 0..5");
    } else if (arg == "--min-importance") {
      if (!parse_number(value, a.min_importance)) return usage("--min-importance must be a number 1..5");
    } else if (arg == "--scale") {
      a.scale = value;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage("unknown option " + arg);
    } else if (a.format_name.empty()) {
      a.format_name = arg;
    } else {
      a.paths.push_back(arg);
    }
  }
  if (a.format_name.empty()) return usage("which format? esco, onet, case or csv");
  if (a.format_name != "esco" && a.format_name != "onet" && a.format_name != "case" && a.format_name != "csv")
    return usage("unknown format " + a.format_name);
  if (a.paths.empty()) return usage("no files given");
  return -1;
}

bool is_directory(const std::string& path) {
  struct stat st{};
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool exists(const std::string& path) {
  struct stat st{};
  return stat(path.c_str(), &st) == 0;
}

// A directory argument stands for the standard files of the format found in it.
std::vector<std::string> expand(const std::string& format, const std::vector<std::string>& paths) {
  static const std::vector<std::string> esco = {"skills_en.csv", "broaderRelationsSkillPillar.csv", "occupations_en.csv",
                                                "occupationSkillRelations.csv"};
  static const std::vector<std::string> onet = {"Occupation Data.txt", "Skills.txt", "Knowledge.txt", "Content Model Reference.txt"};
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (!is_directory(p) || (format != "esco" && format != "onet")) {
      out.push_back(p);
      continue;
    }
    for (const std::string& name : format == "esco" ? esco : onet) {
      const std::string full = p + (p.back() == '/' ? "" : "/") + name;
      if (exists(full)) out.push_back(full);
    }
  }
  return out;
}

struct LoadedFiles {
  std::deque<std::string> contents;  // a deque: string_views into it stay valid as it grows
  std::vector<NamedText> files;
};

bool load(const std::vector<std::string>& paths, LoadedFiles& loaded) {
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in || is_directory(path)) {
      std::cerr << "sweetspot import: cannot read " << path << "\n";
      return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    loaded.contents.push_back(buffer.str());
    loaded.files.push_back({path, loaded.contents.back()});
  }
  return true;
}

void print_summary(const std::string& format, const ImportOutcome& out, double milliseconds, bool all_warnings) {
  std::cerr << "sweetspot import " << format << ":";
  for (std::size_t i = 0; i < out.counts.size(); ++i) std::cerr << (i ? ", " : " ") << out.counts[i].value << " " << out.counts[i].name;
  std::ostringstream ms;
  ms.precision(1);
  ms << std::fixed << milliseconds;
  std::cerr << " (" << ms.str() << " ms)\n";
  const std::size_t shown = all_warnings ? out.warnings.size() : std::min<std::size_t>(out.warnings.size(), 20);
  for (std::size_t i = 0; i < shown; ++i) std::cerr << "warning: " << out.warnings[i].path << ": " << out.warnings[i].message << "\n";
  std::int64_t total = 0;
  for (const ImportCount& c : out.counts)
    if (c.name == "warnings") total = c.value;
  if (static_cast<std::int64_t>(shown) < total)
    std::cerr << "… and " << total - static_cast<std::int64_t>(shown) << " more warnings"
              << (all_warnings ? " (not kept)" : " (--all-warnings lists them)") << "\n";
}

}  // namespace

int run_import(int argc, char** argv) {
  Arguments a;
  if (const int status = parse_arguments(argc, argv, a); status >= 0) return status;
  LoadedFiles loaded;
  const std::vector<std::string> paths = expand(a.format_name, a.paths);
  if (paths.empty()) return usage("no " + a.format_name + " files found in " + a.paths.front());
  if (!load(paths, loaded)) return 2;

  ImportOptions common;
  common.ids = a.ids;
  common.pretty = a.pretty;
  std::string problem;
  ImportOutcome out;
  const auto start = std::chrono::steady_clock::now();
  if (a.format_name == "esco") {
    EscoFiles files;
    if (!sort_esco_files(loaded.files, files, problem)) return usage(problem);
    out = import_esco(files, EscoOptions{common, a.essential_level, a.optional_level});
  } else if (a.format_name == "onet") {
    OnetFiles files;
    if (!sort_onet_files(loaded.files, files, problem)) return usage(problem);
    out = import_onet(files, OnetOptions{common, a.min_importance, a.keep_suppressed});
  } else if (a.format_name == "case") {
    if (loaded.files.size() != 1) return usage("case takes one package file");
    out = import_case(loaded.files.front(), common);
  } else {
    CsvFiles files;
    if (!sort_csv_files(loaded.files, files, problem)) return usage(problem);
    out = import_csv(files, CsvImportOptions{common, a.scale});
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!out.ok) {
    std::cerr << "sweetspot: invalid input: " << out.error.message << "\n";
    return 1;
  }
  std::cout << out.json << "\n";
  print_summary(a.format_name, out, ms, a.all_warnings);
  return 0;
}

}  // namespace sweetspot::cli
