#include "import/csv_reader.h"

#include <utility>

namespace sweetspot::import {
namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// How a character looks in an error message: printable ASCII as itself, anything else by code.
std::string describe_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u == '"') return "a quote (\")";
  if (u >= 0x20 && u < 0x7F) return std::string("'") + c + "'";
  static const char* hex = "0123456789ABCDEF";
  return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

}  // namespace

CsvReader::CsvReader(std::string file_name, std::string_view text, CsvOptions options)
    : file_name_(std::move(file_name)), text_(text), options_(options) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);  // the BOM Excel writes
}

std::string CsvReader::location(const TextPosition& at) const {
  return file_name_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

CsvStatus CsvReader::fail(const TextPosition& at, std::string expected, std::string found) {
  error_ = make_error(location(at), std::move(expected), std::move(found));
  return CsvStatus::error;
}

void CsvReader::advance() {
  const char c = text_[offset_++];
  if (c == '\n' || (c == '\r' && (at_end() || peek() != '\n'))) {
    ++position_.line;
    position_.column = 1;
  } else if (c != '\r' && !continuation(static_cast<unsigned char>(c))) {
    ++position_.column;
  }
}

bool CsvReader::at_record_end() const { return at_end() || peek() == '\n' || peek() == '\r'; }

void CsvReader::consume_record_end() {
  if (at_end()) return;
  const bool cr = peek() == '\r';
  advance();
  if (cr && !at_end() && peek() == '\n') advance();
}

CsvStatus CsvReader::next(CsvRecord& record) {
  if (offset_ == 0 && !at_end()) {
    // Checked once, before the first record, so no record of a file that is not UTF-8 is used.
    if (text_.substr(0, 2) == "\xFF\xFE" || text_.substr(0, 2) == "\xFE\xFF")
      return fail(position_, "UTF-8 text", "a UTF-16 byte order mark (save the file as UTF-8)");
    std::size_t bad = 0;
    if (!valid_utf8(text_, bad)) {
      while (offset_ < bad) advance();
      return fail(position_, "UTF-8 text", describe_byte(text_[bad]) + " that is not UTF-8 (save the file as UTF-8)");
    }
  }
  while (!at_end() && (peek() == '\n' || peek() == '\r')) consume_record_end();
  if (at_end()) return CsvStatus::end;

  record.fields.clear();
  record.positions.clear();
  record.line = position_.line;
  std::size_t record_bytes = 0;
  for (;;) {
    const TextPosition start = position_;
    std::string field;
    CsvStatus status;
    if (options_.quoting && peek_is_quote()) {
      advance();
      status = read_quoted(field, start);
    } else {
      status = read_unquoted(field);
    }
    if (status == CsvStatus::error) return status;
    record_bytes += field.size();
    if (check_field(field, start, record_bytes) == CsvStatus::error) return CsvStatus::error;
    if (record.fields.size() == options_.max_fields)
      return fail(start, "at most " + std::to_string(options_.max_fields) + " fields in a record", "more");
    record.fields.push_back(std::move(field));
    record.positions.push_back(start);
    if (at_record_end()) {
      consume_record_end();
      return CsvStatus::record;
    }
    advance();  // the delimiter; a delimiter right before the line end starts a last, empty field
  }
}

bool CsvReader::peek_is_quote() const { return !at_end() && peek() == '"'; }

CsvStatus CsvReader::read_unquoted(std::string& field) {
  const std::size_t begin = offset_;
  while (!at_record_end() && peek() != options_.delimiter) {
    if (options_.quoting && peek() == '"')
      return fail(position_, "no quote inside an unquoted field (quote the whole field and double its quotes)",
                  "a quote (\")");
    advance();
    if (offset_ - begin > options_.max_field_bytes) break;  // check_field reports it
  }
  field.assign(text_.substr(begin, offset_ - begin));
  return CsvStatus::record;
}

CsvStatus CsvReader::read_quoted(std::string& field, const TextPosition& start) {
  for (;;) {
    if (at_end()) return fail(start, "a closing quote for the field that opens here", "the end of the file");
    const char c = peek();
    if (c == '"') {
      advance();
      if (!at_end() && peek() == '"') {
        field += '"';
        advance();
        continue;
      }
      if (at_record_end() || peek() == options_.delimiter) return CsvStatus::record;
      return fail(position_, "a delimiter or line break after a closing quote", describe_byte(peek()));
    }
    field += c;
    advance();
    if (field.size() > options_.max_field_bytes) return CsvStatus::record;  // check_field reports it
  }
}

CsvStatus CsvReader::check_field(const std::string& field, const TextPosition& start, std::size_t record_bytes) {
  if (field.size() > options_.max_field_bytes)
    return fail(start, "a field of at most " + std::to_string(options_.max_field_bytes) + " bytes", "a longer field");
  if (record_bytes > options_.max_record_bytes)
    return fail(start, "a record of at most " + std::to_string(options_.max_record_bytes) + " bytes", "a longer record");
  return CsvStatus::record;
}

}  // namespace sweetspot::import
