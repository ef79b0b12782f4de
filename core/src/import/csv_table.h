// A CSV file read as a table: a header row names the columns, and the importers ask for columns by
// name, so a file whose columns were reordered (or that gained a column) still imports. Rows must
// have as many fields as the header; rows whose fields are all empty (Excel's trailing ",,,,") are
// skipped.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/csv_reader.h"
#include "sweetspot/diagnostics.h"

namespace sweetspot::import {

class CsvTable {
 public:
  CsvTable(std::string file_name, std::string_view text, CsvOptions options = {});

  // Reads the header row. Names are compared trimmed and ignoring ASCII case. Fails when a
  // required column is missing, a name repeats, or the file is empty.
  bool read_header(const std::vector<std::string_view>& required, Error& error);

  // The index of a column, if the header has it.
  std::optional<std::size_t> column(std::string_view name) const;
  const std::vector<std::string>& header() const { return header_; }

  // Reads the next data row: true with a row, false at the end or on error (then `error` is set
  // and failed() is true).
  bool next_row(Error& error);
  bool failed() const { return failed_; }

  // A field of the current row (an empty view for a column the header does not have).
  std::string_view get(std::optional<std::size_t> column) const;
  std::string_view get(std::size_t column) const { return row_.fields[column]; }
  // "file:line:column" of a field of the current row, or of the row start for no column.
  std::string location(std::optional<std::size_t> column = std::nullopt) const;
  std::size_t line() const { return row_.line; }
  const std::string& file_name() const { return reader_.file_name(); }

 private:
  CsvReader reader_;
  std::vector<std::string> header_;
  CsvRecord row_;
  bool failed_ = false;
};

// ASCII-case-insensitive equality after trimming spaces and tabs (header names, flag values).
bool same_name(std::string_view a, std::string_view b);

}  // namespace sweetspot::import
