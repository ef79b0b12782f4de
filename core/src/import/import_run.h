// What every importer keeps while it reads its files: the log (counts and warnings) and the first
// error, where reading stops. An importer reads, then returns outcome().
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "import/import_log.h"
#include "import/imported_document.h"

namespace sweetspot::import {

class ImportRun {
 protected:
  explicit ImportRun(std::vector<std::string> own_counts) : log_(std::move(own_counts)) {}

  bool fail(Error e) {
    error_ = std::move(e);
    return false;
  }

  // The document `build()` makes when every read succeeded; else the error and the log so far.
  template <class Build>
  ImportOutcome outcome(bool read, Build&& build, const ImportOptions& options) {
    return read ? finish_import(build(), log_, options) : failed_import(error_, log_);
  }

  ImportLog log_;
  Error error_;
};

}  // namespace sweetspot::import
