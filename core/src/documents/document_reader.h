// Validates JSON documents of schema sweetspot/1 and turns them into model.h values. Every refusal
// is an Error naming the JSON pointer, what was expected and what was found; anything tolerated
// (unknown keys, and later unknown references) becomes a Warning. No exceptions.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sweetspot/diagnostics.h"
#include "documents/json_reader.h"
#include "model.h"
#include "suggest/skill_suggester.h"

namespace sweetspot {

// The JSON pointer of the value being read, turned into text only when an error or a warning
// names it: reading a valid document builds no path strings. A path is either a root, given as
// text ("" for the whole document, "/learner", "/learners/12"), or one key or array index below a
// parent path that it points to. str() renders e.g. "/learner/interests/2/strength", escaping
// keys with pointer_token.
//
// Nothing is copied: a child points to its parent and a root to its text, so neither may outlive
// what it points to. Give each level a name of its own (`const JsonPath item = list.index(i);`);
// a chain like `path.key("a").index(i)` is fine within one expression (`...str()`) but must not
// be kept in a variable.
class JsonPath {
 public:
  JsonPath(const char* root) : text_(root) {}  // implicit, so callers pass "/taxonomy" or a std::string
  JsonPath(const std::string& root) : text_(root) {}

  JsonPath key(std::string_view key) const { return JsonPath(this, key, 0, false); }
  JsonPath index(std::size_t i) const { return JsonPath(this, {}, i, true); }
  std::string str() const;

 private:
  JsonPath(const JsonPath* parent, std::string_view key, std::size_t index, bool is_index)
      : parent_(parent), text_(key), index_(index), is_index_(is_index) {}

  const JsonPath* parent_ = nullptr;  // nullptr at the root
  std::string_view text_;             // the root's pointer as given, or this level's key
  std::size_t index_ = 0;             // this level's array index, when is_index_
  bool is_index_ = false;
};

// What a document may hold: classify wants taxonomy?/organization/catalog/learner, audit wants
// learners instead of learner, load wants neither. `path` is the pointer of `doc` itself ("" at
// the top) so errors in nested parts name their full path.
struct Documents {
  Taxonomy taxonomy;
  std::optional<Organization> organization;
  std::optional<Catalog> catalog;
  std::optional<Learner> learner;
  std::optional<std::vector<Learner>> learners;
  std::optional<Date> as_of;
};

enum class Need { kOptional, kRequired, kForbidden };

struct DocumentShape {
  Need organization = Need::kOptional;
  Need catalog = Need::kOptional;
  Need learner = Need::kOptional;
  Need learners = Need::kOptional;
};

// A learner request: a learner and nothing of the organization's.
inline constexpr DocumentShape kLearnerRequestShape{Need::kForbidden, Need::kForbidden, Need::kRequired, Need::kForbidden};

class DocumentReader {
 public:
  DocumentReader(Error& error, Warnings& warnings) : error_(error), warnings_(warnings) {}

  // A combined document {schema?, taxonomy?, organization, catalog, learner|learners, asOf?}.
  bool read_documents(const Json& doc, const DocumentShape& shape, Documents& out);
  // The same in kLearnerRequestShape ({schema?, taxonomy?, learner, asOf?}: what classify and explain
  // take once a catalog is loaded), without linking the organization, catalog or learners readers.
  bool read_learner_request(const Json& doc, Documents& out);

  bool read_taxonomy(const Json& v, const JsonPath& path, Taxonomy& out);
  bool read_organization(const Json& v, const JsonPath& path, Organization& out);
  bool read_catalog(const Json& v, const JsonPath& path, Catalog& out);
  bool read_learner(const Json& v, const JsonPath& path, Learner& out);
  bool read_learners(const Json& v, const JsonPath& path, std::vector<Learner>& out);
  bool read_date(const Json& v, const JsonPath& path, Date& out);
  // A cycle in `broader` (the error names the edge that closes it); also used by direct_reader.cpp.
  bool check_taxonomy_cycles(const Taxonomy& t, const JsonPath& path);

  // A skill-suggestion request: {courses: [{id?, title?, summary?, tags?}]} or one course's fields
  // at the top level; plus limit (1..100, default 10), minConfidence (0..1, default the calibrated
  // threshold) and rejectedAliases ([term | {term, skill?}], the admin's "never suggest from").
  // `out.batch` tells which form it was. Keys in `extra` (e.g. "taxonomy") are allowed at the top.
  bool read_suggestion_request(const Json& v, SuggestionRequest& out, std::initializer_list<const char*> extra);

 private:
  template <bool kAllParts>
  bool read_parts(const Json& doc, const DocumentShape& shape, Documents& out);
  bool read_policy(const Json& v, const JsonPath& path, Policy& out);
  bool read_role(const Json& v, const JsonPath& path, Role& out);
  bool read_priority(const Json& v, const JsonPath& path, Priority& out);
  bool read_growth(const Json& v, const JsonPath& path, GrowthInitiative& out);
  bool read_course(const Json& v, const JsonPath& path, Course& out);
  bool read_course_text(const Json& v, const JsonPath& path, CourseText& out);
  bool read_rejected_aliases(const Json& v, const JsonPath& path, std::vector<RejectedAlias>& out);
  bool read_skill_levels(const Json& v, const JsonPath& path, std::vector<SkillLevel>& out);

  // Field helpers: `obj` is a checked object, `path` its pointer. Return false after setting error_.
  bool object(const Json& v, const JsonPath& path);
  bool array(const Json& v, const JsonPath& path, std::size_t max_items);
  bool string_value(const Json& v, const JsonPath& path, std::string& out, bool allow_empty);
  bool number_value(const Json& v, const JsonPath& path, double lo, double hi, double& out);
  bool level_value(const Json& v, const JsonPath& path, int& out, int min = 0);
  bool id_list(const Json& obj, const JsonPath& path, std::string_view key, std::vector<std::string>& out,
               bool unique);
  void warn_unknown_keys(const Json& obj, const JsonPath& path, std::initializer_list<std::string_view> known);
  bool fail(Error e);

  Error& error_;
  Warnings& warnings_;
};

// A short phrase for a JSON value in an error: `string "abc"`, `number 7`, `array of 3`, `null`.
std::string describe(const Json& v);

}  // namespace sweetspot
