// Running the `sweetspot` command-line tool as a process from the tests (SWEETSPOT_CLI is its path,
// set by tests/CMakeLists.txt): standard output, standard error and the exit status.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "test_support.h"

namespace sweetspot::test {

struct CliRun {
  int status = -1;
  std::string out, err;
};

// A file in the test temp directory, unique to this process (ctest runs each test in its own).
inline std::string temp_path(const std::string& name) {
  return ::testing::TempDir() + "sweetspot_cli_" + std::to_string(::getpid()) + "_" + name;
}

inline std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Runs `sweetspot <args>` through the shell, optionally with `stdin_text` on standard input.
inline CliRun run_cli(const std::string& args, const std::string* stdin_text = nullptr) {
  const std::string out = temp_path("stdout"), err = temp_path("stderr"), in = temp_path("stdin");
  std::string command = std::string("'") + SWEETSPOT_CLI + "' " + args + " >'" + out + "' 2>'" + err + "'";
  if (stdin_text) {
    std::ofstream(in, std::ios::binary) << *stdin_text;
    command += " <'" + in + "'";
  }
  CliRun run;
  const int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = read_file(out);
  run.err = read_file(err);
  std::remove(out.c_str());
  std::remove(err.c_str());
  std::remove(in.c_str());
  return run;
}

// A usage error: exit status 2, `message` on standard error, nothing on standard output.
inline void expect_usage_error(const std::string& args, const std::string& message) {
  const CliRun run = run_cli(args);
  EXPECT_EQ(run.status, 2) << args;
  EXPECT_NE(run.err.find(message), std::string::npos) << args << ": " << run.err;
  EXPECT_EQ(run.out, "") << args;
}

}  // namespace sweetspot::test
