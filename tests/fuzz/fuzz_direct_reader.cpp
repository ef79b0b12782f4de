// libFuzzer target, differential: the direct reader (the learner page's fast path) against the full
// reader on any bytes, in the document shape the first byte picks. Wherever the direct reader
// accepts a text, the full reader must accept it with no warning and leave the same values, bit for
// bit; else the direct reader would give a learner a result that the documented errors and
// warnings never explain. A disagreement aborts with both readings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "reader_agreement.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sweetspot;
  if (size == 0) return 0;
  const auto& shapes = test::kShapes;
  const DocumentShape& shape = shapes[data[0] % (sizeof shapes / sizeof shapes[0])];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Documents direct;
  if (!read_documents_direct(text, shape, direct)) return 0;
  const std::string problem = test::disagreement(text, shape, direct);
  if (!problem.empty()) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
