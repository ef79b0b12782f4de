// Reads the catalog snapshot (docs/snapshot.md), checking everything before anything is trusted
// (see catalog_snapshot.h).
#include <algorithm>
#include <tuple>
#include <utility>

#include "documents/utf8_text.h"
#include "index/catalog_snapshot.h"
#include "index/snapshot_cursor.h"
#include "index/snapshot_format.h"

namespace sweetspot {
namespace {

using namespace snapshot;

// The strings of one list as they are read: where each lies in the snapshot, relative to where the
// section's strings start. into() has the list read them there (TextList::borrow): no string is
// copied (in WebAssembly, copies of the small strings were a quarter of a load, and copies of
// their region, one per list, the most memory a cold load touched after the input).
class Strings {
 public:
  Strings(const Cursor& in, std::size_t count) : start_(reinterpret_cast<const char*>(in.data() + in.offset())) {
    spans_.reserve(count);
  }
  // A view the cursor returned (within the snapshot, after the start).
  void add(std::string_view s) {
    const auto begin = static_cast<std::uint32_t>(s.data() - start_);
    spans_.push_back({begin, begin + static_cast<std::uint32_t>(s.size())});
  }
  void into(TextList& list) { list.borrow(start_, std::move(spans_)); }

 private:
  const char* start_;
  std::vector<TextList::Span> spans_;
};

class SnapshotReader {
 public:
  SnapshotReader(std::string_view bytes, Error& error, std::size_t base = 0) : bytes_(bytes), in_(bytes, error, base) {}

  // The whole snapshot. The taxonomy is built into `taxonomy`, or only checked and its section
  // kept in `section` (a view of the snapshot) for read_snapshot_taxonomy().
  bool read(CatalogIndex& ix, Taxonomy* taxonomy, SnapshotTaxonomy* section) {
    if (!(header() && policy(ix.organization.policy) && skills(ix) && related(ix) && narrower(ix) && courses(ix) && organization(ix)))
      return false;
    const std::size_t start = in_.offset();
    if (!read_taxonomy(ix, taxonomy)) return false;
    if (section) {
      section->bytes = bytes_.substr(start, in_.offset() - start);
      section->offset = start;
    }
    return warnings(ix) && in_.at_end("") && derive(ix);
  }

  // A taxonomy section kept by read(): checked again as it is built.
  bool read_taxonomy_section(const CatalogIndex& ix, Taxonomy& taxonomy) { return read_taxonomy(ix, &taxonomy) && in_.at_end(""); }

 private:
  // ---- header: magic, version, reserved, payload length, payload hash -----------------------
  bool header() {
    if (bytes_.size() < kSnapshotHeaderBytes)
      return in_.fail_at(0, "", "a snapshot of at least " + std::to_string(kSnapshotHeaderBytes) + " bytes",
                         std::to_string(bytes_.size()) + " bytes");
    if (bytes_.size() > kMaxSnapshotBytes)
      return in_.fail_at(0, "", "a snapshot of at most " + std::to_string(kMaxSnapshotBytes) + " bytes",
                         std::to_string(bytes_.size()) + " bytes");
    if (std::memcmp(in_.data(), kSnapshotMagic, sizeof kSnapshotMagic) != 0)
      return in_.fail_at(0, "magic", "\"SWSPCAT1\" (a sweetspot catalog snapshot)", "\"" + Cursor::printable(in_.data(), 8) + "\"");
    for (int i = 0; i < 8; ++i) in_.u8("magic");
    const std::uint32_t version = in_.u32("version");
    if (version != kSnapshotVersion)
      return in_.fail("version", "format version " + std::to_string(kSnapshotVersion), "version " + std::to_string(version));
    const std::uint32_t reserved = in_.u32("reserved");
    if (reserved != 0) return in_.fail("reserved", "0", std::to_string(reserved));
    const std::uint64_t payload = in_.u64("length");
    const std::uint64_t actual = bytes_.size() - kSnapshotHeaderBytes;
    if (payload != actual)
      return in_.fail("length", "a payload of " + std::to_string(payload) + " bytes (as the header says)",
                      std::to_string(actual) + " bytes" + (actual < payload ? " (truncated)" : ""));
    const std::uint64_t stored = in_.u64("hash");
    const std::uint64_t hash = snapshot_hash(in_.data() + kSnapshotHeaderBytes, actual);
    if (stored != hash) return in_.fail("hash", "payload hash " + Cursor::hex(stored), "hash " + Cursor::hex(hash) + " (corrupted)");
    return in_.ok();
  }

  bool policy(Policy& p) {
    if (!in_.enter("PLCY", "policy")) return false;
    p.personal_threshold = in_.number("thresholds/personal", 0, 1);
    p.org_threshold = in_.number("thresholds/org", 0, 1);
    p.borderline_margin = in_.number("borderlineMargin", 0, 0.5);
    p.gifts_allowed = in_.flag("gifts/allowed");
    in_.string("gifts/note", p.gift_note);
    in_.string("mandatoryNote", p.mandatory_note);
    p.taxonomy_decay = in_.number("taxonomy/decay", 0, 1);
    const std::uint8_t hops = in_.u8("taxonomy/maxHops");
    if (in_.ok() && hops > limits::kMaxTaxonomyHops)
      return in_.fail("taxonomy/maxHops", "0.." + std::to_string(limits::kMaxTaxonomyHops), std::to_string(hops));
    p.taxonomy_max_hops = hops;
    p.aspiration_weight = in_.number("weights/aspiration", 0, 1);
    p.role_weight = in_.number("weights/role", 0, 1);
    return in_.leave();
  }

  bool skills(CatalogIndex& ix) {
    if (!in_.enter("SKIL", "skills")) return false;
    ix.has_taxonomy = in_.flag("hasTaxonomy");
    const std::size_t n = in_.count("count", kMaxSnapshotSkills, 6);  // length, one byte of id, flags
    ix.skill_in_taxonomy.assign(n, false);
    Strings ids(in_, n), labels(in_, n);
    std::string_view id, previous, label;
    for (std::size_t s = 0; s < n && in_.ok(); ++s) {
      if (!in_.text("ids", id, limits::kMaxStringBytes, false)) return false;
      if (s > 0 && compare_bytes(previous, id) >= 0)
        return in_.fail("ids", "skill ids in strictly increasing byte order", "\"" + clip(id) + "\" after \"" + clip(previous) + "\"");
      previous = id;
      ids.add(id);
      const std::uint8_t flags = in_.u8("flags");
      if (in_.ok() && (flags > 3 || ((flags & 1) && !ix.has_taxonomy)))
        return in_.fail("flags", ix.has_taxonomy ? "flags 0..3" : "flags 0 or 2 (no taxonomy)", std::to_string(flags));
      ix.skill_in_taxonomy[s] = (flags & 1) != 0;
      if (!(flags & 2)) {
        labels.add(id);
      } else if (!in_.text("labels", label, limits::kMaxStringBytes, false)) {
        return false;
      } else if (label == id) {
        return in_.fail("labels", "a label that differs from the id (flag 2 unset otherwise)", "the id again");  // one form per index
      } else {
        labels.add(label);
      }
    }
    ids.into(ix.skill_ids);
    labels.into(ix.skill_labels);
    return in_.leave();
  }

  // CSR offsets of `rows` rows over `total` values: starting at 0, never decreasing, ending at `total`.
  bool offsets(const char* field, std::size_t rows, std::size_t total, std::vector<std::uint32_t>& begin,
               std::size_t max_per_row) {
    const std::size_t at = in_.array(field, rows + 1, begin);
    if (!in_.ok()) return false;
    if (begin[0] != 0) return in_.fail_at(at, field, "offsets starting at 0", std::to_string(begin[0]));
    for (std::size_t i = 0; i < rows; ++i) {
      if (begin[i + 1] < begin[i])
        return in_.fail_at(at + 4 * (i + 1), field, "non-decreasing offsets", std::to_string(begin[i + 1]) + " after " + std::to_string(begin[i]));
      if (begin[i + 1] - begin[i] > max_per_row)
        return in_.fail_at(at + 4 * (i + 1), field, "at most " + std::to_string(max_per_row) + " values per row",
                           std::to_string(begin[i + 1] - begin[i]));
    }
    if (begin[rows] != total)
      return in_.fail_at(at + 4 * rows, field, "offsets ending at the count " + std::to_string(total), std::to_string(begin[rows]));
    return true;
  }

  bool related(CatalogIndex& ix) {
    if (!in_.enter("RELA", "related")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t total = in_.count("count", kNoLimit, 5);
    if (!offsets("begin", n, total, ix.related_begin, n)) return false;
    std::vector<std::uint32_t> skill;
    std::vector<std::uint8_t> hops;
    const std::size_t skill_at = in_.array("skills", total, skill);
    const std::size_t hops_at = in_.array("hops", total, hops);
    if (!in_.ok()) return false;
    const std::uint32_t max_hops = static_cast<std::uint32_t>(ix.organization.policy.taxonomy_max_hops);
    ix.related.resize(total);
    for (std::size_t s = 0; s < n; ++s) {
      bool self = false;
      for (std::uint32_t k = ix.related_begin[s]; k < ix.related_begin[s + 1]; ++k) {
        if (skill[k] >= n) return in_.fail_at(skill_at + 4 * k, "skills", "a skill index below " + std::to_string(n), std::to_string(skill[k]));
        if (k > ix.related_begin[s] && skill[k] <= skill[k - 1])
          return in_.fail_at(skill_at + 4 * k, "skills", "strictly increasing skill indices per skill", std::to_string(skill[k]) + " after " + std::to_string(skill[k - 1]));
        if (hops[k] > max_hops) return in_.fail_at(hops_at + k, "hops", "hops 0.." + std::to_string(max_hops), std::to_string(hops[k]));
        if ((skill[k] == s) != (hops[k] == 0))
          return in_.fail_at(hops_at + k, "hops", "0 hops exactly for the skill itself", std::to_string(hops[k]));
        self = self || skill[k] == s;
        ix.related[k] = {static_cast<std::int32_t>(skill[k]), hops[k]};
      }
      if (!self) return in_.fail_at(skill_at + 4 * ix.related_begin[s], "skills", "skill " + std::to_string(s) + " related to itself", "no such entry");
    }
    return in_.leave();
  }

  bool narrower(CatalogIndex& ix) {
    if (!in_.enter("NARR", "narrower")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t total = in_.count("count", kNoLimit, 4);
    if (!offsets("begin", n, total, ix.narrower_begin, n)) return false;
    std::vector<std::uint32_t> skill;
    const std::size_t at = in_.array("skills", total, skill);
    if (!in_.ok()) return false;
    for (std::size_t s = 0; s < n; ++s)
      for (std::uint32_t k = ix.narrower_begin[s]; k < ix.narrower_begin[s + 1]; ++k) {
        if (skill[k] >= n || skill[k] == s)
          return in_.fail_at(at + 4 * k, "skills", "the index of another skill, below " + std::to_string(n), std::to_string(skill[k]));
        if (k > ix.narrower_begin[s] && skill[k] <= skill[k - 1])
          return in_.fail_at(at + 4 * k, "skills", "strictly increasing skill indices per skill", std::to_string(skill[k]) + " after " + std::to_string(skill[k - 1]));
      }
    ix.narrower.assign(skill.begin(), skill.end());
    return in_.leave();
  }

  bool courses(CatalogIndex& ix) {
    if (!in_.enter("CRSE", "courses")) return false;
    const std::size_t n = ix.skill_count();
    const std::size_t count = in_.count("count", limits::kMaxCourses, 9);  // two lengths, one byte of id
    Strings ids(in_, count), titles(in_, count);
    std::string_view id, previous, title;
    for (std::size_t c = 0; c < count && in_.ok(); ++c) {
      if (!in_.text("ids", id, limits::kMaxStringBytes, false)) return false;
      if (c > 0 && compare_bytes(previous, id) >= 0)
        return in_.fail("ids", "course ids in strictly increasing byte order", "\"" + clip(id) + "\" after \"" + clip(previous) + "\"");
      previous = id;
      ids.add(id);
      if (!in_.text("titles", title)) return false;
      titles.add(title);
    }
    ids.into(ix.course_ids);
    titles.into(ix.course_titles);
    const std::size_t total = in_.count("skills/count", kMaxCourseSkills, 7);
    if (!offsets("skills/begin", count, total, ix.course_skill_begin, limits::kMaxSkillsPerCourse)) return false;
    const std::size_t skill_at = in_.array("skills", total, ix.course_skill);
    const std::size_t level_at = in_.array("skills/levels", total, ix.course_skill_level);
    const std::size_t share_at = in_.array("skills/shares", total, ix.course_skill_share);
    if (!in_.ok()) return false;
    for (std::size_t c = 0; c < count; ++c) {
      const std::uint32_t first = ix.course_skill_begin[c], last = ix.course_skill_begin[c + 1];
      std::uint32_t shares = 0;
      for (std::uint32_t k = first; k < last; ++k) {
        const auto s = static_cast<std::uint32_t>(ix.course_skill[k]);
        if (s >= n) return in_.fail_at(skill_at + 4 * k, "skills", "a skill index below " + std::to_string(n), std::to_string(s));
        if (k > first && s <= static_cast<std::uint32_t>(ix.course_skill[k - 1]))
          return in_.fail_at(skill_at + 4 * k, "skills", "strictly increasing skill indices per course",
                             std::to_string(s) + " after " + std::to_string(ix.course_skill[k - 1]));
        if (ix.course_skill_level[k] < 1 || ix.course_skill_level[k] > 5)
          return in_.fail_at(level_at + k, "skills/levels", "a level 1..5", std::to_string(ix.course_skill_level[k]));
        shares += ix.course_skill_share[k];
      }
      if (last > first && shares != kUnit)
        return in_.fail_at(share_at + 2 * first, "skills/shares", "shares of course \"" + clip(ix.course_ids[c]) + "\" summing to " + std::to_string(kUnit),
                           std::to_string(shares));
    }
    return in_.leave();
  }

  // A string materialized from an index, within the reference budget (counted also when only
  // checking, so that building it later stays within the same bound).
  bool reference(const char* field, std::string_view value, std::string* out) {
    references_ += value.size();
    if (references_ > kMaxReferenceBytes)
      return in_.fail(field, "references spelling at most " + std::to_string(kMaxReferenceBytes) + " bytes in all", "more");
    if (out) out->assign(value.data(), value.size());
    return true;
  }
  // A skill index below the skill count; false (and the error) otherwise.
  bool skill_index(const CatalogIndex& ix, const char* field, std::uint32_t& s) {
    s = in_.u32(field);
    if (in_.ok() && s >= ix.skill_count()) return in_.fail(field, "a skill index below " + std::to_string(ix.skill_count()), std::to_string(s));
    return in_.ok();
  }

  bool organization(CatalogIndex& ix) {
    if (!in_.enter("ORGN", "organization")) return false;
    Organization& o = ix.organization;
    const std::size_t roles = in_.count("roles/count", limits::kMaxRoles, 17);
    o.roles.resize(roles);
    ix.role_requirements.resize(roles);
    for (std::size_t r = 0; r < roles && in_.ok(); ++r) {
      Role& role = o.roles[r];
      if (!in_.string("roles/ids", role.id, limits::kMaxStringBytes, false)) return false;
      if (r > 0 && !(o.roles[r - 1].id < role.id))
        return in_.fail("roles/ids", "role ids in strictly increasing byte order", "\"" + clip(role.id) + "\" after \"" + clip(o.roles[r - 1].id) + "\"");
      in_.string("roles/titles", role.title);
      const std::size_t skills = in_.count("roles/skills/count", limits::kMaxListItems, 5);
      const std::size_t skills_at = in_.offset();
      role.skills.resize(skills);
      auto& requirements = ix.role_requirements[r];
      requirements.reserve(skills);
      for (std::size_t k = 0; k < skills && in_.ok(); ++k) {
        std::uint32_t s = 0;
        if (!skill_index(ix, "roles/skills", s)) return false;
        const std::uint8_t level = in_.u8("roles/skills/levels");
        if (in_.ok() && level > 5) return in_.fail("roles/skills/levels", "a level 0..5", std::to_string(level));
        if (!reference("roles/skills", ix.skill_ids[s], &role.skills[k].skill)) return false;
        role.skills[k].level = level;
        requirements.push_back({static_cast<std::int32_t>(s), level});
      }
      std::sort(requirements.begin(), requirements.end());
      for (std::size_t k = 1; k < requirements.size(); ++k)
        if (requirements[k].first == requirements[k - 1].first)
          return in_.fail_at(skills_at, "roles/skills", "each skill once per role", "skill " + std::to_string(requirements[k].first) + " twice");
      const std::size_t next = in_.count("roles/next/count", limits::kMaxListItems, 5);
      role.next.resize(next);
      for (std::size_t k = 0; k < next && in_.ok(); ++k) in_.string("roles/next", role.next[k], limits::kMaxStringBytes, false);
    }

    const std::size_t priorities = in_.count("priorities/count", limits::kMaxListItems, 17);
    o.priorities.resize(priorities);
    ix.priority_skill.resize(priorities);
    for (std::size_t k = 0; k < priorities && in_.ok(); ++k) {
      Priority& p = o.priorities[k];
      std::uint32_t s = 0;
      if (!skill_index(ix, "priorities/skills", s)) return false;
      ix.priority_skill[k] = static_cast<std::int32_t>(s);
      if (!reference("priorities/skills", ix.skill_ids[s], &p.skill)) return false;
      p.weight = in_.number("priorities/weights", 0, 1);
      const std::uint8_t need = in_.u8("priorities/needs");
      if (in_.ok() && need > 3) return in_.fail("priorities/needs", "a need 0..3 (job, improve, future, leadership)", std::to_string(need));
      p.need = kNeeds[need & 3];
      in_.string("priorities/rationales", p.rationale);
      // The canonical order of build_index (skill, weight descending, need, rationale).
      if (in_.ok() && k > 0) {
        const Priority& a = o.priorities[k - 1];
        if (std::tie(p.skill, a.weight, p.need, p.rationale) < std::tie(a.skill, p.weight, a.need, a.rationale))
          return in_.fail("priorities", "priorities in canonical order (skill, weight descending, need, rationale)", "priority " + std::to_string(k) + " out of order");
      }
    }

    const std::size_t mandatory = in_.count("mandatory/count", limits::kMaxListItems, 5);
    o.mandatory.resize(mandatory);
    for (std::size_t k = 0; k < mandatory && in_.ok(); ++k) in_.string("mandatory", o.mandatory[k], limits::kMaxStringBytes, false);

    const std::size_t growth = in_.count("growth/count", limits::kMaxListItems, 17);
    o.growth.resize(growth);
    ix.growth_skills.resize(growth);
    for (std::size_t g = 0; g < growth && in_.ok(); ++g) {
      GrowthInitiative& init = o.growth[g];
      in_.string("growth/names", init.name, limits::kMaxStringBytes, false);
      in_.string("growth/rationales", init.rationale);
      const std::size_t skills = in_.count("growth/skills/count", limits::kMaxListItems, 4);
      init.skills.resize(skills);
      ix.growth_skills[g].resize(skills);
      for (std::size_t k = 0; k < skills && in_.ok(); ++k) {
        std::uint32_t s = 0;
        if (!skill_index(ix, "growth/skills", s)) return false;
        if (k > 0 && s <= static_cast<std::uint32_t>(ix.growth_skills[g][k - 1]))
          return in_.fail("growth/skills", "strictly increasing skill indices per initiative", std::to_string(s));
        ix.growth_skills[g][k] = static_cast<std::int32_t>(s);
        if (!reference("growth/skills", ix.skill_ids[s], &init.skills[k])) return false;
      }
      const std::size_t roles_n = in_.count("growth/roles/count", limits::kMaxListItems, 5);
      init.roles.resize(roles_n);
      for (std::size_t k = 0; k < roles_n && in_.ok(); ++k) {
        if (!in_.string("growth/roles", init.roles[k], limits::kMaxStringBytes, false)) return false;
        if (k > 0 && !(init.roles[k - 1] < init.roles[k]))
          return in_.fail("growth/roles", "role ids in strictly increasing byte order per initiative", "\"" + clip(init.roles[k]) + "\"");
      }
      if (in_.ok() && g > 0) {
        const GrowthInitiative& a = o.growth[g - 1];
        if (std::tie(init.name, init.rationale, init.skills, init.roles) < std::tie(a.name, a.rationale, a.skills, a.roles))
          return in_.fail("growth", "initiatives in canonical order (name, rationale, skills, roles)", "initiative " + std::to_string(g) + " out of order");
      }
    }
    return in_.leave();
  }

  // Built into `t`, or only checked when `t` is null (nothing is copied then).
  bool read_taxonomy(const CatalogIndex& ix, Taxonomy* t) {
    if (!in_.enter("TAXO", "taxonomy")) return false;
    const bool present = in_.flag("present");
    if (in_.ok() && present != ix.has_taxonomy)
      return in_.fail("present", ix.has_taxonomy ? "1 (the skills say there is a taxonomy)" : "0 (the skills say there is no taxonomy)", present ? "1" : "0");
    std::size_t expected = 0;
    for (std::size_t s = 0; s < ix.skill_count(); ++s) expected += ix.skill_in_taxonomy[s] ? 1 : 0;
    const std::size_t count = in_.count("count", limits::kMaxSkills, 12);
    if (in_.ok() && count != expected)
      return in_.fail("count", std::to_string(expected) + " skills (those flagged as in the taxonomy)", std::to_string(count));
    std::vector<std::uint8_t> seen(ix.skill_count(), 0);
    if (t) {
      t->present = present;
      t->skills.resize(count);
    }
    std::string_view text;
    for (std::size_t i = 0; i < count && in_.ok(); ++i) {
      TaxonomySkill* skill = t ? &t->skills[i] : nullptr;
      std::uint32_t s = 0;
      if (!skill_index(ix, "skills", s)) return false;
      if (!ix.skill_in_taxonomy[s] || seen[s])
        return in_.fail("skills", "each taxonomy skill once", "skill " + std::to_string(s) + (seen[s] ? " again" : ", not in the taxonomy"));
      seen[s] = 1;
      if (!reference("skills", ix.skill_ids[s], skill ? &skill->id : nullptr) ||
          !reference("skills", ix.skill_labels[s], skill ? &skill->label : nullptr))
        return false;
      const std::size_t aliases = in_.count("aliases/count", limits::kMaxListItems, 5);
      if (skill) skill->aliases.resize(aliases);
      for (std::size_t k = 0; k < aliases && in_.ok(); ++k)
        if (in_.text("aliases", text, limits::kMaxStringBytes, false) && skill) skill->aliases[k].assign(text.data(), text.size());
      const std::size_t broader = in_.count("broader/count", limits::kMaxListItems, 4);
      if (skill) skill->broader.resize(broader);
      for (std::size_t k = 0; k < broader && in_.ok(); ++k) {
        const std::uint32_t ref = in_.u32("broader");
        if (!in_.ok()) return false;
        if (ref == kInlineString) {
          if (!in_.text("broader", text, limits::kMaxStringBytes, false)) return false;
          // Only ids that are not interned skills are spelled out (one form per index).
          if (ix.find_skill(text) >= 0)
            return in_.fail("broader", "an id that is not an interned skill (those are indices)", "\"" + clip(text) + "\"");
          if (skill) skill->broader[k].assign(text.data(), text.size());
        } else if (ref >= ix.skill_count()) {
          return in_.fail("broader", "a skill index below " + std::to_string(ix.skill_count()) + " or 0xffffffff", std::to_string(ref));
        } else if (!reference("broader", ix.skill_ids[ref], skill ? &skill->broader[k] : nullptr)) {
          return false;
        }
      }
    }
    return in_.leave();
  }

  bool warnings(CatalogIndex& ix) {
    if (!in_.enter("WARN", "warnings")) return false;
    const std::size_t count = in_.count("count", kNoLimit, 8);
    ix.warnings.resize(count);
    for (std::size_t k = 0; k < count && in_.ok(); ++k) {
      in_.string("paths", ix.warnings[k].path, kMaxWarningStringBytes);
      in_.string("messages", ix.warnings[k].message, kMaxWarningStringBytes);
    }
    return in_.leave();
  }

  // What build_index derives and the snapshot does not repeat (derive_index).
  bool derive(CatalogIndex& ix) {
    derive_index(ix);
    return true;
  }

  std::string_view bytes_;
  Cursor in_;
  std::size_t references_ = 0;
};

}  // namespace

bool read_snapshot(std::string_view bytes, CatalogIndex& out, Taxonomy& taxonomy_out, Error& error) {
  CatalogIndex index;
  Taxonomy taxonomy;
  SnapshotReader reader(bytes, error);
  if (!reader.read(index, &taxonomy, nullptr)) return false;
  out = std::move(index);
  taxonomy_out = std::move(taxonomy);
  return true;
}

bool read_snapshot(std::string_view bytes, CatalogIndex& out, SnapshotTaxonomy& taxonomy_out, Error& error) {
  CatalogIndex index;
  SnapshotTaxonomy taxonomy;
  SnapshotReader reader(bytes, error);
  if (!reader.read(index, nullptr, &taxonomy)) return false;
  out = std::move(index);
  taxonomy_out = std::move(taxonomy);
  return true;
}

bool read_snapshot_taxonomy(const SnapshotTaxonomy& section, const CatalogIndex& index, Taxonomy& out, Error& error) {
  Taxonomy taxonomy;
  SnapshotReader reader(section.bytes, error, section.offset);
  if (!reader.read_taxonomy_section(index, taxonomy)) return false;
  out = std::move(taxonomy);
  return true;
}

}  // namespace sweetspot
