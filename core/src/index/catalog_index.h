// The compiled, immutable form of taxonomy + organization + catalog. Built once per load; every
// learner is then scored against it without touching strings or allocating per course-skill pair.
//
// Skills and courses are interned in id order (index order == string order), so iteration order
// never depends on the order of the input arrays.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "index/text_list.h"
#include "sweetspot/diagnostics.h"
#include "model.h"
#include "scoring/model_numbers.h"

namespace sweetspot {

struct Related {
  std::int32_t skill;
  std::int32_t hops;  // 0 is the skill itself
};

struct CatalogIndex {
  // Skills: every id that appears in the taxonomy, the organization or the catalog.
  TextList skill_ids;
  TextList skill_labels;  // the taxonomy label, or the id
  std::vector<bool> skill_in_taxonomy;
  bool has_taxonomy = false;

  // For each skill, the skills it matches (itself, broader and narrower ones within max hops), in CSR form.
  std::vector<std::uint32_t> related_begin;
  std::vector<Related> related;
  std::vector<double> match_by_hops;  // decay^hops (model_numbers.h)
  // Direct narrower skills (for "not for me", which covers the whole narrower closure).
  std::vector<std::uint32_t> narrower_begin;
  std::vector<std::int32_t> narrower;

  // Courses in id order; their skills in CSR form, sorted by skill.
  TextList course_ids;
  TextList course_titles;
  std::vector<std::uint32_t> course_skill_begin;
  std::vector<std::int32_t> course_skill;
  std::vector<std::uint8_t> course_skill_level;
  std::vector<std::uint16_t> course_skill_share;  // units; a course's shares sum to kUnit
  std::vector<std::uint8_t> course_mandatory;

  // Postings: for each skill, the courses that teach it (the inverted index scoring walks).
  std::vector<std::uint32_t> posting_begin;
  std::vector<std::int32_t> posting_course;
  std::vector<std::uint8_t> posting_level;
  std::vector<std::uint16_t> posting_share;

  // Organization, interned.
  Organization organization;  // for texts (titles, rationales, notes); roles sorted by id
  std::vector<std::vector<std::pair<std::int32_t, int>>> role_requirements;  // per role: (skill, level)
  std::vector<std::int32_t> priority_skill;
  std::vector<std::vector<std::int32_t>> growth_skills;
  std::vector<std::vector<std::int32_t>> growth_roles;
  int personal_threshold = 0, org_threshold = 0, borderline_margin = 0;  // units

  Warnings warnings;  // unknown references found while compiling

  std::size_t skill_count() const { return skill_ids.size(); }
  std::size_t course_count() const { return course_ids.size(); }
  // Index of an id, or -1. Skills, courses and roles are kept sorted by id (byte order), so these
  // are binary searches: no hash maps to build at load, and no second copy of every id.
  std::int32_t find_skill(std::string_view id) const;
  std::int32_t find_course(std::string_view id) const;
  std::int32_t find_role(std::string_view id) const;
  // Whether `id` is a known skill: in the taxonomy when there is one, else anywhere in the index.
  bool knows_skill(std::string_view id) const { return knows_skill_at(find_skill(id)); }
  // The same for an index from find_skill (-1: unknown).
  bool knows_skill_at(std::int32_t s) const { return s >= 0 && (!has_taxonomy || skill_in_taxonomy[s]); }
};

// Compiles the documents. `*_path` are JSON pointers used in warnings ("/catalog", "").
CatalogIndex build_index(const Taxonomy& taxonomy, const Organization& organization, const Catalog& catalog,
                         const std::string& taxonomy_path, const std::string& organization_path,
                         const std::string& catalog_path);

// What follows from the rest of an index and a snapshot does not store: postings, mandatory flags,
// growth roles, the match factors and the policy's thresholds in units. build_index ends with it,
// and so does reading a snapshot.
void derive_index(CatalogIndex& ix);

}  // namespace sweetspot
