// Writes the catalog snapshot (docs/snapshot.md): a straight walk over the index, section by
// section, then the payload's length and hash patched into the header.
#include <cstring>

#include "index/catalog_snapshot.h"
#include "index/snapshot_format.h"

namespace sweetspot {
namespace {

using namespace snapshot;

class Writer {
 public:
  void u8(std::uint32_t v) { out_.push_back(static_cast<char>(v & 0xFFu)); }
  void u16(std::uint32_t v) {
    u8(v);
    u8(v >> 8);
  }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(v >> (8 * i));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<std::uint32_t>(v >> (8 * i)));
  }
  void f64(double d) {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    u64(bits);
  }
  void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
  void str(std::string_view s) {
    count(s.size());
    out_.append(s.data(), s.size());
  }
  // A section: its 4-byte tag, then its length (patched by end()).
  std::size_t begin(const char* tag) {
    out_.append(tag, 4);
    const std::size_t at = out_.size();
    u32(0);
    return at;
  }
  void end(std::size_t at) { patch32(at, static_cast<std::uint32_t>(out_.size() - at - 4)); }
  void patch32(std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_[at + i] = static_cast<char>((v >> (8 * i)) & 0xFFu);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// CSR offsets of `n` rows: n + 1 words even for an index built without them.
void write_offsets(Writer& w, const std::vector<std::uint32_t>& begin, std::size_t n) {
  for (std::size_t i = 0; i <= n; ++i) w.u32(i < begin.size() ? begin[i] : 0);
}

std::uint32_t skill_ref(const CatalogIndex& ix, const std::string& id) {
  const std::int32_t s = ix.find_skill(id);
  return s < 0 ? kInlineString : static_cast<std::uint32_t>(s);
}

}  // namespace

std::string write_snapshot(const CatalogIndex& ix, const Taxonomy& taxonomy) {
  Writer w;
  w.bytes().append(kSnapshotMagic, sizeof kSnapshotMagic);
  w.u32(kSnapshotVersion);
  w.u32(0);   // reserved
  w.u64(0);   // payload bytes, patched below
  w.u64(0);   // payload hash, patched below
  const std::size_t n = ix.skill_count(), courses = ix.course_count();
  const Organization& o = ix.organization;

  std::size_t at = w.begin("PLCY");
  const Policy& p = o.policy;
  w.f64(p.personal_threshold);
  w.f64(p.org_threshold);
  w.f64(p.borderline_margin);
  w.u8(p.gifts_allowed ? 1 : 0);
  w.str(p.gift_note);
  w.str(p.mandatory_note);
  w.f64(p.taxonomy_decay);
  w.u8(static_cast<std::uint32_t>(p.taxonomy_max_hops));
  w.f64(p.aspiration_weight);
  w.f64(p.role_weight);
  w.end(at);

  at = w.begin("SKIL");
  w.u8(ix.has_taxonomy ? 1 : 0);
  w.count(n);
  for (std::size_t s = 0; s < n; ++s) {
    w.str(ix.skill_ids[s]);
    const bool own_label = ix.skill_labels[s] != ix.skill_ids[s];
    w.u8((ix.skill_in_taxonomy[s] ? 1u : 0u) | (own_label ? 2u : 0u));
    if (own_label) w.str(ix.skill_labels[s]);
  }
  w.end(at);

  at = w.begin("RELA");
  w.count(ix.related.size());
  write_offsets(w, ix.related_begin, n);
  for (const Related& r : ix.related) w.u32(static_cast<std::uint32_t>(r.skill));
  for (const Related& r : ix.related) w.u8(static_cast<std::uint32_t>(r.hops));
  w.end(at);

  at = w.begin("NARR");
  w.count(ix.narrower.size());
  write_offsets(w, ix.narrower_begin, n);
  for (std::int32_t s : ix.narrower) w.u32(static_cast<std::uint32_t>(s));
  w.end(at);

  at = w.begin("CRSE");
  w.count(courses);
  for (std::size_t c = 0; c < courses; ++c) {
    w.str(ix.course_ids[c]);
    w.str(ix.course_titles[c]);
  }
  w.count(ix.course_skill.size());
  write_offsets(w, ix.course_skill_begin, courses);
  for (std::int32_t s : ix.course_skill) w.u32(static_cast<std::uint32_t>(s));
  for (std::uint8_t level : ix.course_skill_level) w.u8(level);
  for (std::uint16_t share : ix.course_skill_share) w.u16(share);
  w.end(at);

  at = w.begin("ORGN");
  w.count(o.roles.size());
  for (const Role& r : o.roles) {
    w.str(r.id);
    w.str(r.title);
    w.count(r.skills.size());
    for (const SkillLevel& s : r.skills) {
      w.u32(skill_ref(ix, s.skill));
      w.u8(static_cast<std::uint32_t>(s.level));
    }
    w.count(r.next.size());
    for (const std::string& next : r.next) w.str(next);
  }
  w.count(o.priorities.size());
  for (const Priority& pr : o.priorities) {
    w.u32(skill_ref(ix, pr.skill));
    w.f64(pr.weight);
    std::uint32_t need = 1;
    for (std::uint32_t k = 0; k < 4; ++k)
      if (pr.need == kNeeds[k]) need = k;
    w.u8(need);
    w.str(pr.rationale);
  }
  w.count(o.mandatory.size());
  for (const std::string& m : o.mandatory) w.str(m);
  w.count(o.growth.size());
  for (const GrowthInitiative& g : o.growth) {
    w.str(g.name);
    w.str(g.rationale);
    w.count(g.skills.size());
    for (const std::string& s : g.skills) w.u32(skill_ref(ix, s));
    w.count(g.roles.size());
    for (const std::string& r : g.roles) w.str(r);
  }
  w.end(at);

  at = w.begin("TAXO");
  w.u8(taxonomy.present ? 1 : 0);
  w.count(taxonomy.skills.size());
  for (const TaxonomySkill& s : taxonomy.skills) {
    w.u32(skill_ref(ix, s.id));
    w.count(s.aliases.size());
    for (const std::string& a : s.aliases) w.str(a);
    w.count(s.broader.size());
    for (const std::string& b : s.broader) {
      const std::uint32_t ref = skill_ref(ix, b);
      w.u32(ref);
      if (ref == kInlineString) w.str(b);
    }
  }
  w.end(at);

  at = w.begin("WARN");
  w.count(ix.warnings.size());
  for (const Warning& warning : ix.warnings) {
    w.str(warning.path);
    w.str(warning.message);
  }
  w.end(at);

  std::string& out = w.bytes();
  const std::uint64_t payload = out.size() - kSnapshotHeaderBytes;
  const std::uint64_t hash = snapshot_hash(out.data() + kSnapshotHeaderBytes, payload);
  for (int i = 0; i < 8; ++i) {
    out[16 + i] = static_cast<char>((payload >> (8 * i)) & 0xFFu);
    out[24 + i] = static_cast<char>((hash >> (8 * i)) & 0xFFu);
  }
  return std::move(out);
}

}  // namespace sweetspot
