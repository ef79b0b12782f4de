// A cycle of `broader` links would make "broader than" meaningless, so every way into the engine
// refuses one: the document reader for JSON taxonomies and the importers for CSV and CASE files.
// Both search the same way, so that the same input always names the same closing link.
#pragma once
#include <cstddef>
#include <limits>
#include <vector>

namespace sweetspot {

// Skill i's broader links, as indices of skills, kUnknownSkill where the id names no skill (a
// warning elsewhere, never part of a cycle). Flat, one row per skill: `first[i]` .. `first[i + 1]`.
struct BroaderLinks {
  static constexpr std::size_t kUnknownSkill = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> first{0};
  std::vector<std::size_t> parent;

  void add(std::size_t parent_skill) { parent.push_back(parent_skill); }
  void end_skill() { first.push_back(parent.size()); }
  std::size_t skills() const { return first.size() - 1; }
};

struct BroaderCycle {
  std::vector<std::size_t> path;  // skills from the one the cycle returns to, to the one whose link closes it
  std::size_t closing_link = 0;   // that link's position in the last skill's broader list
  std::size_t returns_to() const { return path.front(); }
};

// Depth-first from each skill in order, links in order; true and `cycle` set at the first link
// that leads back onto the current path.
bool find_broader_cycle(const BroaderLinks& links, BroaderCycle& cycle);

}  // namespace sweetspot
