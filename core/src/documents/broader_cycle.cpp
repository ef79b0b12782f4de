#include "documents/broader_cycle.h"

namespace sweetspot {

bool find_broader_cycle(const BroaderLinks& links, BroaderCycle& cycle) {
  // Iterative, with an explicit stack: a taxonomy of 100k skills in one chain must not overflow
  // the call stack (WebAssembly's is small).
  enum : unsigned char { kNew, kOnPath, kDone };
  const std::size_t n = links.skills();
  std::vector<unsigned char> state(n, kNew);
  struct Step { std::size_t skill; std::size_t next_link; };
  std::vector<Step> stack;
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != kNew) continue;
    stack.push_back({root, links.first[root]});
    state[root] = kOnPath;
    while (!stack.empty()) {
      Step& top = stack.back();
      if (top.next_link == links.first[top.skill + 1]) {
        state[top.skill] = kDone;
        stack.pop_back();
        continue;
      }
      const std::size_t link = top.next_link++;
      const std::size_t parent = links.parent[link];
      if (parent == BroaderLinks::kUnknownSkill) continue;
      if (state[parent] == kOnPath) {
        cycle.path.clear();
        bool on_cycle = false;
        for (const Step& s : stack) {
          on_cycle = on_cycle || s.skill == parent;
          if (on_cycle) cycle.path.push_back(s.skill);
        }
        cycle.closing_link = link - links.first[top.skill];
        return true;
      }
      if (state[parent] == kNew) {
        state[parent] = kOnPath;
        stack.push_back({parent, links.first[parent]});
      }
    }
  }
  return false;
}

}  // namespace sweetspot
