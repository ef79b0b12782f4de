#include "documents/direct_reader.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "documents/first_seen.h"
#include "documents/same_text.h"
#include "documents/input_limits.h"
#include "documents/iso_date.h"
#include "documents/json_cursor.h"

namespace sweetspot {
namespace {

using Step = JsonCursor::Step;

// A reference to a callable, so that the loops over members, items and repeats exist once in the
// module rather than once per field list: the learner's page downloads this code.
template <class Signature>
class Ref;
template <class R, class... Args>
class Ref<R(Args...)> {
 public:
  template <class F>
  explicit Ref(F& f) : target_(&f), call_([](void* t, Args... args) -> R { return (*static_cast<F*>(t))(args...); }) {}
  R operator()(Args... args) const { return call_(target_, args...); }

 private:
  void* target_;
  R (*call_)(void*, Args...);
};

// Every rule below is the full reader's (document_reader.cpp) for a document it accepts; where that
// reader would report an error or a warning, these return false instead, and it takes over.
class DirectReader {
 public:
  explicit DirectReader(std::string_view text) : c_(text) {}

  // kAllParts false: a learner request ({schema?, taxonomy?, learner, asOf?}); an organization,
  // a catalog or learners give up (the full reader words that error), and so does a taxonomy (the
  // full reader reads it), and the code that reads them is not referenced, so the learner module's
  // link leaves it out.
  template <bool kAllParts>
  bool documents(const DocumentShape& shape, Documents& out);

 private:
  // Calls on(k) for each member of an object, `k` the index of its key in `keys`. Unknown keys (a
  // warning) and repeated ones (an error) give up; `seen` has bit k set for each key read.
  template <std::size_t N, class F>
  bool members(const std::string_view (&keys)[N], std::uint32_t& seen, F&& on) {
    static_assert(N <= 32, "one bit per key");
    return each_member(keys, N, seen, Ref<bool(std::size_t)>(on));
  }

  // Reads an array of at most `max` items into `out`, reusing the elements it already has (each
  // `read` must set every field of its element). The elements a shorter list drops are freed, so
  // learners whose lists differ in length, read in turn into one Documents, allocate those again.
  template <class T, class F>
  bool items(std::vector<T>& out, std::size_t max, F&& read) {
    auto item = [&](std::size_t i) {
      if (i == out.size()) out.emplace_back();
      return read(out[i]);
    };
    std::size_t n = 0;
    if (!each_item(max, n, Ref<bool(std::size_t)>(item))) return false;
    out.resize(n);
    return true;
  }

  // The full reader skips a repeated id in a reference list and refuses a repeated key item; either
  // way this path gives up, so the lists it fills hold no repeats.
  template <class T, class Key>
  static bool distinct(const std::vector<T>& list, Key key) {
    auto at = [&](std::size_t i) -> std::string_view { return key(list[i]); };
    return no_repeats(list.size(), Ref<std::string_view(std::size_t)>(at));
  }

  bool each_member(const std::string_view* keys, std::size_t count, std::uint32_t& seen, Ref<bool(std::size_t)> on);
  bool each_item(std::size_t max, std::size_t& n, Ref<bool(std::size_t)> on);
  static bool no_repeats(std::size_t count, Ref<std::string_view(std::size_t)> key_at);

  bool text(std::string& out, bool allow_empty) { return c_.string(out) && (allow_empty || !out.empty()); }
  bool number(double lo, double hi, double& out) { return c_.number(out) && std::isfinite(out) && out >= lo && out <= hi; }
  bool level(int min, int& out) {
    double d = 0;
    if (!c_.number(d) || !std::isfinite(d) || d < min || d > 5 || std::floor(d) != d) return false;
    out = static_cast<int>(d);
    return true;
  }
  bool id_list(std::vector<std::string>& out) {
    return items(out, limits::kMaxListItems, [&](std::string& s) { return text(s, false); }) &&
           distinct(out, [](const std::string& s) -> std::string_view { return s; });
  }
  bool date(Date& out) {
    if (!c_.string(scratch_)) return false;
    auto d = parse_iso_date(scratch_);
    if (!d) return false;
    out = *d;
    return true;
  }

  bool taxonomy(Taxonomy& out);
  bool organization(Organization& out);
  bool policy(Policy& out);
  bool skill_levels(std::vector<SkillLevel>& out);
  bool catalog(Catalog& out);
  bool course(Course& out);
  bool learner(Learner& out);

  JsonCursor c_;
  std::string scratch_;  // dates and the schema: short, so kept inline by the string itself
};

bool DirectReader::each_member(const std::string_view* keys, std::size_t count, std::uint32_t& seen, Ref<bool(std::size_t)> on) {
  if (!c_.begin_object()) return false;
  seen = 0;
  std::string_view key;
  for (;;) {
    const Step s = c_.next_key(key);
    if (s == Step::kEnd) return true;
    if (s == Step::kBad) return false;
    std::size_t k = 0;
    while (k < count && !same_text(keys[k], key)) ++k;
    if (k == count || (seen >> k & 1u)) return false;
    seen |= 1u << k;
    if (!on(k)) return false;
  }
}

bool DirectReader::each_item(std::size_t max, std::size_t& n, Ref<bool(std::size_t)> on) {
  if (!c_.begin_array()) return false;
  n = 0;
  for (;;) {
    const Step s = c_.next_item();
    if (s == Step::kEnd) return true;
    if (s == Step::kBad || n == max || !on(n)) return false;
    ++n;
  }
}

bool DirectReader::no_repeats(std::size_t count, Ref<std::string_view(std::size_t)> key_at) {
  FirstSeen seen;
  for (std::size_t i = 0; i < count; ++i)
    if (seen.add(key_at(i), i)) return false;
  return true;
}

bool DirectReader::skill_levels(std::vector<SkillLevel>& out) {
  static constexpr std::string_view kKeys[] = {"skill", "level"};
  return items(out, limits::kMaxListItems, [&](SkillLevel& e) {
           std::uint32_t seen = 0;
           return members(kKeys, seen, [&](std::size_t k) { return k == 0 ? text(e.skill, false) : level(0, e.level); }) &&
                  seen == 3u;
         }) &&
         distinct(out, [](const SkillLevel& e) -> std::string_view { return e.skill; });
}

bool DirectReader::taxonomy(Taxonomy& out) {
  static constexpr std::string_view kKeys[] = {"schema", "skills"};
  static constexpr std::string_view kSkillKeys[] = {"id", "label", "aliases", "broader"};
  out.present = true;
  std::uint32_t seen = 0;
  bool ok = members(kKeys, seen, [&](std::size_t k) {
    if (k == 0) return c_.skip_value();
    return items(out.skills, limits::kMaxSkills, [&](TaxonomySkill& s) {
      std::uint32_t have = 0;
      s.aliases.clear();
      s.broader.clear();
      if (!members(kSkillKeys, have, [&](std::size_t f) {
            switch (f) {
              case 0: return text(s.id, false);
              case 1: return text(s.label, false);
              case 2: return id_list(s.aliases);
              default: return id_list(s.broader);
            }
          }))
        return false;
      if (!(have & 1u)) return false;
      if (!(have & 2u)) s.label = s.id;
      return true;
    });
  });
  if (!ok || !(seen & 2u) || !distinct(out.skills, [](const TaxonomySkill& s) -> std::string_view { return s.id; })) return false;
  Error error;
  Warnings warnings;
  DocumentReader cycles(error, warnings);
  return cycles.check_taxonomy_cycles(out, JsonPath("/taxonomy").key("skills"));
}

bool DirectReader::policy(Policy& out) {
  static constexpr std::string_view kKeys[] = {"thresholds", "gifts", "borderlineMargin", "mandatoryNote", "taxonomy", "weights"};
  static constexpr std::string_view kThresholds[] = {"personal", "org"};
  static constexpr std::string_view kGifts[] = {"allowed", "note"};
  static constexpr std::string_view kTaxonomy[] = {"decay", "maxHops"};
  static constexpr std::string_view kWeights[] = {"aspiration", "role"};
  std::uint32_t seen = 0, inner = 0;
  return members(kKeys, seen, [&](std::size_t k) {
    switch (k) {
      case 0:
        return members(kThresholds, inner, [&](std::size_t f) {
          return number(0, 1, f == 0 ? out.personal_threshold : out.org_threshold);
        });
      case 1:
        return members(kGifts, inner, [&](std::size_t f) { return f == 0 ? c_.boolean(out.gifts_allowed) : text(out.gift_note, true); });
      case 2: return number(0, 0.5, out.borderline_margin);
      case 3: return text(out.mandatory_note, true);
      case 4:
        return members(kTaxonomy, inner, [&](std::size_t f) {
          if (f == 0) return number(0, 1, out.taxonomy_decay);
          double hops = 0;
          if (!number(0, limits::kMaxTaxonomyHops, hops) || std::floor(hops) != hops) return false;
          out.taxonomy_max_hops = static_cast<int>(hops);
          return true;
        });
      default:
        return members(kWeights, inner, [&](std::size_t f) {
          return number(0, 1, f == 0 ? out.aspiration_weight : out.role_weight);
        });
    }
  });
}

bool DirectReader::organization(Organization& out) {
  static constexpr std::string_view kKeys[] = {"schema", "roles", "priorities", "mandatory", "growth", "policy"};
  static constexpr std::string_view kRole[] = {"id", "title", "skills", "next"};
  static constexpr std::string_view kPriority[] = {"skill", "weight", "need", "rationale"};
  static constexpr std::string_view kGrowth[] = {"name", "rationale", "skills", "roles"};
  std::uint32_t seen = 0;
  return members(kKeys, seen, [&](std::size_t k) {
    switch (k) {
      case 0: return c_.skip_value();
      case 1:
        return items(out.roles, limits::kMaxRoles, [&](Role& r) {
                 std::uint32_t have = 0;
                 if (!members(kRole, have, [&](std::size_t f) {
                       switch (f) {
                         case 0: return text(r.id, false);
                         case 1: return text(r.title, false);
                         case 2: return skill_levels(r.skills);
                         default: return id_list(r.next);
                       }
                     }))
                   return false;
                 if (!(have & 1u)) return false;
                 if (!(have & 2u)) r.title = r.id;
                 return true;
               }) &&
               distinct(out.roles, [](const Role& r) -> std::string_view { return r.id; });
      case 2:
        return items(out.priorities, limits::kMaxListItems, [&](Priority& p) {
          std::uint32_t have = 0;
          p.need = "improve";
          if (!members(kPriority, have, [&](std::size_t f) {
                switch (f) {
                  case 0: return text(p.skill, false);
                  case 1: return number(0, 1, p.weight);
                  case 2: return text(p.need, true) && (p.need == "job" || p.need == "improve" || p.need == "future" || p.need == "leadership");
                  default: return text(p.rationale, true);
                }
              }))
            return false;
          return (have & 3u) == 3u;
        });
      case 3: return id_list(out.mandatory);
      case 4:
        return items(out.growth, limits::kMaxListItems, [&](GrowthInitiative& g) {
          std::uint32_t have = 0;
          return members(kGrowth, have, [&](std::size_t f) {
                   switch (f) {
                     case 0: return text(g.name, false);
                     case 1: return text(g.rationale, true);
                     case 2: return id_list(g.skills);
                     default: return id_list(g.roles);
                   }
                 }) &&
                 (have & 1u);
        });
      default: return policy(out.policy);
    }
  });
}

bool DirectReader::course(Course& out) {
  static constexpr std::string_view kKeys[] = {"id", "title", "skills", "hours", "language", "format", "tags", "url", "summary"};
  static constexpr std::string_view kSkill[] = {"skill", "level", "weight"};
  std::uint32_t have = 0;
  bool ok = members(kKeys, have, [&](std::size_t k) {
    switch (k) {
      case 0: return text(out.id, false);
      case 1: return text(out.title, true);
      case 2: {
        bool any_weight = false, all_weighted = true;
        double total_weight = 0;
        if (!items(out.skills, limits::kMaxSkillsPerCourse, [&](CourseSkill& cs) {
              std::uint32_t fields = 0;
              cs.weight.reset();
              if (!members(kSkill, fields, [&](std::size_t f) {
                    if (f == 0) return text(cs.skill, false);
                    if (f == 1) return level(1, cs.level);
                    double w = 0;
                    if (!number(0, 1, w)) return false;
                    cs.weight = w;
                    return true;
                  }))
                return false;
              if (cs.weight) {
                any_weight = true;
                total_weight += *cs.weight;
              } else {
                all_weighted = false;
              }
              return (fields & 3u) == 3u;
            }))
          return false;
        if (any_weight && total_weight == 0 && all_weighted) return false;
        return distinct(out.skills, [](const CourseSkill& s) -> std::string_view { return s.skill; });
      }
      case 3: {
        double h = 0;
        if (!number(0, 100000, h)) return false;
        out.hours = h;
        return true;
      }
      case 4: return text(out.language, true);
      case 5: return text(out.format, true);
      case 6: return id_list(out.tags);
      default: return c_.skip_string();  // url, summary: checked, not kept
    }
  });
  if (!ok || !(have & 1u)) return false;
  if (!(have & 2u)) out.title = out.id;
  return true;
}

bool DirectReader::catalog(Catalog& out) {
  static constexpr std::string_view kKeys[] = {"schema", "courses"};
  std::uint32_t seen = 0;
  return members(kKeys, seen, [&](std::size_t k) {
           if (k == 0) return c_.skip_value();
           return items(out.courses, limits::kMaxCourses, [&](Course& course) { return this->course(course); });
         }) &&
         (seen & 2u) && distinct(out.courses, [](const Course& c) -> std::string_view { return c.id; });
}

bool DirectReader::learner(Learner& out) {
  static constexpr std::string_view kKeys[] = {"schema",    "id",         "name",     "team",        "role",     "roleSince",
                                               "aspirations", "interests", "proficiency", "feedback", "completed"};
  static constexpr std::string_view kInterest[] = {"skill", "strength"};
  static constexpr std::string_view kFeedback[] = {"skill", "need"};
  out.role.clear();  // also when given as null
  out.role_since.reset();
  std::uint32_t seen = 0;
  bool ok = members(kKeys, seen, [&](std::size_t k) {
    switch (k) {
      case 0: return c_.skip_value();
      case 1: return text(out.id, false);
      case 2: return text(out.name, true);
      case 3: return text(out.team, true);
      case 4: return c_.null_next() || text(out.role, false);
      case 5: {
        if (c_.null_next()) return true;
        Date d;
        if (!date(d)) return false;
        out.role_since = d;
        return true;
      }
      case 6: return id_list(out.aspirations);
      case 7:
        return items(out.interests, limits::kMaxListItems, [&](Interest& e) {
                 std::uint32_t have = 0;
                 return members(kInterest, have, [&](std::size_t f) { return f == 0 ? text(e.skill, false) : number(0, 1, e.strength); }) &&
                        have == 3u;
               }) &&
               distinct(out.interests, [](const Interest& e) -> std::string_view { return e.skill; });
      case 8: return skill_levels(out.proficiency);
      case 9:
        return items(out.feedback, limits::kMaxListItems, [&](FeedbackNeed& e) {
                 std::uint32_t have = 0;
                 return members(kFeedback, have, [&](std::size_t f) { return f == 0 ? text(e.skill, false) : number(0, 1, e.need); }) &&
                        have == 3u;
               }) &&
               distinct(out.feedback, [](const FeedbackNeed& e) -> std::string_view { return e.skill; });
      default: return id_list(out.completed);
    }
  });
  if (!ok || !(seen & 2u)) return false;
  // Whatever the document leaves out is empty, as in a new Learner. A list read above kept its
  // elements' strings (and their capacity); only lists left out are emptied.
  if (!(seen & 1u << 2)) out.name.clear();
  if (!(seen & 1u << 3)) out.team.clear();
  if (!(seen & 1u << 6)) out.aspirations.clear();
  if (!(seen & 1u << 7)) out.interests.clear();
  if (!(seen & 1u << 8)) out.proficiency.clear();
  if (!(seen & 1u << 9)) out.feedback.clear();
  if (!(seen & 1u << 10)) out.completed.clear();
  return true;
}

template <bool kAllParts>
bool DirectReader::documents(const DocumentShape& shape, Documents& out) {
  enum { kSchema, kTaxonomy, kOrganization, kCatalog, kLearner, kLearners, kAsOf };
  static constexpr std::string_view kKeys[] = {"schema", "taxonomy", "organization", "catalog", "learner", "learners", "asOf"};
  out.taxonomy.present = false;
  out.taxonomy.skills.clear();
  out.as_of.reset();
  std::uint32_t seen = 0;
  bool ok = members(kKeys, seen, [&](std::size_t k) {
    switch (k) {
      case kSchema: return c_.string(scratch_) && scratch_ == "sweetspot/1";
      case kTaxonomy:
        // A learner request with a taxonomy (rare: the catalog brought its own) goes to the full
        // reader, so the learner module need not carry a second taxonomy reader.
        if constexpr (kAllParts) return c_.null_next() || taxonomy(out.taxonomy);
        return c_.null_next();
      case kOrganization:
        if constexpr (kAllParts) return organization(out.organization.emplace());
        return false;
      case kCatalog:
        if constexpr (kAllParts) return catalog(out.catalog.emplace());
        return false;
      case kLearner:
        if (!out.learner) out.learner.emplace();  // else reused
        return learner(*out.learner);
      case kLearners:
        if constexpr (kAllParts) {
          out.learners.emplace();
          return items(*out.learners, limits::kMaxLearners, [&](Learner& l) { return learner(l); }) &&
                 distinct(*out.learners, [](const Learner& l) -> std::string_view { return l.id; });
        }
        return false;
      default: {
        if (c_.null_next()) return true;
        Date d;
        if (!date(d)) return false;
        out.as_of = d;
        return true;
      }
    }
  });
  if (!ok || !c_.at_end()) return false;
  // A part the shape requires or forbids is the full reader's error to word.
  struct Part { int key; Need need; };
  for (const Part& part : {Part{kOrganization, shape.organization}, Part{kCatalog, shape.catalog}, Part{kLearner, shape.learner},
                           Part{kLearners, shape.learners}}) {
    const bool present = seen >> part.key & 1u;
    if ((part.need == Need::kRequired && !present) || (part.need == Need::kForbidden && present)) return false;
  }
  if (!(seen >> kOrganization & 1u)) out.organization.reset();
  if (!(seen >> kCatalog & 1u)) out.catalog.reset();
  if (!(seen >> kLearner & 1u)) out.learner.reset();
  if (!(seen >> kLearners & 1u)) out.learners.reset();
  return true;
}

}  // namespace

bool read_documents_direct(std::string_view text, const DocumentShape& shape, Documents& out) {
  if (text.size() > limits::kMaxDocumentBytes) return false;
  DirectReader reader(text);
  return reader.documents<true>(shape, out);
}

namespace {

bool read_full(std::string_view text, const DocumentShape& shape, Documents& out, Warnings& warnings, Error& error) {
  out = Documents{};
  auto json = read_json(text, error);
  if (!json) return false;
  DocumentReader reader(error, warnings);
  return reader.read_documents(*json, shape, out);
}

}  // namespace

bool read_document_text(std::string_view text, const DocumentShape& shape, Documents& out, Warnings& warnings, Error& error) {
  if (read_documents_direct(text, shape, out)) return true;
  return read_full(text, shape, out, warnings, error);
}

bool read_learner_request(std::string_view text, Documents& out, Warnings& warnings, Error& error) {
  if (text.size() <= limits::kMaxDocumentBytes) {
    DirectReader reader(text);
    if (reader.documents<false>(kLearnerRequestShape, out)) return true;
  }
  out = Documents{};
  auto json = read_json(text, error);
  if (!json) return false;
  DocumentReader reader(error, warnings);
  return reader.read_learner_request(*json, out);
}

}  // namespace sweetspot
