// `sweetspot import esco|onet|case|csv [options] FILES...`: reads framework files, runs the
// engine's importer on their contents and prints the sweetspot/1 document, with a summary
// (counts, warnings, time) on stderr.
#pragma once

namespace sweetspot::cli {

// argv holds the arguments after "import". Exit status: 0 ok, 1 invalid input, 2 usage or
// unreadable file.
int run_import(int argc, char** argv);

}  // namespace sweetspot::cli
