#include "audit_views.h"

#include "text_columns.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <vector>

namespace sweetspot::cli {
namespace {

constexpr const char* kLabels[4] = {"Sweet Spot", "Uphill", "Gift", "Waste"};
constexpr const char* kMeaning[4] = {
    "the learner wants it and the organization needs it",
    "the organization needs it; the learner does not ask for it yet (frame it)",
    "the learner wants it; the organization does not need it now",
    "neither needs it now",
};

// ---- text --------------------------------------------------------------------------------------

std::string html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string units_text(int units) {
  std::string s = std::to_string(units / 10000);
  int frac = units % 10000;
  if (frac == 0) return s;
  std::string f = std::to_string(frac + 10000).substr(1);
  while (!f.empty() && f.back() == '0') f.pop_back();
  return s + "." + f;
}



template <class Counts>
std::uint64_t total(const Counts& c) {
  return std::uint64_t{c[0]} + c[1] + c[2] + c[3];
}

// ---- SVG ---------------------------------------------------------------------------------------

// A stacked bar: one segment per quadrant, filled with the quadrant's pattern, its count written in
// it where it fits, a <title> per segment, and the whole bar named for screen readers. Positions
// in tenths of a unit, from integer arithmetic, so the same report gives the same bytes.
template <class Counts>
std::string stacked_bar(const Counts& counts, int bar_width, const std::string& name) {
  const std::uint64_t sum = total(counts);
  std::ostringstream out;
  out << "<svg class=\"bar\" role=\"img\" aria-label=\"" << html(name) << "\" viewBox=\"0 0 " << bar_width
      << " 20\" width=\"" << bar_width << "\" height=\"20\">";
  if (sum == 0) {
    out << "<rect class=\"empty\" x=\"0\" y=\"1\" width=\"" << bar_width << "\" height=\"18\"/>";
  }
  std::uint64_t before = 0;
  auto tenths = [&](std::uint64_t n) { return sum ? (n * static_cast<std::uint64_t>(bar_width) * 10 + sum / 2) / sum : 0; };
  auto fixed = [](std::uint64_t t) { return std::to_string(t / 10) + (t % 10 ? "." + std::to_string(t % 10) : ""); };
  for (int q = 0; q < 4; ++q) {
    if (counts[q] == 0) continue;
    const std::uint64_t x0 = tenths(before), x1 = tenths(before + counts[q]);
    before += counts[q];
    out << "<g class=\"seg q" << q << "\"><title>" << kLabels[q] << ": " << counts[q] << "</title>"
        << "<rect x=\"" << fixed(x0) << "\" y=\"1\" width=\"" << fixed(x1 - x0) << "\" height=\"18\" fill=\"url(#pattern-q" << q
        << ")\"/>";
    const std::string label = std::to_string(counts[q]);
    if (x1 - x0 >= 70 + 70 * label.size())  // room for the number (tenths of a unit)
      out << "<text x=\"" << fixed((x0 + x1) / 2) << "\" y=\"14\" text-anchor=\"middle\">" << label << "</text>";
    out << "</g>";
  }
  out << "</svg>";
  return out.str();
}

template <class Counts>
std::string bar_name(const std::string& what, const Counts& counts) {
  std::string s = what + ": ";
  for (int q = 0; q < 4; ++q) s += std::string(q ? ", " : "") + kLabels[q] + " " + std::to_string(counts[q]);
  return s;
}

constexpr const char* kStyle = R"css(
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0; background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.meta, .note { color: var(--muted); margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: middle; }
th { font-weight: 600; background: #f6f8fa; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: block; }
.bar text { font: 600 11px system-ui, sans-serif; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.bar .empty { fill: #f6f8fa; stroke: var(--line); }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.legend svg { flex: none; border: 1px solid #444; }
.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.flag { font-weight: 600; }
footer { color: var(--muted); padding-bottom: 2rem; margin-top: 2rem; }
)css";

// The four patterns: Sweet Spot solid, Uphill diagonal stripes, Gift dots, Waste cross-hatch.
constexpr const char* kPatterns = R"svg(<svg class="defs" aria-hidden="true" focusable="false"><defs>
<pattern id="pattern-q0" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#5fb37b"/></pattern>
<pattern id="pattern-q1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f3c27f"/><rect width="3" height="8" fill="#b7701a"/></pattern>
<pattern id="pattern-q2" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#c9b8ee"/><circle cx="4" cy="4" r="1.8" fill="#4a2785"/></pattern>
<pattern id="pattern-q3" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#d5dade"/><path d="M0 0L8 8M8 0L0 8" stroke="#3a4650" stroke-width="1.2"/></pattern>
</defs></svg>
)svg";

}  // namespace

// ---- CSV ---------------------------------------------------------------------------------------

std::string csv_text(std::string_view s) {
  std::string cell;
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) cell = "'";
  cell.append(s);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string audit_courses_csv(const AuditReport& r) {
  std::vector<bool> most(r.courses.size(), false);
  for (std::size_t c : r.waste_for_most) most[c] = true;
  std::string out = "course,title,sweet_spot,uphill,gift,waste,waste_for_most\r\n";
  for (std::size_t c = 0; c < r.courses.size(); ++c) {
    const AuditCourse& course = r.courses[c];
    out += csv_text(course.id) + "," + csv_text(course.title);
    for (int q = 0; q < 4; ++q) out += "," + std::to_string(course.counts[q]);
    out += most[c] ? ",true\r\n" : ",false\r\n";
  }
  return out;
}

std::string audit_learners_csv(const AuditReport& r) {
  std::string out =
      "learner,team,role,years_in_role,stagnant,sweet_spot_completed,sweet_spot_available,no_personal_agenda,"
      "sweet_spot,uphill,gift,waste\r\n";
  for (const AuditLearner& l : r.learner_results) {
    out += csv_text(l.id) + "," + csv_text(l.team) + "," + csv_text(l.role) + ",";
    out += l.years_in_role ? std::to_string(*l.years_in_role) : "";
    out += std::string(",") + (l.stagnant ? "true" : "false") + "," + std::to_string(l.sweet_spot_completed) + "," +
           std::to_string(l.sweet_spot_available) + "," + (l.no_personal_agenda ? "true" : "false");
    for (int q = 0; q < 4; ++q) out += "," + std::to_string(l.counts[q]);
    out += "\r\n";
  }
  return out;
}

// ---- HTML --------------------------------------------------------------------------------------

std::string audit_html(const AuditReport& r, std::string_view team) {
  std::ostringstream o;
  const std::string scope = team.empty() ? std::string("the whole organization") : "team " + std::string(team);
  o << "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    << "<title>Catalog audit" << (team.empty() ? "" : " · " + html(team)) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
    << kPatterns;

  o << "<header>\n<h1>Catalog audit</h1>\n<p class=\"meta\">" << html(scope) << " · " << r.learners << " learner"
    << (r.learners == 1 ? "" : "s") << " × " << r.courses.size() << " course" << (r.courses.size() == 1 ? "" : "s");
  if (!r.as_of.empty()) o << " · as of " << html(r.as_of);
  o << " · thresholds: personal " << units_text(r.personal_threshold) << ", organization " << units_text(r.org_threshold)
    << "</p>\n</header>\n<main>\n";

  // Overview and legend.
  o << "<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">Overview</h2>\n<ul class=\"legend\">";
  for (int q = 0; q < 4; ++q)
    o << "<li><svg width=\"28\" height=\"16\" aria-hidden=\"true\"><rect width=\"28\" height=\"16\" fill=\"url(#pattern-q" << q
      << ")\"/></svg><span><strong>" << kLabels[q] << "</strong>: " << kMeaning[q] << "</span></li>";
  o << "</ul>\n<p>Learner–course pairs: ";
  for (int q = 0; q < 4; ++q) o << (q ? ", " : "") << kLabels[q] << " " << r.summary[q];
  o << ".</p>\n" << stacked_bar(r.summary, 600, bar_name("All learner–course pairs", r.summary)) << "\n</section>\n";

  // Courses.
  o << "<section aria-labelledby=\"courses\">\n<h2 id=\"courses\">Courses</h2>\n"
    << "<table>\n<caption>For how many learners each course is Sweet Spot, Uphill, Gift and Waste.</caption>\n"
    << "<thead><tr><th scope=\"col\">Course</th><th scope=\"col\">Learners by quadrant</th>";
  for (int q = 0; q < 4; ++q) o << "<th scope=\"col\" class=\"n\">" << kLabels[q] << "</th>";
  o << "</tr></thead>\n<tbody>\n";
  for (const AuditCourse& c : r.courses) {
    const std::string title = c.title.empty() ? c.id : c.title;
    o << "<tr><th scope=\"row\">" << html(title) << "</th><td>" << stacked_bar(c.counts, 240, bar_name(title, c.counts)) << "</td>";
    for (int q = 0; q < 4; ++q) o << "<td class=\"n\">" << c.counts[q] << "</td>";
    o << "</tr>\n";
  }
  o << "</tbody>\n</table>\n</section>\n";

  // Waste for most.
  o << "<section aria-labelledby=\"waste\">\n<h2 id=\"waste\">Waste for most learners</h2>\n";
  if (r.waste_for_most.empty()) {
    o << "<p>No course is Waste for a majority of the learners.</p>\n";
  } else {
    o << "<p>" << r.waste_for_most.size() << " course" << (r.waste_for_most.size() == 1 ? " is" : "s are")
      << " Waste (neither wanted nor needed) for more than half of the " << r.learners << " learners: candidates to retire, "
      << "re-target or re-map to skills.</p>\n<table>\n<thead><tr><th scope=\"col\">Course</th><th scope=\"col\" class=\"n\">Waste for"
      << "</th><th scope=\"col\" class=\"n\">Share</th></tr></thead>\n<tbody>\n";
    for (std::size_t c : r.waste_for_most) {
      const AuditCourse& course = r.courses[c];
      const std::uint64_t waste = course.counts[3];
      o << "<tr><th scope=\"row\">" << html(course.title.empty() ? course.id : course.title) << "</th><td class=\"n\">" << waste
        << "</td><td class=\"n\">" << (r.learners ? (waste * 100 + r.learners / 2) / r.learners : 0) << "%</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
  }
  o << "</section>\n";

  // Coverage gaps.
  o << "<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Coverage gaps</h2>\n";
  if (r.coverage_gaps.empty()) {
    o << "<p>Every priority and role skill is taught by some course.</p>\n";
  } else {
    o << "<p>" << r.coverage_gaps.size() << " skill" << (r.coverage_gaps.size() == 1 ? " is" : "s are")
      << " needed by the organization and taught by no course, not even through a related skill.</p>\n"
      << "<table>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Id</th><th scope=\"col\">Needed by</th></tr></thead>\n<tbody>\n";
    for (const AuditGap& g : r.coverage_gaps) {
      o << "<tr><th scope=\"row\">" << html(g.label) << "</th><td>" << html(g.skill) << "</td><td>";
      for (std::size_t i = 0; i < g.needed_by.size(); ++i)
        o << (i ? "; " : "") << (g.needed_by[i].source == "role" ? "role " : "priority (") << html(g.needed_by[i].ref)
          << (g.needed_by[i].source == "role" ? "" : ")");
      o << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
  }
  o << "</section>\n";

  // Stagnation.
  std::vector<const AuditLearner*> stagnant;
  for (const AuditLearner& l : r.learner_results)
    if (l.stagnant) stagnant.push_back(&l);
  o << "<section aria-labelledby=\"stagnation\">\n<h2 id=\"stagnation\">Stagnation</h2>\n<p>" << stagnant.size() << " of "
    << r.learners << " learners have been two years or more in their role without completing a Sweet Spot course.</p>\n";
  if (!stagnant.empty()) {
    o << "<table>\n<thead><tr><th scope=\"col\">Learner</th><th scope=\"col\">Team</th><th scope=\"col\">Role</th>"
      << "<th scope=\"col\" class=\"n\">Years in role</th><th scope=\"col\" class=\"n\">Sweet Spot courses open to them</th></tr></thead>\n<tbody>\n";
    for (const AuditLearner* l : stagnant)
      o << "<tr><th scope=\"row\">" << html(l->id) << "</th><td>" << html(l->team) << "</td><td>" << html(l->role)
        << "</td><td class=\"n\">" << (l->years_in_role ? std::to_string(*l->years_in_role) : "") << "</td><td class=\"n\">"
        << l->sweet_spot_available << (l->sweet_spot_available == 0 ? " <span class=\"flag\">(none)</span>" : "") << "</td></tr>\n";
    o << "</tbody>\n</table>\n";
  }
  o << "</section>\n";

  // Teams.
  if (!r.teams.empty()) {
    o << "<section aria-labelledby=\"teams\">\n<h2 id=\"teams\">Teams</h2>\n<table>\n<thead><tr><th scope=\"col\">Team</th>"
      << "<th scope=\"col\" class=\"n\">Learners</th><th scope=\"col\" class=\"n\">Stagnant</th><th scope=\"col\">Learner–course pairs</th></tr></thead>\n<tbody>\n";
    for (const AuditTeam& t : r.teams)
      o << "<tr><th scope=\"row\">" << html(t.name) << "</th><td class=\"n\">" << t.learners << "</td><td class=\"n\">" << t.stagnant
        << "</td><td>" << stacked_bar(t.counts, 240, bar_name(t.name, t.counts)) << "</td></tr>\n";
    o << "</tbody>\n</table>\n</section>\n";
  }

  // Warnings.
  if (!r.warnings.empty()) {
    o << "<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">Warnings</h2>\n<p>" << r.warnings.size()
      << " problem" << (r.warnings.size() == 1 ? "" : "s") << " in the input to fix (the audit went ahead without them).</p>\n<ul>\n";
    for (const Warning& w : r.warnings) o << "<li><code>" << html(w.path) << "</code>: " << html(w.message) << "</li>\n";
    o << "</ul>\n</section>\n";
  }
  o << "</main>\n<footer><p>Made by sweetspot audit.</p></footer>\n</body>\n</html>\n";
  return o.str();
}

// ---- table -------------------------------------------------------------------------------------

std::string audit_table(const AuditReport& r) {
  std::ostringstream out;
  out << r.learners << " learner(s) × " << r.courses.size() << " course(s)" << (r.as_of.empty() ? "" : " as of " + r.as_of) << "\n\n";
  out << fit("COURSE", 48) << "  " << right("SWEET", 6) << right("UPHILL", 7) << right("GIFT", 6) << right("WASTE", 7) << "\n";
  for (const AuditCourse& c : r.courses)
    out << fit(c.title, 48) << "  " << right(std::to_string(c.counts[0]), 6) << right(std::to_string(c.counts[1]), 7)
        << right(std::to_string(c.counts[2]), 6) << right(std::to_string(c.counts[3]), 7) << "\n";
  out << "\nWaste for most learners: " << r.waste_for_most.size() << " course(s)\n";
  out << "Coverage gaps (needed, taught by no course): " << r.coverage_gaps.size() << "\n";
  for (const AuditGap& g : r.coverage_gaps) out << "  " << g.label << " (" << g.skill << ")\n";
  out << "\n" << fit("LEARNER", 24) << " " << fit("TEAM", 16) << right("YEARS", 6) << "  STAGNANT  SWEET SPOT done/open\n";
  for (const AuditLearner& l : r.learner_results)
    out << fit(l.id, 24) << " " << fit(l.team, 16) << right(l.years_in_role ? std::to_string(*l.years_in_role) : "-", 6) << "  "
        << fit(l.stagnant ? "yes" : "no", 8) << "  " << l.sweet_spot_completed << "/" << l.sweet_spot_available << "\n";
  if (!r.warnings.empty()) {
    out << "\n" << r.warnings.size() << " warning(s):\n";
    for (const Warning& w : r.warnings) out << "  " << w.path << ": " << w.message << "\n";
  }
  return out.str();
}

}  // namespace sweetspot::cli
