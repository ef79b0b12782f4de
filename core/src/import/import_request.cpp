// import_request(): one JSON request {format, files: {name: contents}, options} in, the imported
// document and its report out. The file-to-part sorting is shared with `sweetspot import`.
//
// The request is read by a SAX handler of its own rather than json_reader.h: the files' contents
// are JSON strings far longer than the 64 KiB a sweetspot/1 string may be, and the request's shape
// is fixed and shallow, so the handler takes exactly that shape and builds no DOM.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "documents/json_reader.h"
#include "sweetspot/import.h"

namespace sweetspot {
namespace {

// ---- file names --------------------------------------------------------------------------------

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Lower-case letters and digits only: "Occupation Data.txt" and "occupation_data.txt" both give
// "occupationdatatxt".
std::string squeeze(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Puts `file` in `slot`, refusing a second file for the same slot.
bool assign(NamedText& slot, const NamedText& file, std::string& problem) {
  if (slot.given()) {
    problem = "two files for the same part: " + slot.name + " and " + file.name;
    return false;
  }
  slot = file;
  return true;
}

}  // namespace

bool sort_esco_files(const std::vector<NamedText>& files, EscoFiles& out, std::string& problem) {
  for (const NamedText& f : files) {
    const std::string n = lower(base_name(f.name));  // skills_en.csv, but not skillSkillRelations.csv
    NamedText* slot = starts_with(n, "skills_") || n == "skills.csv"                 ? &out.skills
                      : starts_with(n, "skillgroups")                                ? &out.skill_groups
                      : starts_with(n, "broaderrelationsskillpillar")                ? &out.broader_relations
                      : starts_with(n, "occupationskillrelations")                   ? &out.occupation_skill_relations
                      : starts_with(n, "occupations_") || n == "occupations.csv"     ? &out.occupations
                                                                                     : nullptr;
    if (!slot) {
      problem = "cannot tell which ESCO file " + f.name +
                " is (expected skills_*.csv, skillGroups_*.csv, broaderRelationsSkillPillar.csv, occupations_*.csv, occupationSkillRelations.csv)";
      return false;
    }
    if (!assign(*slot, f, problem)) return false;
  }
  return true;
}

bool sort_onet_files(const std::vector<NamedText>& files, OnetFiles& out, std::string& problem) {
  for (const NamedText& f : files) {
    const std::string n = squeeze(base_name(f.name));
    NamedText* slot = starts_with(n, "occupationdata")          ? &out.occupation_data
                      : starts_with(n, "technologyskills")      ? &out.technology
                      : starts_with(n, "skills")                ? &out.skills
                      : starts_with(n, "knowledge")             ? &out.knowledge
                      : starts_with(n, "contentmodelreference") ? &out.content_model
                                                                : nullptr;
    if (!slot) {
      problem = "cannot tell which O*NET file " + f.name +
                " is (expected Occupation Data.txt, Skills.txt, Knowledge.txt, Technology Skills.txt, Content Model Reference.txt)";
      return false;
    }
    if (!assign(*slot, f, problem)) return false;
  }
  return true;
}

// A plain CSV is a roles file when its header has a "role" column, else a taxonomy.
bool sort_csv_files(const std::vector<NamedText>& files, CsvFiles& out, std::string& problem) {
  for (const NamedText& f : files) {
    const std::string first_line(f.text.substr(0, f.text.find_first_of("\r\n")));
    bool roles = false;
    std::string cell;
    for (char c : first_line + ",") {
      if (c == ',' || c == ';' || c == '\t') {
        roles = roles || squeeze(cell) == "role";
        cell.clear();
      } else {
        cell += c;
      }
    }
    if (!assign(roles ? out.roles : out.taxonomy, f, problem)) return false;
  }
  return true;
}

namespace {

// ---- the request -------------------------------------------------------------------------------

constexpr std::size_t kMaxRequestBytes = 256u * 1024u * 1024u;
constexpr std::size_t kMaxFiles = 16;
constexpr std::size_t kMaxNameBytes = 1024;

struct Scalar {
  enum Kind { kString, kNumber, kInteger, kBool, kNull } kind = kNull;
  std::string text;
  double number = 0;
  bool flag = false;
};

struct Request {
  bool has_format = false, has_files = false;
  std::string format;
  std::deque<std::pair<std::string, std::string>> files;  // a deque: views into it stay valid
  std::vector<std::pair<std::string, Scalar>> options;
};

// Accepts {format: string, files: {name: string}, options: {name: scalar}} and nothing deeper.
class RequestReader {
 public:
  explicit RequestReader(Request& out) : out_(out) {}

  bool null() { return scalar(Scalar{}); }
  bool boolean(bool v) {
    Scalar s;
    s.kind = Scalar::kBool;
    s.flag = v;
    return scalar(std::move(s));
  }
  bool number_integer(Json::number_integer_t v) { return integer(static_cast<double>(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return integer(static_cast<double>(v)); }
  bool number_float(Json::number_float_t v, const std::string&) {
    Scalar s;
    s.kind = Scalar::kNumber;
    s.number = v;
    return scalar(std::move(s));
  }
  bool string(std::string& v) {
    Scalar s;
    s.kind = Scalar::kString;
    s.text = std::move(v);
    return scalar(std::move(s));
  }
  bool binary(Json::binary_t&) { return fail(make_error(path(), "JSON text", "binary data")); }

  bool start_object(std::size_t) {
    if (depth_ == 0) {
      depth_ = 1;
      return true;
    }
    if (depth_ == 1 && (key_ == "files" || key_ == "options")) {
      part_ = key_;
      if (part_ == "files") out_.has_files = true;
      depth_ = 2;
      return true;
    }
    return fail(make_error(path(), depth_ == 1 ? expected_top() : expected_inner(), "an object"));
  }
  bool start_array(std::size_t) {
    if (depth_ == 0) return fail(make_error("", "an object {format, files, options?}", "an array"));
    return fail(make_error(path(), depth_ == 1 ? expected_top() : expected_inner(), "an array"));
  }
  bool end_object() {
    --depth_;
    if (depth_ == 1) part_.clear();
    key_.clear();
    return true;
  }
  bool end_array() { return true; }  // never reached: arrays are refused when they start

  bool key(std::string& k) {
    if (depth_ == 1) {
      if (k != "format" && k != "files" && k != "options" && k != "schema")
        return fail(make_error("/" + pointer_token(k), "one of format, files, options", "unknown key \"" + k + "\""));
      if (std::find(top_keys_.begin(), top_keys_.end(), k) != top_keys_.end())
        return fail(make_error("/" + pointer_token(k), "each key once", "duplicate key \"" + k + "\""));
      top_keys_.push_back(k);
    } else {
      if (k.size() > kMaxNameBytes || k.empty())
        return fail(make_error(path() + "/" + pointer_token(k), "a name of 1.." + std::to_string(kMaxNameBytes) + " bytes",
                               "a name of " + std::to_string(k.size()) + " bytes"));
      const bool seen = part_ == "files"
                            ? std::any_of(out_.files.begin(), out_.files.end(), [&](const auto& f) { return f.first == k; })
                            : std::any_of(out_.options.begin(), out_.options.end(), [&](const auto& o) { return o.first == k; });
      if (seen) return fail(make_error("/" + part_ + "/" + pointer_token(k), "each name once", "duplicate key \"" + k + "\""));
      if (part_ == "files" && out_.files.size() >= kMaxFiles)
        return fail(make_error("/files", "at most " + std::to_string(kMaxFiles) + " files", "more"));
    }
    key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
    if (failed_) return false;
    return fail(syntax_error(path(), position, last_token, ex.what()));  // the token cut to valid UTF-8
  }

  bool failed() const { return failed_; }
  const Error& error() const { return error_; }

 private:
  std::string path() const {
    if (depth_ <= 1) return key_.empty() ? "" : "/" + pointer_token(key_);
    return "/" + part_ + (key_.empty() ? "" : "/" + pointer_token(key_));
  }
  std::string expected_top() const {
    return key_ == "format" ? "a string" : key_ == "schema" ? "a string" : "an object";
  }
  std::string expected_inner() const { return part_ == "files" ? "a string (the file's contents)" : "a string, number or boolean"; }

  bool integer(double v) {
    Scalar s;
    s.kind = Scalar::kInteger;
    s.number = v;
    return scalar(std::move(s));
  }

  bool scalar(Scalar&& s) {
    if (depth_ == 0) return fail(make_error("", "an object {format, files, options?}", "a single value"));
    if (depth_ == 1) {
      if (key_ == "format" || key_ == "schema") {
        if (s.kind != Scalar::kString) return fail(make_error(path(), "a string", kind_name(s)));
        if (key_ == "format") {
          out_.format = std::move(s.text);
          out_.has_format = true;
        }
        key_.clear();
        return true;
      }
      return fail(make_error(path(), "an object", kind_name(s)));
    }
    if (part_ == "files") {
      if (s.kind != Scalar::kString) return fail(make_error(path(), expected_inner(), kind_name(s)));
      out_.files.emplace_back(key_, std::move(s.text));
    } else {
      out_.options.emplace_back(key_, std::move(s));
    }
    key_.clear();
    return true;
  }

  static std::string kind_name(const Scalar& s) {
    switch (s.kind) {
      case Scalar::kString: return "a string";
      case Scalar::kBool: return s.flag ? "true" : "false";
      case Scalar::kNull: return "null";
      default: return "a number";
    }
  }

  bool fail(Error e) {
    if (!failed_) error_ = std::move(e);
    failed_ = true;
    return false;
  }

  Request& out_;
  int depth_ = 0;
  std::string part_, key_;
  std::vector<std::string> top_keys_;
  bool failed_ = false;
  Error error_;
};

Outcome failure(Error e) {
  Outcome o;
  o.error = std::move(e);
  return o;
}

std::string describe(const Scalar& s) {
  switch (s.kind) {
    case Scalar::kString: return "string \"" + (s.text.size() > 40 ? s.text.substr(0, 40) + "..." : s.text) + "\"";
    case Scalar::kBool: return s.flag ? "true" : "false";
    case Scalar::kNull: return "null";
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", s.number);
      return std::string("number ") + buf;
    }
  }
}

// The options a format takes, each with the type it must have.
struct OptionSpec {
  const char* name;
  Scalar::Kind kind;  // kInteger: a whole number; kNumber: any number
};

const std::vector<OptionSpec>& options_of(const std::string& format) {
  static const std::map<std::string, std::vector<OptionSpec>> specs = {
      {"esco", {{"ids", Scalar::kString}, {"essentialLevel", Scalar::kInteger}, {"optionalLevel", Scalar::kInteger}}},
      {"onet", {{"ids", Scalar::kString}, {"minImportance", Scalar::kNumber}, {"keepSuppressed", Scalar::kBool}, {"technologyLevel", Scalar::kInteger}}},
      {"case", {{"ids", Scalar::kString}}},
      {"csv", {{"ids", Scalar::kString}, {"levelScale", Scalar::kString}}},
  };
  return specs.at(format);
}

}  // namespace

Outcome import_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes)
    return failure(make_error("", "a request of at most " + std::to_string(kMaxRequestBytes) + " bytes",
                              std::to_string(text.size()) + " bytes"));
  Request request;
  RequestReader reader(request);
  const bool parsed = Json::sax_parse(text.begin(), text.end(), &reader, nlohmann::detail::input_format_t::json,
                                      /*strict=*/true, /*ignore_comments=*/false);
  if (!parsed || reader.failed())
    return failure(reader.failed() ? reader.error() : make_error("", "valid JSON", "an unreadable request"));

  const std::string& format = request.format;
  if (!request.has_format) return failure(make_error("/format", "\"esco\", \"onet\", \"case\" or \"csv\"", "nothing (missing)"));
  if (format != "esco" && format != "onet" && format != "case" && format != "csv")
    return failure(make_error("/format", "\"esco\", \"onet\", \"case\" or \"csv\"", "string \"" + format + "\""));
  if (!request.has_files || request.files.empty())
    return failure(make_error("/files", "an object of at least one file {\"<name>\": \"<contents>\"}", "no file"));

  // Options, checked by type here; ranges are the importers' to check.
  ImportOptions common;
  EscoOptions esco;
  OnetOptions onet;
  CsvImportOptions csv;
  const auto& allowed = options_of(format);
  for (const auto& option : request.options) {
    const std::string& name = option.first;  // (a structured binding cannot be captured in C++17)
    const Scalar& value = option.second;
    const std::string path = "/options/" + pointer_token(name);
    auto spec = std::find_if(allowed.begin(), allowed.end(), [&](const OptionSpec& o) { return name == o.name; });
    if (spec == allowed.end()) {
      std::string names;
      for (const OptionSpec& o : allowed) names += std::string(names.empty() ? "" : ", ") + o.name;
      return failure(make_error(path, "an option of " + format + " (" + names + ")", "unknown option \"" + name + "\""));
    }
    const bool number = value.kind == Scalar::kNumber || value.kind == Scalar::kInteger;
    const bool whole = number && std::floor(value.number) == value.number && std::fabs(value.number) < 1e6;
    if ((spec->kind == Scalar::kString && value.kind != Scalar::kString) || (spec->kind == Scalar::kBool && value.kind != Scalar::kBool) ||
        (spec->kind == Scalar::kNumber && !number) || (spec->kind == Scalar::kInteger && !whole))
      return failure(make_error(path, spec->kind == Scalar::kString ? "a string" : spec->kind == Scalar::kBool ? "a boolean"
                                      : spec->kind == Scalar::kInteger                                    ? "an integer"
                                                                                                          : "a number",
                                describe(value)));
    if (name == "ids") {
      if (value.text != "source" && value.text != "slug") return failure(make_error(path, "\"source\" or \"slug\"", describe(value)));
      common.ids = value.text == "slug" ? IdStyle::slug : IdStyle::source;
    } else if (name == "essentialLevel") {
      esco.essential_level = static_cast<int>(value.number);
    } else if (name == "optionalLevel") {
      esco.optional_level = static_cast<int>(value.number);
    } else if (name == "minImportance") {
      onet.min_importance = value.number;
    } else if (name == "keepSuppressed") {
      onet.keep_suppressed = value.flag;
    } else if (name == "technologyLevel") {
      onet.technology_level = static_cast<int>(value.number);
    } else if (name == "levelScale") {
      csv.level_scale = value.text;
    }
  }

  std::vector<NamedText> files;
  for (const auto& [name, contents] : request.files) files.push_back({name, contents});
  std::string problem;
  ImportOutcome out;
  if (format == "esco") {
    EscoFiles parts;
    if (!sort_esco_files(files, parts, problem)) return failure(make_error_message("/files", problem));
    esco.common = common;
    out = import_esco(parts, esco);
  } else if (format == "onet") {
    OnetFiles parts;
    if (!sort_onet_files(files, parts, problem)) return failure(make_error_message("/files", problem));
    onet.common = common;
    out = import_onet(parts, onet);
  } else if (format == "case") {
    if (files.size() != 1) return failure(make_error("/files", "one CASE package file", std::to_string(files.size()) + " files"));
    out = import_case(files.front(), common);
  } else {
    CsvFiles parts;
    if (!sort_csv_files(files, parts, problem)) return failure(make_error_message("/files", problem));
    csv.common = common;
    out = import_csv(parts, csv);
  }
  if (!out.ok) {
    // The importers name a bad option by its own name ("essentialLevel"): give its request path.
    for (const OptionSpec& o : allowed)
      if (out.error.path == o.name) {
        Error e = out.error.expected.empty() ? make_error_message("/options/" + out.error.path, out.error.message)
                                             : make_error("/options/" + out.error.path, out.error.expected, out.error.found);
        return failure(std::move(e));
      }
    return failure(std::move(out.error));
  }
  Outcome o;
  o.ok = true;
  o.json = "{\"document\":" + out.json + ",\"report\":" + import_report_json(out, format) + "}";
  return o;
}

}  // namespace sweetspot
