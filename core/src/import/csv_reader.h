// An RFC 4180 record reader over text already in memory (the core does no file I/O).
//
// Accepts what real exports contain: CRLF, LF or lone-CR record ends; LF and CRLF inside quoted
// fields (ESCO's altLabels); "" as an escaped quote; a UTF-8 byte order mark; a missing final line
// break. Refuses, with file:line:column, what would otherwise be read wrongly without notice: a quote
// inside an unquoted field, text after a closing quote, a quoted field that never closes, bytes that
// are not UTF-8 (a Windows-1252 export), and fields or records above the size limits.
//
// With `quoting` off (O*NET's tab-delimited text) quotes are ordinary characters.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "documents/utf8_text.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot::import {

struct CsvOptions {
  char delimiter = ',';
  bool quoting = true;
  std::size_t max_field_bytes = std::size_t{1} << 20;   // 1 MiB: ESCO's longest field is ~1 KB
  std::size_t max_record_bytes = std::size_t{4} << 20;  // 4 MiB
  std::size_t max_fields = 1024;                        // per record
};

// Where something starts in the text: 1-based line, 1-based column in characters (UTF-8 code
// points, as an editor shows them).
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};

struct CsvRecord {
  std::vector<std::string> fields;
  std::vector<TextPosition> positions;  // where each field starts
  std::size_t line = 0;                 // where the record starts
};

enum class CsvStatus { record, end, error };

class CsvReader {
 public:
  CsvReader(std::string file_name, std::string_view text, CsvOptions options = {});

  // Reads the next record. Lines that are completely empty are skipped (a trailing blank line is
  // common and never meant as a record of one empty field).
  CsvStatus next(CsvRecord& record);

  // Set after next() returned CsvStatus::error. Its path is "file:line:column".
  const Error& error() const { return error_; }
  const std::string& file_name() const { return file_name_; }
  // "file:line:column" for any position of this text.
  std::string location(const TextPosition& at) const;

 private:
  CsvStatus fail(const TextPosition& at, std::string expected, std::string found);
  bool at_end() const { return offset_ >= text_.size(); }
  char peek() const { return text_[offset_]; }
  bool peek_is_quote() const;
  void advance();               // one byte, keeping line/column
  bool at_record_end() const;   // CR, LF or end of text
  void consume_record_end();    // CRLF, LF or CR
  CsvStatus read_quoted(std::string& field, const TextPosition& start);
  CsvStatus read_unquoted(std::string& field);
  CsvStatus check_field(const std::string& field, const TextPosition& start, std::size_t record_bytes);

  std::string file_name_;
  std::string_view text_;
  CsvOptions options_;
  std::size_t offset_ = 0;
  TextPosition position_;
  Error error_;
};

using sweetspot::valid_utf8;  // documents/utf8_text.h: one definition for JSON, CSV and snapshots

}  // namespace sweetspot::import
