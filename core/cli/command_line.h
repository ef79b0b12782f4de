// What every sweetspot command does with its command line the same way: options written
// "--name=value" or "--name value", and input read from a file or "-" (standard input).
#pragma once
#include <sys/stat.h>

#include <fstream>
#include <initializer_list>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace sweetspot::cli {

// Reads argv[i] into `arg` and, for "--name=value" or an option in `with_value`, its value into
// `value` (advancing `i` past a separate value). False with `problem` set when the value is missing.
inline bool next_argument(int argc, char** argv, int& i, std::initializer_list<std::string_view> with_value, std::string& arg,
                          std::string& value, std::string& problem) {
  arg = argv[i];
  value.clear();
  const auto eq = arg.find('=');
  if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
    value = arg.substr(eq + 1);
    arg = arg.substr(0, eq);
    return true;
  }
  for (std::string_view option : with_value)
    if (arg == option) {
      if (i + 1 >= argc) {
        problem = arg + " needs a value";
        return false;
      }
      value = argv[++i];
      return true;
    }
  return true;
}

// The whole of `file`, or of standard input for "-"; false when it cannot be read (a directory
// cannot either).
inline bool read_input(const std::string& file, std::string& out) {
  if (file == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  struct stat st{};
  if (!in || (stat(file.c_str(), &st) == 0 && S_ISDIR(st.st_mode))) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

}  // namespace sweetspot::cli
