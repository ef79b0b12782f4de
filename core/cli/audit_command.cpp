#include "audit_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "audit_views.h"
#include "command_line.h"
#include "sweetspot/audit.h"

namespace sweetspot::cli {

const char* const kAuditUsage =
    "  audit FILE [--format json|csv|html|table] [--learners L.ndjson] [--learners-csv OUT.csv]\n"
    "             [--team NAME] [--threads N] [--progress|--no-progress] [--pretty]\n"
    "     FILE {taxonomy?, organization, catalog, learners, asOf?}, or with --learners {taxonomy?,\n"
    "     organization, catalog, asOf?} and the learners one JSON object per line of L.ndjson (- for\n"
    "     standard input), read, scored and dropped one at a time (for large organizations).\n"
    "     --format csv: one row per course (course,title,sweet_spot,uphill,gift,waste,waste_for_most);\n"
    "     html: a self-contained report (inline CSS and SVG, no script); table: aligned text.\n"
    "     --learners-csv OUT.csv also writes one row per learner (stagnation, Sweet Spot counts).\n"
    "     --team NAME audits only that team's learners (a manager's view). --threads N: learners\n"
    "     scored in parallel (default: every core). A progress bar goes to stderr when it is a\n"
    "     terminal, or with --progress.\n";

namespace {

int usage(const std::string& problem) {
  std::cerr << "sweetspot: " << problem << "\n" << "usage: sweetspot audit FILE [options]\n" << kAuditUsage;
  return 2;
}

struct Arguments {
  std::string file, learners, learners_csv, team, format = "json";
  bool pretty = false;
  int progress = -1;  // -1: when stderr is a terminal
  unsigned threads = 0;
};

// Returns -1 when the arguments are fine, else the exit status.
int parse_arguments(int argc, char** argv, Arguments& a) {
  for (int i = 0; i < argc; ++i) {
    std::string arg, value, problem;
    if (!cli::next_argument(argc, argv, i, {"--format", "--learners", "--learners-csv", "--team", "--threads"}, arg, value, problem))
      return usage(problem);
    if (arg == "--format") {
      if (value != "json" && value != "csv" && value != "html" && value != "table")
        return usage("--format must be json, csv, html or table");
      a.format = value;
    } else if (arg == "--learners") {
      a.learners = value;
    } else if (arg == "--learners-csv") {
      a.learners_csv = value;
    } else if (arg == "--team") {
      if (value.empty()) return usage("--team needs a team name");
      a.team = value;
    } else if (arg == "--threads") {
      if (value.empty() || value.size() > 3 || !std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }) ||
          std::stoi(value) < 1 || std::stoi(value) > 256)
        return usage("--threads must be an integer 1..256");
      a.threads = static_cast<unsigned>(std::stoi(value));
    } else if (arg == "--pretty") {
      a.pretty = true;
    } else if (arg == "--progress") {
      a.progress = 1;
    } else if (arg == "--no-progress") {
      a.progress = 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage("unknown option " + arg);
    } else if (a.file.empty()) {
      a.file = arg;
    } else {
      return usage("unexpected argument " + arg);
    }
  }
  if (a.file.empty()) return usage("missing FILE");
  if (a.file == "-" && a.learners == "-") return usage("FILE and --learners cannot both be standard input");
  return -1;
}

// NDJSON learners: one JSON object per line, read as they are needed.
class NdjsonSource : public LearnerSource {
 public:
  explicit NdjsonSource(std::istream& in) : in_(in) {}
  bool next(std::string& text, std::uint64_t& line, Error& error) override {
    if (!std::getline(in_, text)) {
      line = line_ + 1;
      if (in_.bad()) error.message = "the learners could not be read";
      return false;
    }
    line = ++line_;
    bytes_ += text.size() + 1;
    return true;
  }
  std::uint64_t bytes() const { return bytes_; }

 private:
  std::istream& in_;
  std::uint64_t line_ = 0, bytes_ = 0;
};

std::string grouped(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

// "\r[#########-----------]  45%  4,500 of 10,000 learners  1,234/s" on stderr, at most ten times a
// second. Without a known total (streamed learners) the share is that of the file's bytes read.
class ProgressBar {
 public:
  ProgressBar(bool enabled, const NdjsonSource* source, std::uint64_t source_bytes)
      : enabled_(enabled), source_(source), source_bytes_(source_bytes), start_(std::chrono::steady_clock::now()) {}

  void update(std::uint64_t done, std::uint64_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    drawn_ = true;
    draw(done, total, now);
  }

  void finish(std::uint64_t done) {
    if (!enabled_ || !drawn_) return;
    draw(done, done, std::chrono::steady_clock::now());
    std::cerr << "\n";
  }

 private:
  void draw(std::uint64_t done, std::uint64_t total, std::chrono::steady_clock::time_point now) {
    double share = -1;
    if (total > 0) share = static_cast<double>(done) / static_cast<double>(total);
    else if (source_ && source_bytes_ > 0) share = std::min(1.0, static_cast<double>(source_->bytes()) / static_cast<double>(source_bytes_));
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::string line = "\rsweetspot audit: ";
    if (share >= 0) {
      const int filled = static_cast<int>(share * 24);
      line += "[" + std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(24 - filled), '-') + "] ";
      char pct[8];
      std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(share * 100));
      line += pct;
      line += "  ";
    }
    line += grouped(done) + (total > 0 ? " of " + grouped(total) : "") + " learners";
    if (seconds > 0.05) line += "  " + grouped(static_cast<std::uint64_t>(static_cast<double>(done) / seconds)) + "/s";
    std::cerr << line << "   " << std::flush;
  }

  bool enabled_;
  const NdjsonSource* source_;
  std::uint64_t source_bytes_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

std::uint64_t file_size(const std::string& path) {
  struct stat st{};
  return path != "-" && stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

}  // namespace

int run_audit(int argc, char** argv) {
  Arguments a;
  if (const int status = parse_arguments(argc, argv, a); status >= 0) return status;
  std::string input;
  if (!cli::read_input(a.file, input)) {
    std::cerr << "sweetspot: cannot read " << a.file << "\n";
    return 2;
  }
  AuditOptions options;
  options.threads = a.threads;
  options.team = a.team;
  const bool show = a.progress == 1 || (a.progress == -1 && ::isatty(STDERR_FILENO));

  AuditResult result;
  std::uint64_t audited = 0;
  if (a.learners.empty()) {
    ProgressBar bar(show, nullptr, 0);
    options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); audited = done; };
    result = audit_report(input, options);
    bar.finish(audited);
  } else {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (a.learners != "-") {
      struct stat st{};
      file.open(a.learners, std::ios::binary);
      if (!file || (stat(a.learners.c_str(), &st) == 0 && S_ISDIR(st.st_mode))) {
        std::cerr << "sweetspot: cannot read " << a.learners << "\n";
        return 2;
      }
      in = &file;
    }
    NdjsonSource source(*in);
    ProgressBar bar(show, &source, file_size(a.learners));
    options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); audited = done; };
    const std::string name = a.learners == "-" ? "(stdin)" : a.learners;
    result = audit_report_stream(input, source, name, options);
    bar.finish(audited);
  }
  input.clear();
  input.shrink_to_fit();
  if (!result.ok) {
    std::cerr << "sweetspot: invalid input: " << result.error.message << "\n";
    return 1;
  }
  if (!a.learners_csv.empty()) {
    std::ofstream out(a.learners_csv, std::ios::binary);
    out << audit_learners_csv(result.report);
    if (!out.flush()) {
      std::cerr << "sweetspot: cannot write " << a.learners_csv << "\n";
      return 2;
    }
  }
  if (a.format == "json") std::cout << audit_report_json(result.report, a.pretty) << "\n";
  else if (a.format == "csv") std::cout << audit_courses_csv(result.report);
  else if (a.format == "html") std::cout << audit_html(result.report, a.team);
  else std::cout << audit_table(result.report);
  std::cout.flush();
  return std::cout ? 0 : 2;
}

}  // namespace sweetspot::cli
