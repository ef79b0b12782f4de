#include "import/csv_table.h"

#include <algorithm>
#include <utility>

#include "import/text_fields.h"

namespace sweetspot::import {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool all_empty(const std::vector<std::string>& fields) {
  for (const std::string& f : fields)
    if (!f.empty()) return false;
  return true;
}

}  // namespace

bool same_name(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

CsvTable::CsvTable(std::string file_name, std::string_view text, CsvOptions options)
    : reader_(std::move(file_name), text, options) {}

bool CsvTable::read_header(const std::vector<std::string_view>& required, Error& error) {
  const CsvStatus status = reader_.next(row_);
  if (status == CsvStatus::error) {
    error = reader_.error();
    failed_ = true;
    return false;
  }
  if (status == CsvStatus::end) {
    error = make_error(reader_.file_name() + ":1:1", "a header row", "an empty file");
    failed_ = true;
    return false;
  }
  header_ = row_.fields;
  for (std::size_t i = 0; i < header_.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (same_name(header_[i], header_[j]) && !trim(header_[i]).empty()) {
        error = make_error(reader_.location(row_.positions[i]), "each column name once",
                           "\"" + std::string(trim(header_[i])) + "\" again");
        failed_ = true;
        return false;
      }
    }
  }
  for (std::string_view name : required) {
    if (!column(name)) {
      error = make_error(reader_.file_name() + ":" + std::to_string(row_.line) + ":1",
                         "a column \"" + std::string(name) + "\" in the header",
                         "the columns " + quoted_list(header_, 8));
      failed_ = true;
      return false;
    }
  }
  return true;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (same_name(header_[i], name)) return i;
  return std::nullopt;
}

bool CsvTable::next_row(Error& error) {
  for (;;) {
    const CsvStatus status = reader_.next(row_);
    if (status == CsvStatus::end) return false;
    if (status == CsvStatus::error) {
      error = reader_.error();
      failed_ = true;
      return false;
    }
    if (all_empty(row_.fields)) continue;
    if (row_.fields.size() != header_.size()) {
      const std::size_t at = std::min(row_.fields.size(), header_.size()) - (row_.fields.size() > header_.size() ? 0 : 1);
      error = make_error(reader_.location(row_.positions[at]),
                         std::to_string(header_.size()) + " fields, as in the header",
                         std::to_string(row_.fields.size()) + " fields");
      failed_ = true;
      return false;
    }
    return true;
  }
}

std::string_view CsvTable::get(std::optional<std::size_t> column) const {
  if (!column || *column >= row_.fields.size()) return {};
  return row_.fields[*column];
}

std::string CsvTable::location(std::optional<std::size_t> column) const {
  if (!column || *column >= row_.positions.size()) return reader_.file_name() + ":" + std::to_string(row_.line) + ":1";
  return reader_.location(row_.positions[*column]);
}

}  // namespace sweetspot::import
