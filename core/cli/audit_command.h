// `sweetspot audit FILE [options]`: the catalog audit as JSON, CSV, a self-contained HTML report or
// a table; learners from the document or streamed from NDJSON (--learners), on several threads,
// with a progress bar on stderr.
#pragma once

namespace sweetspot::cli {

// The usage lines of `audit` (part of `sweetspot --help`).
extern const char* const kAuditUsage;

// argv holds the arguments after "audit". Exit status: 0 ok, 1 invalid input, 2 usage or a file
// that cannot be read or written.
int run_audit(int argc, char** argv);

}  // namespace sweetspot::cli
