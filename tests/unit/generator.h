// Random small but complete inputs for the property tests: a taxonomy that is a DAG (or none), an
// organization (roles, priorities, mandatory courses, growth initiatives, sometimes a policy), a
// catalog and learners. Seeded std::mt19937, so every case can be replayed from its seed.
//
// Amounts (weights, strengths, needs, thresholds) have at most 4 decimals, like the engine's units.
// Every reference the generator makes is to something it generated, so with a taxonomy there are no
// warnings; without one, a learner may name a skill nothing else uses (a warning, by design).
#pragma once
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sweetspot::test {

class Generator {
 public:
  using json = nlohmann::json;

  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  std::mt19937& rng() { return rng_; }
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  // A number in [0, 1] with at most 4 decimals, often a round one (thresholds, ties, exact 0 and 1).
  double amount() {
    switch (uniform(0, 3)) {
      case 0: return uniform(0, 4) / 4.0;
      case 1: return uniform(0, 20) / 20.0;
      default: return uniform(0, 10000) / 10000.0;
    }
  }
  double positive_amount() {
    const double a = amount();
    return a > 0 ? a : 0.5;
  }

  // A new scenario: the skill pool, then every document over it.
  json combined() {
    skills_ = uniform(1, 9);
    roles_ = uniform(0, 3);
    courses_ = uniform(1, 8);
    json doc = json::object();
    if (chance(0.75)) doc["taxonomy"] = taxonomy();
    doc["organization"] = organization();
    doc["catalog"] = catalog();
    doc["learner"] = learner("learner");
    if (chance(0.5)) doc["asOf"] = "2024-0" + std::to_string(uniform(1, 9)) + "-1" + std::to_string(uniform(0, 9));
    return doc;
  }

  std::string skill(int i) const { return "s" + std::to_string(i); }
  std::string role(int i) const { return "r" + std::to_string(i); }
  std::string course_id(int i) const { return "c" + std::to_string(i); }
  int skill_count() const { return skills_; }
  int course_count() const { return courses_; }
  std::string random_skill() { return skill(uniform(0, skills_ - 1)); }

  // `count` distinct indices out of [0, n).
  std::vector<int> pick(int n, int count) {
    std::vector<int> all(n);
    for (int i = 0; i < n; ++i) all[i] = i;
    std::shuffle(all.begin(), all.end(), rng_);
    all.resize(std::min(n, std::max(count, 0)));
    return all;
  }

  json taxonomy() {
    json skills = json::array();
    for (int i = 0; i < skills_; ++i) {
      json s = {{"id", skill(i)}, {"label", "Skill " + std::to_string(i)}};
      // Broader links only to earlier skills: a DAG, with diamonds and several roots.
      if (i > 0 && chance(0.7)) {
        json broader = json::array();
        for (int b : pick(i, uniform(1, std::min(i, 2)))) broader.push_back(skill(b));
        s["broader"] = broader;
      }
      if (chance(0.2)) s["aliases"] = json::array({"alias " + std::to_string(i)});
      skills.push_back(s);
    }
    return {{"skills", skills}};
  }

  json skill_levels(int count, int min_level) {
    json out = json::array();
    for (int s : pick(skills_, count)) out.push_back({{"skill", skill(s)}, {"level", uniform(min_level, 5)}});
    return out;
  }

  json priority(const std::string& skill_id) {
    static const char* kNeeds[] = {"job", "improve", "future", "leadership"};
    json p = {{"skill", skill_id}, {"weight", amount()}, {"need", kNeeds[uniform(0, 3)]}};
    if (chance(0.7)) p["rationale"] = "Rationale " + std::to_string(uniform(0, 3));
    return p;
  }

  json organization() {
    json org = json::object();
    json roles = json::array();
    for (int r = 0; r < roles_; ++r) {
      json role_doc = {{"id", role(r)}, {"title", "Role " + std::to_string(r)}, {"skills", skill_levels(uniform(0, 3), 0)}};
      if (chance(0.3)) role_doc["next"] = json::array({role(uniform(0, roles_ - 1))});
      roles.push_back(role_doc);
    }
    org["roles"] = roles;
    json priorities = json::array();
    for (int p = uniform(0, 4); p > 0; --p) priorities.push_back(priority(random_skill()));
    org["priorities"] = priorities;
    json mandatory = json::array();
    for (int c = 0; c < courses_; ++c)
      if (chance(0.1)) mandatory.push_back(course_id(c));
    org["mandatory"] = mandatory;
    json growth = json::array();
    for (int g = uniform(0, 2); g > 0; --g) {
      // Names repeat on purpose: initiatives that differ only in their skills or roles.
      json init = {{"name", chance(0.5) ? "Alpha" : "Beta"}};
      if (chance(0.5)) init["rationale"] = "Because we grow.";
      json skills = json::array();
      for (int s : pick(skills_, uniform(0, 2))) skills.push_back(skill(s));
      init["skills"] = skills;
      if (roles_ > 0 && chance(0.5)) init["roles"] = json::array({role(uniform(0, roles_ - 1))});
      growth.push_back(init);
    }
    org["growth"] = growth;
    if (chance(0.5)) org["policy"] = policy();
    return org;
  }

  json policy() {
    json p = json::object();
    if (chance(0.5)) p["thresholds"] = {{"personal", amount()}, {"org", amount()}};
    if (chance(0.3)) p["borderlineMargin"] = uniform(0, 20) / 100.0;
    if (chance(0.3)) p["gifts"] = {{"allowed", chance(0.5)}};
    if (chance(0.2)) p["mandatoryNote"] = "Everyone does it.";
    if (chance(0.4)) p["taxonomy"] = {{"decay", amount()}, {"maxHops", uniform(0, 4)}};
    if (chance(0.3)) p["weights"] = {{"aspiration", amount()}, {"role", amount()}};
    return p;
  }

  json course(const std::string& id) {
    json skills = json::array();
    const bool weighted = chance(0.3);
    bool any_positive = false;
    for (int s : pick(skills_, chance(0.05) ? 0 : uniform(1, 3))) {
      json cs = {{"skill", skill(s)}, {"level", uniform(1, 5)}};
      if (weighted && chance(0.8)) {
        cs["weight"] = amount();
        any_positive = any_positive || cs["weight"].get<double>() > 0;
      } else {
        any_positive = true;
      }
      skills.push_back(cs);
    }
    if (!skills.empty() && !any_positive) skills[0]["weight"] = 0.5;  // all weights 0 is an error
    json c = {{"id", id}, {"title", "Course " + id}, {"skills", skills}};
    if (chance(0.3)) c["hours"] = uniform(1, 40);
    return c;
  }

  json catalog() {
    json courses = json::array();
    for (int c = 0; c < courses_; ++c) courses.push_back(course(course_id(c)));
    return {{"courses", courses}};
  }

  json interest(const std::string& skill_id) {
    return {{"skill", skill_id}, {"strength", chance(0.12) ? 0.0 : amount()}};
  }

  json learner(const std::string& id) {
    json l = {{"id", id}};
    if (roles_ > 0 && chance(0.7)) l["role"] = role(uniform(0, roles_ - 1));
    if (chance(0.6)) l["roleSince"] = "20" + std::to_string(uniform(10, 23)) + "-02-2" + std::to_string(uniform(0, 8));
    const bool agenda = chance(0.85);
    if (agenda) {
      json aspirations = json::array();
      for (int r : pick(roles_, uniform(0, 1))) aspirations.push_back(role(r));
      l["aspirations"] = aspirations;
      json interests = json::array();
      for (int s : pick(skills_, uniform(0, 3))) interests.push_back(interest(skill(s)));
      l["interests"] = interests;
      json feedback = json::array();
      for (int s : pick(skills_, uniform(0, 2))) feedback.push_back({{"skill", skill(s)}, {"need", amount()}});
      l["feedback"] = feedback;
    }
    l["proficiency"] = skill_levels(uniform(0, 3), 0);
    json completed = json::array();
    for (int c : pick(courses_, uniform(0, 2))) completed.push_back(course_id(c));
    l["completed"] = completed;
    if (chance(0.5)) l["team"] = chance(0.5) ? "red" : "blue";
    return l;
  }

 private:
  std::mt19937 rng_;
  int skills_ = 1, roles_ = 0, courses_ = 1;
};

// Shuffles every array in `v`, at every depth. Every array of schema sweetspot/1 is a set.
inline void shuffle_arrays(nlohmann::json& v, std::mt19937& rng) {
  if (v.is_array()) {
    std::vector<nlohmann::json> items = v.get<std::vector<nlohmann::json>>();
    std::shuffle(items.begin(), items.end(), rng);
    for (auto& item : items) shuffle_arrays(item, rng);
    v = items;
  } else if (v.is_object()) {
    for (auto& item : v.items()) shuffle_arrays(item.value(), rng);
  }
}

}  // namespace sweetspot::test
