// The fast path of reading documents: JSON text straight into the model.h structs through a
// JsonCursor, with no DOM in between. A learner's page classifies with it on every call, so the
// learner it fills is reused: its strings and lists keep their capacity, and a steady stream of
// learners of similar size is read without allocating.
//
// It only ever succeeds on a document the full reader (read_json + DocumentReader) reads without
// an error and without a warning, and then leaves exactly what the full reader would leave. On
// anything else (an error, an unknown key, a repeated list item, anything JsonCursor leaves
// alone) it gives up, and read_document_text() hands the text to the full reader, which words
// every error and warning, so those stay byte for byte what they were.
#pragma once
#include <string_view>

#include "documents/document_reader.h"

namespace sweetspot {

// True when `text` was read into `out` in full; false leaves `out` in an unspecified state.
bool read_documents_direct(std::string_view text, const DocumentShape& shape, Documents& out);

// A combined document of the given shape: read_documents_direct, else the full reader. `out` may
// be reused from an earlier call (its learner's capacity is kept); `warnings` are appended to.
bool read_document_text(std::string_view text, const DocumentShape& shape, Documents& out, Warnings& warnings, Error& error);

// read_document_text for a learner request, {schema?, taxonomy?, learner, asOf?} (what classify and
// explain read): the same results and errors, through a direct reader that does not reference the
// organization, catalog and learners readers, so that the learner module leaves them out.
bool read_learner_request(std::string_view text, Documents& out, Warnings& warnings, Error& error);

}  // namespace sweetspot
