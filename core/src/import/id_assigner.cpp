#include "import/id_assigner.h"

#include <cstdint>

#include "import/text_fields.h"

namespace sweetspot::import {
namespace {

// FNV-1a, 32 bits: a short stable fingerprint of a source identifier.
std::string fingerprint(const std::string& s) {
  std::uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  static const char* hex = "0123456789abcdef";
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i, h >>= 4) out[i] = hex[h & 15];
  return out;
}

}  // namespace

std::unordered_map<std::string, std::string> assign_ids(const std::vector<IdSource>& items, IdStyle style,
                                                        const std::string& prefix) {
  std::unordered_map<std::string, std::string> ids;
  if (style == IdStyle::source) {
    for (const IdSource& item : items) ids.emplace(item.source_id, item.source_id);
    return ids;
  }
  std::unordered_map<std::string, int> uses;
  std::vector<std::string> slugs;
  slugs.reserve(items.size());
  for (const IdSource& item : items) {
    std::string slug = slugify(item.readable);
    if (slug.empty()) slug = slugify(item.source_id);
    slugs.push_back(prefix + slug);
    ++uses[slugs.back()];
  }
  std::vector<std::string> chosen(items.size());
  std::unordered_map<std::string, int> final_uses;
  for (std::size_t i = 0; i < items.size(); ++i) {
    chosen[i] = uses[slugs[i]] > 1 ? slugs[i] + "-" + fingerprint(items[i].source_id) : slugs[i];
    ++final_uses[chosen[i]];
  }
  // A suffixed slug meeting another label's plain slug, or two fingerprints colliding, is
  // astronomically rare; then the source identifier itself keeps the ids unique.
  for (std::size_t i = 0; i < items.size(); ++i)
    ids.emplace(items[i].source_id, final_uses[chosen[i]] > 1 ? prefix + items[i].source_id : chosen[i]);
  return ids;
}

const std::string& lookup(const std::unordered_map<std::string, std::string>& ids, const std::string& source_id) {
  static const std::string kNone;
  const auto it = ids.find(source_id);
  return it == ids.end() ? kNone : it->second;
}

}  // namespace sweetspot::import
