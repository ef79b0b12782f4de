#include "table_view.h"

#include "text_columns.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

namespace sweetspot::cli {
namespace {

using Json = nlohmann::json;


std::string number(const Json& v) {
  std::ostringstream out;
  out.precision(2);
  out << std::fixed << v.get<double>();
  return out.str();
}


const char* label(const std::string& quadrant) {
  if (quadrant == "sweet_spot") return "Sweet Spot";
  if (quadrant == "uphill") return "Uphill";
  if (quadrant == "gift") return "Gift";
  return "Waste";
}

void warnings(std::ostringstream& out, const Json& result) {
  if (result["warnings"].empty()) return;
  out << "\n" << result["warnings"].size() << " warning(s):\n";
  for (const Json& w : result["warnings"])
    out << "  " << w["path"].get<std::string>() << ": " << w["message"].get<std::string>() << "\n";
}

}  // namespace

std::string classification_table(const std::string& result_json) {
  const Json r = Json::parse(result_json);
  std::ostringstream out;
  const Json& s = r["summary"];
  out << "Learner " << r["learner"].get<std::string>() << (r["asOf"].is_string() ? " as of " + r["asOf"].get<std::string>() : "")
      << ": " << s["sweet_spot"] << " Sweet Spot, " << s["uphill"] << " Uphill, " << s["gift"] << " Gift, " << s["waste"]
      << " Waste  (thresholds personal " << number(r["thresholds"]["personal"]) << ", org " << number(r["thresholds"]["org"])
      << ")\n";
  if (r["noPersonalAgenda"].get<bool>())
    out << "No personal agenda stated yet: the personal axis is unknown; read the org column.\n";
  out << "\n" << fit("QUADRANT", 11) << " " << right("PERS", 5) << " " << right("ORG", 5) << "  " << fit("COURSE", 48) << "  FLAGS\n";
  // Sweet Spot first, then Uphill, Gift, Waste; within a quadrant by org then personal, highest first.
  std::vector<const Json*> courses;
  for (const Json& c : r["courses"]) courses.push_back(&c);
  auto rank = [](const std::string& q) { return q == "sweet_spot" ? 0 : q == "uphill" ? 1 : q == "gift" ? 2 : 3; };
  std::stable_sort(courses.begin(), courses.end(), [&](const Json* a, const Json* b) {
    int ra = rank((*a)["quadrant"]), rb = rank((*b)["quadrant"]);
    if (ra != rb) return ra < rb;
    double sa = (*a)["org"].get<double>() + (*a)["personal"].get<double>(), sb = (*b)["org"].get<double>() + (*b)["personal"].get<double>();
    return sa > sb;
  });
  for (const Json* c : courses) {
    std::string flags;
    for (const Json& f : (*c)["flags"]) flags += (flags.empty() ? "" : ",") + f.get<std::string>();
    out << fit(label((*c)["quadrant"]), 11) << " " << right(number((*c)["personal"]), 5) << " " << right(number((*c)["org"]), 5)
        << "  " << fit((*c)["title"].get<std::string>(), 48) << "  " << flags << "\n";
    if (c->contains("framing") && (*c)["quadrant"] == "uphill")
      out << std::string(25, ' ') << "why: " << (*c)["framing"].get<std::string>() << "\n";
  }
  for (const Json& g : r["growth"]) out << "\n" << g["message"].get<std::string>() << "\n";
  warnings(out, r);
  return out.str();
}

std::string validation_table(const std::string& result_json) {
  const Json r = Json::parse(result_json);
  std::ostringstream out;
  out << "valid " << r["kind"].get<std::string>() << " document:";
  for (auto it = r["counts"].begin(); it != r["counts"].end(); ++it) out << " " << it.value() << " " << it.key() << ",";
  out.seekp(-1, std::ios_base::end);
  out << "\n";
  warnings(out, r);
  return out.str();
}

std::string suggestion_table(const std::string& result_json) {
  const Json r = Json::parse(result_json);
  std::ostringstream out;
  auto list = [&](const Json& suggestions) {
    if (suggestions.empty()) out << "  (no suggestion)\n";
    for (const Json& s : suggestions) {
      // Why, with the terms an admin can put in the --rejected list.
      out << "  " << right(number(s["confidence"]), 5) << "  " << fit(s["label"].get<std::string>(), 40) << "  "
          << s.value("why", "") << "\n";
    }
  };
  if (r.contains("courses")) {
    for (const Json& c : r["courses"]) {
      out << c.value("id", "(course)") << "\n";
      list(c["suggestions"]);
    }
  } else {
    list(r["suggestions"]);
  }
  warnings(out, r);
  return out.str();
}

}  // namespace sweetspot::cli
