// sweetspot: the engine on the command line. classify / validate / suggest a JSON file (or stdin),
// printing JSON or an aligned table for admins; the catalog audit (audit_command.cpp); import skill
// frameworks (import_command.cpp).
// Exit 0 ok, 1 invalid input, 2 usage.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "audit_command.h"
#include "command_line.h"
#include "import_command.h"
#include "rejected_aliases.h"
#include "sweetspot/engine.h"
#include "table_view.h"

namespace {

constexpr const char* kUsage =
    "usage: sweetspot <classify|audit|validate|suggest> FILE [--format json|table] [--pretty]\n"
    "  FILE  a JSON document, or - for standard input\n"
    "  classify  {taxonomy?, organization, catalog, learner, asOf?}\n"
    "  audit     {taxonomy?, organization, catalog, learners, asOf?}: the catalog audit (options below)\n"
    "  validate  any of the documents, combined or standalone\n"
    "  suggest   {taxonomy, courses: [{id, title, summary, tags}], rejectedAliases?}: skills found in course\n"
    "            texts, each with why; --rejected LIST adds the site's \"never suggest from\" terms (one a\n"
    "            line, or term<TAB>skill-id)\n"
    "  import    <esco|onet|case|csv> [options] FILES...: a skill framework as sweetspot/1 (import --help)\n"
    "  compile   FILE -o OUT.sscat: {taxonomy?, organization, catalog} as a catalog snapshot\n"
    "            (docs/snapshot.md); prints {courses, skills, warnings}\n"
    "  classify|audit FILE --catalog OUT.sscat: FILE holds only {learner|learners, asOf?}; the\n"
    "            organization and catalog come from the snapshot (audit: JSON output only)\n"
    "Exit status: 0 ok, 1 invalid input (the error and its JSON path on stderr), 2 usage.\n"
    "\n";

void print_usage(std::ostream& out) { out << kUsage << sweetspot::cli::kAuditUsage; }

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "sweetspot: " << problem << "\n";
  print_usage(std::cerr);
  return 2;
}

// The command: the first argument that is neither an option nor an option's value.
int command_index(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--format" || arg == "--catalog" || arg == "-o" || arg == "--rejected") ++i;
    else if (arg == "-" || arg.empty() || arg[0] != '-') return i;
  }
  return -1;
}

// `compile FILE -o OUT`: writes the snapshot, then prints what loading it reports.
int compile(const std::string& input, const std::string& output) {
  const sweetspot::Outcome compiled = sweetspot::compile_catalog(input);
  if (!compiled.ok) {
    std::cerr << "sweetspot: invalid input: " << compiled.error.message << "\n";
    return 1;
  }
  std::ofstream out(output, std::ios::binary);
  out.write(compiled.json.data(), static_cast<std::streamsize>(compiled.json.size()));
  if (!out.flush()) {
    std::cerr << "sweetspot: cannot write " << output << "\n";
    return 2;
  }
  sweetspot::Engine engine;
  const sweetspot::Outcome loaded = engine.load_snapshot(compiled.json);
  if (!loaded.ok) {  // a snapshot the engine cannot read back would be a bug; say so rather than hide it
    std::cerr << "sweetspot: the snapshot does not read back: " << loaded.error.message << "\n";
    return 1;
  }
  std::cout << loaded.json << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "import") == 0) return sweetspot::cli::run_import(argc - 2, argv + 2);
  bool with_catalog = false;  // audit --catalog is read below, with classify --catalog
  for (int i = 1; i < argc; ++i) with_catalog = with_catalog || std::strncmp(argv[i], "--catalog", 9) == 0;
  if (const int at = command_index(argc, argv); at > 0 && std::strcmp(argv[at], "audit") == 0 && !with_catalog) {
    for (int i = 1; i < argc; ++i)
      if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
        print_usage(std::cout);
        return 0;
      }
    std::vector<char*> rest(argv + 1, argv + argc);
    rest.erase(rest.begin() + (at - 1));
    return sweetspot::cli::run_audit(static_cast<int>(rest.size()), rest.data());
  }
  std::string command, file, format = "json", catalog, output, rejected;
  bool pretty = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      print_usage(std::cout);
      return 0;
    } else if (arg == "--format") {
      if (i + 1 >= argc) return usage("--format needs a value");
      format = argv[++i];
    } else if (arg.rfind("--format=", 0) == 0) {
      format = arg.substr(9);
    } else if (arg == "--pretty") {
      pretty = true;
    } else if (arg == "--catalog" || arg == "-o") {
      if (i + 1 >= argc) return usage(arg + " needs a file");
      (arg == "-o" ? output : catalog) = argv[++i];
    } else if (arg == "--rejected") {
      if (i + 1 >= argc) return usage("--rejected needs a file");
      rejected = argv[++i];
    } else if (arg.rfind("--catalog=", 0) == 0) {
      catalog = arg.substr(10);
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return usage("unknown option " + arg);
    } else if (command.empty()) {
      command = arg;
    } else if (file.empty()) {
      file = arg;
    } else {
      return usage("unexpected argument " + arg);
    }
  }
  if (command.empty()) return usage("");
  if (command != "classify" && command != "validate" && command != "suggest" && command != "compile" && command != "audit")
    return usage("unknown command " + command);
  if (file.empty()) return usage("missing FILE");
  if (format != "json" && format != "table") return usage("--format must be json or table");
  if (!catalog.empty() && command != "classify" && command != "audit") return usage("--catalog goes with classify or audit");
  if (command == "audit" && catalog.empty()) return usage("--catalog needs a file");
  if (command == "audit" && format != "json") return usage("audit --catalog prints JSON only (--format json)");
  if (catalog == "-" && file == "-") return usage("FILE and --catalog cannot both be standard input");
  if ((command == "compile") != !output.empty()) return usage(command == "compile" ? "compile needs -o OUT.sscat" : "-o goes with compile");
  if (!rejected.empty() && command != "suggest") return usage("--rejected goes with suggest");

  std::string input;
  if (!sweetspot::cli::read_input(file, input)) {
    std::cerr << "sweetspot: cannot read " << file << "\n";
    return 2;
  }
  const bool table = format == "table";
  if (command == "compile") return compile(input, output);
  if (!rejected.empty()) {
    std::string list;
    if (rejected == "-" || !sweetspot::cli::read_input(rejected, list)) {
      std::cerr << "sweetspot: cannot read " << rejected << "\n";
      return 2;
    }
    input = sweetspot::cli::with_rejected_aliases(input, list);
  }
  sweetspot::Engine engine;
  if (!catalog.empty()) {
    std::string snapshot;
    if (!sweetspot::cli::read_input(catalog, snapshot)) {
      std::cerr << "sweetspot: cannot read " << catalog << "\n";
      return 2;
    }
    // Moved in: the engine keeps these bytes and reads the catalog's ids and titles there.
    const sweetspot::Outcome loaded = engine.load_snapshot_moved(std::move(snapshot));
    if (!loaded.ok) {
      std::cerr << "sweetspot: invalid catalog snapshot: " << loaded.error.message << "\n";
      return 1;
    }
  }
  sweetspot::Outcome result = !catalog.empty()     ? (command == "classify" ? engine.classify(input, pretty && !table) : engine.audit(input, pretty))
                              : command == "classify" ? sweetspot::classify_document(input, pretty && !table)
                              : command == "suggest" ? sweetspot::suggest_document(input)
                                                     : sweetspot::validate_document(input, pretty && !table);
  if (!result.ok) {
    std::cerr << "sweetspot: invalid input: " << result.error.message << "\n";
    return 1;
  }
  if (!table) {
    std::cout << result.json << "\n";
    return 0;
  }
  std::cout << (command == "classify"  ? sweetspot::cli::classification_table(result.json)
                : command == "suggest" ? sweetspot::cli::suggestion_table(result.json)
                                       : sweetspot::cli::validation_table(result.json));
  return 0;
}
