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
#include <vector>

#include "audit_command.h"
#include "import_command.h"
#include "sweetspot/engine.h"
#include "table_view.h"

namespace {

constexpr const char* kUsage =
    "usage: sweetspot <classify|audit|validate|suggest> FILE [--format json|table] [--pretty]\n"
    "  FILE  a JSON document, or - for standard input\n"
    "  classify  {taxonomy?, organization, catalog, learner, asOf?}\n"
    "  audit     {taxonomy?, organization, catalog, learners, asOf?}: the catalog audit (options below)\n"
    "  validate  any of the documents, combined or standalone\n"
    "  suggest   {taxonomy, courses: [{id, title, summary, tags}]}: skills found in course texts\n"
    "  import    <esco|onet|case|csv> [options] FILES...: a skill framework as sweetspot/1 (import --help)\n"
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
    if (arg == "--format") ++i;
    else if (arg == "-" || arg.empty() || arg[0] != '-') return i;
  }
  return -1;
}

bool read_input(const std::string& file, std::string& out) {
  if (file == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "import") == 0) return sweetspot::cli::run_import(argc - 2, argv + 2);
  if (const int at = command_index(argc, argv); at > 0 && std::strcmp(argv[at], "audit") == 0) {
    for (int i = 1; i < argc; ++i)
      if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
        print_usage(std::cout);
        return 0;
      }
    std::vector<char*> rest(argv + 1, argv + argc);
    rest.erase(rest.begin() + (at - 1));
    return sweetspot::cli::run_audit(static_cast<int>(rest.size()), rest.data());
  }
  std::string command, file, format = "json";
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
  if (command != "classify" && command != "validate" && command != "suggest")
    return usage("unknown command " + command);
  if (file.empty()) return usage("missing FILE");
  if (format != "json" && format != "table") return usage("--format must be json or table");

  std::string input;
  if (!read_input(file, input)) {
    std::cerr << "sweetspot: cannot read " << file << "\n";
    return 2;
  }
  const bool table = format == "table";
  sweetspot::Outcome result = command == "classify" ? sweetspot::classify_document(input, pretty && !table)
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
