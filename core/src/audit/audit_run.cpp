// sweetspot/audit.h: the audit of a document or of streamed learners, on one or several threads.
//
// Threads exist only where the build defines SWEETSPOT_THREADS (natively; core/CMakeLists.txt).
// WebAssembly builds have no pthreads: there every audit runs on the calling thread, with the same
// result. Each worker has its own AuditBuilder (and so its own LearnerScorer) over the shared,
// read-only CatalogIndex; the builders merge at the end, and the merged report does not depend on
// which worker scored which learner (audit.h).
#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <new>
#include <optional>

#include "audit/audit.h"
#include "index/catalog_index.h"
#include "documents/document_reader.h"
#include "documents/json_reader.h"
#include "sweetspot/audit.h"

#if SWEETSPOT_THREADS
#include <condition_variable>
#include <mutex>
#include <thread>
#endif

namespace sweetspot {
namespace {

constexpr unsigned kMaxThreads = 256;
constexpr std::size_t kDocumentChunk = 8;  // learners a worker claims at a time
constexpr std::size_t kStreamBatch = 64;   // streamed learners handed to a worker at a time

// The threads to use for `work` learners: as asked (0: the hardware's), never more than learners.
unsigned thread_count(unsigned requested, std::uint64_t work) {
#if SWEETSPOT_THREADS
  unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
  n = std::min(n, kMaxThreads);
  return static_cast<unsigned>(std::max<std::uint64_t>(1, std::min<std::uint64_t>(n, work)));
#else
  (void)requested;
  (void)work;
  return 1;
#endif
}

// Reads the documents and compiles the index.
struct Compiled {
  Documents docs;
  Warnings warnings;
  std::unique_ptr<CatalogIndex> index;
};

bool compile(std::string_view text, const DocumentShape& shape, Compiled& out, Error& error) {
  auto json = read_json(text, error);
  if (!json) return false;
  DocumentReader reader(error, out.warnings);
  if (!reader.read_documents(*json, shape, out.docs)) return false;
  json.reset();  // the DOM is done with; the index is what stays
  out.index = std::make_unique<CatalogIndex>(build_index(out.docs.taxonomy, *out.docs.organization, *out.docs.catalog,
                                                         "/taxonomy", "/organization", "/catalog"));
  return true;
}

// The engine has no exceptions in WebAssembly; natively, running out of memory is the one the
// standard library can still raise, and it must not escape (or end a worker thread) untyped.
template <class F>
bool guard(F&& f, Error& error) {
#if defined(__cpp_exceptions)
  try {
    return f();
  } catch (const std::bad_alloc&) {
    error = make_error_message("", "out of memory");
    return false;
  }
#else
  (void)error;
  return f();
#endif
}

// The first error in input order among those found (workers find them in any order).
class FirstError {
 public:
  void record(std::uint64_t seq, Error error) {
#if SWEETSPOT_THREADS
    std::lock_guard<std::mutex> lock(mutex_);
#endif
    if (seq < seq_.load()) {
      seq_.store(seq);
      error_ = std::move(error);
    }
  }
  // Whether an error was found at or before `seq` (work after it is not needed).
  bool before(std::uint64_t seq) const { return seq_.load(std::memory_order_relaxed) <= seq; }
  bool any() const { return seq_.load() != kNone; }
  Error take() { return std::move(error_); }

 private:
  static constexpr std::uint64_t kNone = ~std::uint64_t{0};
  std::atomic<std::uint64_t> seq_{kNone};
  Error error_;
#if SWEETSPOT_THREADS
  std::mutex mutex_;
#endif
};

}  // namespace

// ---- learners of a document ---------------------------------------------------------------------

AuditResult audit_report(std::string_view text, const AuditOptions& options) {
  AuditResult result;
  const bool ok = guard([&] {
    Compiled c;
    const DocumentShape shape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kRequired};
    if (!compile(text, shape, c, result.error)) return false;
    const std::vector<Learner>& learners = *c.docs.learners;
    const unsigned threads = thread_count(options.threads, learners.size());
    std::vector<AuditBuilder> builders;
    builders.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) builders.emplace_back(*c.index, c.docs.as_of, "/learners", options.team);

    std::atomic<std::size_t> next{0}, done{0};
    FirstError first;
    // Worker `t` claims chunks of learners until none are left; worker 0 is the calling thread and
    // reports progress.
    auto work = [&](unsigned t) {
      Error error;
      const bool fine = guard([&] {
        for (;;) {
          if (first.any()) return true;
          const std::size_t begin = next.fetch_add(kDocumentChunk);
          if (begin >= learners.size()) return true;
          const std::size_t end = std::min(begin + kDocumentChunk, learners.size());
          for (std::size_t i = begin; i < end; ++i) builders[t].add(learners[i], i);
          const std::size_t now = done.fetch_add(end - begin) + (end - begin);
          if (t == 0 && options.progress) options.progress(now, learners.size());
        }
      }, error);
      if (!fine) first.record(0, std::move(error));
    };
#if SWEETSPOT_THREADS
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
#else
    work(0);
#endif
    if (first.any()) {
      result.error = first.take();
      return false;
    }
    if (options.progress) options.progress(learners.size(), learners.size());
    for (unsigned t = 1; t < threads; ++t) builders[0].merge(std::move(builders[t]));
    return builders[0].finish(result.report, result.error, std::move(c.warnings), c.index->warnings);
  }, result.error);
  result.ok = ok;
  return result;
}

// ---- streamed learners --------------------------------------------------------------------------

namespace {

struct Item {
  std::string text;
  std::uint64_t line = 0;
};

struct Batch {
  std::uint64_t first_seq = 0;
  std::vector<Item> items;
};

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Reads, checks and scores one batch; stops at its first bad learner.
void process(const Batch& batch, AuditBuilder& builder, FirstError& first, const std::string& source_name) {
  for (std::size_t k = 0; k < batch.items.size(); ++k) {
    const std::uint64_t seq = batch.first_seq + k;
    if (first.before(seq)) return;
    const Item& item = batch.items[k];
    const std::string path = "/learners/" + std::to_string(seq);
    const std::string where = source_name + ":" + std::to_string(item.line) + ": ";
    Error error;
    auto json = read_json(item.text, error);
    if (!json) {
      // The reader's paths are relative to the line: put them under the learner's.
      Error e = error.expected.empty() ? make_error_message(path + error.path, error.message)
                                       : make_error(path + error.path, error.expected, error.found);
      e.message = where + e.message;
      first.record(seq, std::move(e));
      return;
    }
    Warnings warnings;
    DocumentReader reader(error, warnings);
    Learner learner;
    if (!reader.read_learner(*json, path, learner)) {
      error.message = where + error.message;
      first.record(seq, std::move(error));
      return;
    }
    json.reset();
    builder.add_read_warnings(seq, std::move(warnings));
    builder.add(learner, seq);
  }
}

#if SWEETSPOT_THREADS
// Batches from the reading thread to the workers; bounded, so memory stays a few batches deep.
class BatchQueue {
 public:
  explicit BatchQueue(std::size_t capacity) : capacity_(capacity) {}
  void push(Batch&& b) {
    std::unique_lock<std::mutex> lock(mutex_);
    not_full_.wait(lock, [&] { return queue_.size() < capacity_; });
    queue_.push_back(std::move(b));
    not_empty_.notify_one();
  }
  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }
  bool pop(Batch& out) {
    std::unique_lock<std::mutex> lock(mutex_);
    not_empty_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return false;
    out = std::move(queue_.front());
    queue_.pop_front();
    not_full_.notify_one();
    return true;
  }

 private:
  std::size_t capacity_;
  std::deque<Batch> queue_;
  bool closed_ = false;
  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
};
#endif

}  // namespace

AuditResult audit_report_stream(std::string_view documents, LearnerSource& source, std::string_view source_name,
                                const AuditOptions& options) {
  AuditResult result;
  const std::string name(source_name);
  const bool ok = guard([&] {
    Compiled c;
    const DocumentShape shape{Need::kRequired, Need::kRequired, Need::kForbidden, Need::kForbidden};
    if (!compile(documents, shape, c, result.error)) return false;
    const unsigned threads = thread_count(options.threads, ~std::uint64_t{0});
    std::vector<AuditBuilder> builders;
    builders.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) builders.emplace_back(*c.index, c.docs.as_of, "/learners", options.team);
    FirstError first;
    std::atomic<std::uint64_t> done{0};

#if SWEETSPOT_THREADS
    std::unique_ptr<BatchQueue> queue;
    std::vector<std::thread> pool;
    if (threads > 1) {
      queue = std::make_unique<BatchQueue>(2 * threads);
      for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
          Error error;
          Batch batch;
          const bool fine = guard([&] {
            while (queue->pop(batch)) {
              if (first.before(batch.first_seq)) continue;  // drained, not needed
              process(batch, builders[t], first, name);
              done.fetch_add(batch.items.size());
            }
            return true;
          }, error);
          if (!fine) {
            first.record(batch.first_seq, std::move(error));
            while (queue->pop(batch)) {}  // keep the reader from blocking on a full queue
          }
        });
    }
#endif
    // The calling thread reads; with one thread it also scores.
    auto hand_over = [&](Batch&& batch) {
#if SWEETSPOT_THREADS
      if (queue) {
        queue->push(std::move(batch));
        if (options.progress) options.progress(done.load(), 0);
        return;
      }
#endif
      process(batch, builders[0], first, name);
      done.fetch_add(batch.items.size());
      if (options.progress) options.progress(done.load(), 0);
    };
    Error read_error;
    const bool read_fine = guard([&] {
      std::uint64_t seq = 0;
      Batch batch;
      std::string text;
      std::uint64_t line = 0;
      for (;;) {
        if (first.any()) break;
        Error error;
        text.clear();
        if (!source.next(text, line, error)) {
          if (!error.message.empty()) {
            error.message = name + ":" + std::to_string(line) + ": " + error.message;
            first.record(seq, std::move(error));
          }
          break;
        }
        if (blank(text)) continue;
        if (seq >= kMaxStreamedLearners) {
          Error e = make_error("/learners/" + std::to_string(seq), "at most " + std::to_string(kMaxStreamedLearners) + " learners",
                               "more");
          e.message = name + ":" + std::to_string(line) + ": " + e.message;
          first.record(seq, std::move(e));
          break;
        }
        if (batch.items.empty()) batch.first_seq = seq;
        batch.items.push_back({std::move(text), line});
        ++seq;
        if (batch.items.size() == kStreamBatch) {
          hand_over(std::move(batch));
          batch = Batch{};
        }
      }
      if (!batch.items.empty()) hand_over(std::move(batch));
      return true;
    }, read_error);
#if SWEETSPOT_THREADS
    if (queue) queue->close();
    for (std::thread& th : pool) th.join();
#endif
    if (!read_fine) first.record(0, std::move(read_error));
    if (first.any()) {
      result.error = first.take();
      return false;
    }
    if (options.progress) options.progress(done.load(), 0);
    for (unsigned t = 1; t < threads; ++t) builders[0].merge(std::move(builders[t]));
    return builders[0].finish(result.report, result.error, std::move(c.warnings), c.index->warnings);
  }, result.error);
  result.ok = ok;
  return result;
}

}  // namespace sweetspot
