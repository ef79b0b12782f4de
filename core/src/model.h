// The input documents of schema sweetspot/1 as plain C++ values, exactly as given (order kept, so
// that warnings can name positions). Validation happens while reading (document_reader.h);
// meaning (interning, taxonomy distances, shares) is compiled later (catalog_index.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sweetspot {

struct SkillLevel {
  std::string skill;
  int level = 0;  // 0 none .. 5 expert
};

struct TaxonomySkill {
  std::string id;
  std::string label;
  std::vector<std::string> aliases;
  std::vector<std::string> broader;
};

struct Taxonomy {
  bool present = false;  // without a taxonomy only equal skill ids match
  std::vector<TaxonomySkill> skills;
};

struct Role {
  std::string id;
  std::string title;
  std::vector<SkillLevel> skills;
  std::vector<std::string> next;
};

struct Priority {
  std::string skill;
  double weight = 0;
  std::string need;  // job | improve | future | leadership
  std::string rationale;
};

struct GrowthInitiative {
  std::string name;
  std::string rationale;
  std::vector<std::string> skills;
  std::vector<std::string> roles;
};

// Every number an admin may tune. Defaults are documented in README "Scoring model".
struct Policy {
  double personal_threshold = 0.25;
  double org_threshold = 0.25;
  double borderline_margin = 0.05;
  bool gifts_allowed = true;
  std::string gift_note;       // empty: the engine's default sentence for the allowed/not allowed case
  std::string mandatory_note;  // framing of an Uphill mandatory course; empty: default sentence
  double taxonomy_decay = 0.5;  // match factor per hop between broader and narrower skills
  int taxonomy_max_hops = 3;
  double aspiration_weight = 0.8;  // personal demand of a skill an aspired role requires
  double role_weight = 1.0;        // org demand of a skill the learner's own role requires
};

struct Organization {
  std::vector<Role> roles;
  std::vector<Priority> priorities;
  std::vector<std::string> mandatory;
  std::vector<GrowthInitiative> growth;
  Policy policy;
};

struct CourseSkill {
  std::string skill;
  int level = 0;
  std::optional<double> weight;
};

struct Course {
  std::string id;
  std::string title;
  std::vector<CourseSkill> skills;
  std::optional<double> hours;
  std::string language;
  std::string format;
  std::vector<std::string> tags;
};

struct Catalog {
  std::vector<Course> courses;
};

struct Interest {
  std::string skill;
  double strength = 0;  // 0 means "not for me"
};

struct FeedbackNeed {
  std::string skill;
  double need = 0;
};

// A calendar date as days since 1970-01-01 plus its parts (see iso_date.h).
struct Date {
  int year = 1970, month = 1, day = 1;
  long days = 0;
};

struct Learner {
  std::string id;
  std::string name;
  std::string team;
  std::string role;
  std::optional<Date> role_since;
  std::vector<std::string> aspirations;
  std::vector<Interest> interests;
  std::vector<SkillLevel> proficiency;
  std::vector<FeedbackNeed> feedback;
  std::vector<std::string> completed;
};

}  // namespace sweetspot
