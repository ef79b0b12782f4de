#include "index/catalog_index.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace sweetspot {

namespace {

// Binary search over items sorted by `key(item)` in byte order.
template <class Items, class Key>
std::int32_t find_sorted(const Items& items, std::string_view id, Key key) {
  std::size_t lo = 0, hi = items.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const int order = compare_bytes(key(items[mid]), id);
    if (order == 0) return static_cast<std::int32_t>(mid);
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

std::string_view itself(std::string_view s) { return s; }

}  // namespace

std::int32_t CatalogIndex::find_skill(std::string_view id) const { return find_sorted(skill_ids, id, itself); }
std::int32_t CatalogIndex::find_course(std::string_view id) const { return find_sorted(course_ids, id, itself); }
std::int32_t CatalogIndex::find_role(std::string_view id) const {
  return find_sorted(organization.roles, id, [](const Role& r) -> const std::string& { return r.id; });
}

namespace {

std::string at(const std::string& base, const char* key) { return base + "/" + key; }
std::string at(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

void intern_skills(CatalogIndex& ix, const Taxonomy& t, const Organization& o, const Catalog& c) {
  std::vector<std::string> ids;
  for (const auto& s : t.skills) ids.push_back(s.id);
  for (const auto& r : o.roles)
    for (const auto& s : r.skills) ids.push_back(s.skill);
  for (const auto& p : o.priorities) ids.push_back(p.skill);
  for (const auto& g : o.growth) ids.insert(ids.end(), g.skills.begin(), g.skills.end());
  for (const auto& course : c.courses)
    for (const auto& s : course.skills) ids.push_back(s.skill);
  // Most ids repeat (30k course skills name ~3k skills): drop repeats before sorting.
  // (Views into unique_ids, which is reserved so its strings never move.)
  std::unordered_set<std::string_view> seen(ids.size());
  std::vector<std::string> unique_ids;
  unique_ids.reserve(ids.size());
  for (std::string& id : ids)
    if (!seen.count(id)) {
      unique_ids.push_back(std::move(id));
      seen.insert(unique_ids.back());
    }
  std::sort(unique_ids.begin(), unique_ids.end());
  for (const std::string& id : unique_ids) ix.skill_ids.push_back(id);
  ix.skill_in_taxonomy.assign(ix.skill_ids.size(), false);
  ix.has_taxonomy = t.present;
  std::vector<std::string_view> labels(unique_ids.begin(), unique_ids.end());
  for (const auto& s : t.skills) {
    std::int32_t id = ix.find_skill(s.id);
    labels[id] = s.label;
    ix.skill_in_taxonomy[id] = true;
  }
  for (std::string_view label : labels) ix.skill_labels.push_back(label);
}

void warn_unknown_skill(CatalogIndex& ix, const std::string& id, const std::string& path) {
  if (!ix.knows_skill(id)) ix.warnings.push_back({path, "unknown skill \"" + id + "\" (not in the taxonomy): it matches only itself"});
}

// Broader/narrower links become, per skill, the list of skills within max hops up or down.
void build_taxonomy(CatalogIndex& ix, const Taxonomy& t, const Policy& policy, const std::string& path) {
  const std::size_t n = ix.skill_count();
  std::vector<std::vector<std::int32_t>> up(n), down(n);
  for (std::size_t i = 0; i < t.skills.size(); ++i) {
    std::int32_t child = ix.find_skill(t.skills[i].id);
    for (std::size_t j = 0; j < t.skills[i].broader.size(); ++j) {
      const std::string& b = t.skills[i].broader[j];
      const std::int32_t parent = ix.find_skill(b);
      if (parent < 0 || !ix.skill_in_taxonomy[parent]) {
        ix.warnings.push_back({at(at(at(at(path, "skills"), i), "broader"), j), "unknown broader skill \"" + b + "\" ignored"});
        continue;
      }
      up[child].push_back(parent);
      down[parent].push_back(child);
    }
  }
  ix.narrower_begin.assign(n + 1, 0);
  for (std::size_t s = 0; s < n; ++s) {
    std::sort(down[s].begin(), down[s].end());
    down[s].erase(std::unique(down[s].begin(), down[s].end()), down[s].end());
    ix.narrower_begin[s + 1] = ix.narrower_begin[s] + static_cast<std::uint32_t>(down[s].size());
    ix.narrower.insert(ix.narrower.end(), down[s].begin(), down[s].end());
  }
  const int max_hops = policy.taxonomy_max_hops;

  // Breadth-first in each direction keeps the fewest hops for skills reachable by several paths.
  // `stamp` marks visits per (skill, direction) so nothing is cleared between searches.
  std::vector<std::uint32_t> visited(n, 0);
  std::uint32_t stamp = 0;
  std::vector<Related> found, frontier, next;
  ix.related_begin.assign(n + 1, 0);
  for (std::size_t s = 0; s < n; ++s) {
    const auto self = static_cast<std::int32_t>(s);
    found.assign(1, {self, 0});
    for (const auto* links : {&up, &down}) {
      visited[s] = ++stamp;
      frontier.assign(1, {self, 0});
      for (int h = 1; h <= max_hops && !frontier.empty(); ++h) {
        next.clear();
        for (const Related& f : frontier)
          for (std::int32_t r : (*links)[f.skill])
            if (visited[r] != stamp) {
              visited[r] = stamp;
              next.push_back({r, h});
            }
        found.insert(found.end(), next.begin(), next.end());
        frontier.swap(next);
      }
    }
    std::sort(found.begin(), found.end(), [](const Related& a, const Related& b) { return a.skill < b.skill; });
    ix.related.insert(ix.related.end(), found.begin(), found.end());
    ix.related_begin[s + 1] = static_cast<std::uint32_t>(ix.related.size());
  }
}

void build_courses(CatalogIndex& ix, const Catalog& c, const std::string& path) {
  std::vector<std::size_t> order(c.courses.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return c.courses[a].id < c.courses[b].id; });
  const std::size_t n = order.size();
  ix.course_skill_begin.assign(n + 1, 0);
  struct Entry { std::int32_t skill; int level; double weight; };
  std::vector<Entry> entries;
  std::vector<double> weights;
  std::vector<int> shares;
  for (std::size_t ci = 0; ci < n; ++ci) {
    const std::size_t src = order[ci];
    const Course& course = c.courses[src];
    ix.course_ids.push_back(course.id);
    ix.course_titles.push_back(course.title);
    entries.clear();
    const double default_weight = course.skills.empty() ? 0 : 1.0 / static_cast<double>(course.skills.size());
    for (std::size_t k = 0; k < course.skills.size(); ++k) {
      const CourseSkill& cs = course.skills[k];
      const std::int32_t skill = ix.find_skill(cs.skill);  // interned above: always found
      if (!ix.knows_skill_at(skill))  // the path only for a warning
        warn_unknown_skill(ix, cs.skill, at(at(at(at(path, "courses"), src), "skills"), k) + "/skill");
      entries.push_back({skill, cs.level, cs.weight.value_or(default_weight)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.skill < b.skill; });
    weights.clear();
    for (const Entry& e : entries) weights.push_back(e.weight);
    shares_from_weights(weights, shares);
    for (std::size_t k = 0; k < entries.size(); ++k) {
      ix.course_skill.push_back(entries[k].skill);
      ix.course_skill_level.push_back(static_cast<std::uint8_t>(entries[k].level));
      ix.course_skill_share.push_back(static_cast<std::uint16_t>(shares[k]));
    }
    ix.course_skill_begin[ci + 1] = static_cast<std::uint32_t>(ix.course_skill.size());
  }
}

// Warnings name positions in the input, so they are found before roles, priorities and initiatives
// are put in canonical order (which makes every tie-break independent of input order).
void warn_organization(CatalogIndex& ix, const Organization& o, const std::string& path) {
  std::unordered_map<std::string, bool> roles;
  for (const Role& r : o.roles) roles.emplace(r.id, true);
  auto warn_role = [&](const std::string& id, const std::string& at_path) {
    if (!roles.count(id)) ix.warnings.push_back({at_path, "unknown role \"" + id + "\""});
  };
  for (std::size_t r = 0; r < o.roles.size(); ++r) {
    for (std::size_t k = 0; k < o.roles[r].skills.size(); ++k)
      warn_unknown_skill(ix, o.roles[r].skills[k].skill, at(at(at(at(path, "roles"), r), "skills"), k) + "/skill");
    for (std::size_t k = 0; k < o.roles[r].next.size(); ++k) warn_role(o.roles[r].next[k], at(at(at(at(path, "roles"), r), "next"), k));
  }
  for (std::size_t p = 0; p < o.priorities.size(); ++p) warn_unknown_skill(ix, o.priorities[p].skill, at(at(at(path, "priorities"), p), "skill"));
  for (std::size_t m = 0; m < o.mandatory.size(); ++m)
    if (ix.find_course(o.mandatory[m]) < 0) ix.warnings.push_back({at(at(path, "mandatory"), m), "unknown course \"" + o.mandatory[m] + "\""});
  for (std::size_t g = 0; g < o.growth.size(); ++g) {
    for (std::size_t k = 0; k < o.growth[g].skills.size(); ++k)
      warn_unknown_skill(ix, o.growth[g].skills[k], at(at(at(at(path, "growth"), g), "skills"), k));
    for (std::size_t k = 0; k < o.growth[g].roles.size(); ++k) warn_role(o.growth[g].roles[k], at(at(at(at(path, "growth"), g), "roles"), k));
  }
}

void build_organization(CatalogIndex& ix, const Organization& given, const std::string& path) {
  warn_organization(ix, given, path);
  Organization o = given;
  std::sort(o.roles.begin(), o.roles.end(), [](const Role& a, const Role& b) { return a.id < b.id; });
  std::sort(o.priorities.begin(), o.priorities.end(), [](const Priority& a, const Priority& b) {
    return std::tie(a.skill, b.weight, a.need, a.rationale) < std::tie(b.skill, a.weight, b.need, b.rationale);
  });
  // Initiatives are ordered by everything they hold, so two with the same name still come out in
  // one order whatever the input order (their skills and roles are sets).
  for (GrowthInitiative& g : o.growth) {
    std::sort(g.skills.begin(), g.skills.end());
    std::sort(g.roles.begin(), g.roles.end());
  }
  std::sort(o.growth.begin(), o.growth.end(), [](const GrowthInitiative& a, const GrowthInitiative& b) {
    return std::tie(a.name, a.rationale, a.skills, a.roles) < std::tie(b.name, b.rationale, b.skills, b.roles);
  });
  ix.organization = std::move(o);  // sorted: find_role() searches its roles
  const Organization& org = ix.organization;
  ix.role_requirements.resize(org.roles.size());
  for (std::size_t r = 0; r < org.roles.size(); ++r) {
    for (const SkillLevel& req : org.roles[r].skills) ix.role_requirements[r].push_back({ix.find_skill(req.skill), req.level});
    std::sort(ix.role_requirements[r].begin(), ix.role_requirements[r].end());
  }
  for (const Priority& p : org.priorities) ix.priority_skill.push_back(ix.find_skill(p.skill));
  ix.growth_skills.resize(org.growth.size());
  for (std::size_t g = 0; g < org.growth.size(); ++g) {
    for (const std::string& s : org.growth[g].skills) ix.growth_skills[g].push_back(ix.find_skill(s));
    std::sort(ix.growth_skills[g].begin(), ix.growth_skills[g].end());
  }
}

}  // namespace

CatalogIndex build_index(const Taxonomy& taxonomy, const Organization& organization, const Catalog& catalog,
                         const std::string& taxonomy_path, const std::string& organization_path,
                         const std::string& catalog_path) {
  CatalogIndex ix;
  intern_skills(ix, taxonomy, organization, catalog);
  build_taxonomy(ix, taxonomy, organization.policy, taxonomy_path);
  build_courses(ix, catalog, catalog_path);
  build_organization(ix, organization, organization_path);
  derive_index(ix);
  return ix;
}

void derive_index(CatalogIndex& ix) {
  const std::size_t skills = ix.skill_count(), courses = ix.course_count();
  const Organization& o = ix.organization;
  const Policy& p = o.policy;
  ix.match_by_hops = match_by_hops(p.taxonomy_decay, p.taxonomy_max_hops);
  ix.personal_threshold = to_units(p.personal_threshold);
  ix.org_threshold = to_units(p.org_threshold);
  ix.borderline_margin = to_units(p.borderline_margin);

  ix.course_mandatory.assign(courses, 0);
  for (const std::string& m : o.mandatory)
    if (const std::int32_t c = ix.find_course(m); c >= 0) ix.course_mandatory[c] = 1;
  // Roles are sorted by id and the initiative's roles too, so these come out sorted.
  ix.growth_roles.assign(o.growth.size(), {});
  for (std::size_t g = 0; g < o.growth.size(); ++g)
    for (const std::string& r : o.growth[g].roles)
      if (const std::int32_t role = ix.find_role(r); role >= 0) ix.growth_roles[g].push_back(role);

  // Postings, by counting sort over skills; courses stay in id order within each skill.
  const std::size_t pairs = ix.course_skill.size();
  ix.posting_begin.assign(skills + 1, 0);
  for (std::int32_t s : ix.course_skill) ++ix.posting_begin[s + 1];
  for (std::size_t s = 0; s < skills; ++s) ix.posting_begin[s + 1] += ix.posting_begin[s];
  ix.posting_course.resize(pairs);
  ix.posting_level.resize(pairs);
  ix.posting_share.resize(pairs);
  std::vector<std::uint32_t> fill(ix.posting_begin.begin(), ix.posting_begin.end() - 1);
  for (std::size_t c = 0; c < courses; ++c)
    for (std::uint32_t k = ix.course_skill_begin[c]; k < ix.course_skill_begin[c + 1]; ++k) {
      const std::uint32_t slot = fill[ix.course_skill[k]]++;
      ix.posting_course[slot] = static_cast<std::int32_t>(c);
      ix.posting_level[slot] = ix.course_skill_level[k];
      ix.posting_share[slot] = ix.course_skill_share[k];
    }
}

}  // namespace sweetspot
