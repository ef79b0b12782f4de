// The RFC 4180 reader: what real exports contain reads right, and what is malformed fails with
// file:line:column instead of being read wrongly without notice.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/csv_table.h"

namespace sweetspot::import {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows read_all(std::string_view text, CsvOptions options = {}) {
  CsvReader reader("t.csv", text, options);
  CsvRecord record;
  Rows rows;
  CsvStatus status;
  while ((status = reader.next(record)) == CsvStatus::record) rows.push_back(record.fields);
  EXPECT_EQ(status, CsvStatus::end) << reader.error().message;
  return rows;
}

// The error path of reading `text` to the end ("" if it reads fine).
std::string error_path(std::string_view text, CsvOptions options = {}) {
  CsvReader reader("t.csv", text, options);
  CsvRecord record;
  CsvStatus status;
  while ((status = reader.next(record)) == CsvStatus::record) {
  }
  return status == CsvStatus::error ? reader.error().path : "";
}

TEST(ImportCsvReader, CrlfRecordsWithLineBreaksInsideQuotedFields) {
  const Rows rows = read_all("a,b\r\n1,\"x\ny\r\nz\"\r\n2,w\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "x\ny\r\nz"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "w"}));
}

TEST(ImportCsvReader, DoubledQuotesAreOneQuote) {
  const Rows rows = read_all("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"say \"hi\"", "\"", ""}));
}

TEST(ImportCsvReader, ByteOrderMarkIsSkipped) {
  const Rows rows = read_all("\xEF\xBB\xBFid,label\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "id");
}

TEST(ImportCsvReader, MissingFinalLineBreak) {
  EXPECT_EQ(read_all("a,b\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));
  EXPECT_EQ(read_all("a,\"b\""), (Rows{{"a", "b"}}));
}

TEST(ImportCsvReader, LfAndLoneCrEndRecordsToo) {
  EXPECT_EQ(read_all("a\nb\rc\r\nd"), (Rows{{"a"}, {"b"}, {"c"}, {"d"}}));
}

TEST(ImportCsvReader, EmptyLinesAreSkippedButEmptyFieldsKept) {
  EXPECT_EQ(read_all("\r\na,,b\r\n\r\n,\r\n\n"), (Rows{{"a", "", "b"}, {"", ""}}));
  EXPECT_TRUE(read_all("").empty());
}

TEST(ImportCsvReader, QuoteInsideAnUnquotedFieldIsAnErrorAtItsColumn) {
  EXPECT_EQ(error_path("a,b\nxy,ab\"c\n"), "t.csv:2:6");
}

TEST(ImportCsvReader, TextAfterAClosingQuoteIsAnError) {
  EXPECT_EQ(error_path("a,\"b\"x,c\n"), "t.csv:1:6");
}

TEST(ImportCsvReader, UnclosedQuoteNamesWhereTheFieldOpens) {
  CsvReader reader("skills_en.csv", "a,b\r\n1,\"open\nstill\n");
  CsvRecord record;
  ASSERT_EQ(reader.next(record), CsvStatus::record);
  ASSERT_EQ(reader.next(record), CsvStatus::error);
  EXPECT_EQ(reader.error().path, "skills_en.csv:2:3");
  EXPECT_NE(reader.error().message.find("closing quote"), std::string::npos);
}

TEST(ImportCsvReader, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(error_path("\xC3\xA9t\xC3\xA9,x\"\n"), "t.csv:1:6");
}

TEST(ImportCsvReader, LinesCountInsideQuotedFields) {
  // The bad quote is on line 4: the quoted field of record 2 spans lines 2 and 3.
  EXPECT_EQ(error_path("h\r\n\"a\r\nb\"\r\nx\"y\r\n"), "t.csv:4:2");
}

TEST(ImportCsvReader, RecordsKnowWhereTheyAndTheirFieldsStart) {
  CsvReader reader("t.csv", "a,b\n\"x\ny\",z\n");
  CsvRecord record;
  reader.next(record);
  ASSERT_EQ(reader.next(record), CsvStatus::record);
  EXPECT_EQ(record.line, 2u);
  EXPECT_EQ(record.positions[1].line, 3u);
  EXPECT_EQ(record.positions[1].column, 4u);
}

TEST(ImportCsvReader, NotUtf8IsAnErrorAtTheBadByte) {
  EXPECT_EQ(error_path("id,label\nx,caf\xE9\n"), "t.csv:2:6");  // Windows-1252 é
  EXPECT_EQ(error_path("\xFF\xFEi\0d"), "t.csv:1:1");           // UTF-16
  EXPECT_EQ(error_path("a\xED\xA0\x80"), "t.csv:1:2");          // a UTF-16 surrogate in UTF-8
  EXPECT_EQ(error_path("a\xC0\xAF"), "t.csv:1:2");              // overlong
}

TEST(ImportCsvReader, FieldAndRecordLimits) {
  CsvOptions small;
  small.max_field_bytes = 4;
  small.max_record_bytes = 6;
  small.max_fields = 3;
  EXPECT_EQ(read_all("abcd,\"ef\"\n", small), (Rows{{"abcd", "ef"}}));
  EXPECT_EQ(error_path("abcde\n", small), "t.csv:1:1");
  EXPECT_EQ(error_path("x,\"abcde\"\n", small), "t.csv:1:3");
  EXPECT_EQ(error_path("abcd,abc\n", small), "t.csv:1:6");
  EXPECT_EQ(error_path("a,b,c,d\n", small), "t.csv:1:7");
}

TEST(ImportCsvReader, UnquotedTabTextKeepsQuotesAsCharacters) {
  CsvOptions onet;
  onet.delimiter = '\t';
  onet.quoting = false;
  EXPECT_EQ(read_all("a\tb \"c\"\t\"d\n", onet), (Rows{{"a", "b \"c\"", "\"d"}}));
}

TEST(ImportCsvTable, ColumnsByNameInAnyOrderAndCase) {
  CsvTable table("t.csv", " Label ,ID\nPython,py\n");
  Error error;
  ASSERT_TRUE(table.read_header({"id", "label"}, error));
  ASSERT_TRUE(table.next_row(error));
  EXPECT_EQ(table.get(table.column("id")), "py");
  EXPECT_EQ(table.get(table.column("label")), "Python");
  EXPECT_EQ(table.get(table.column("aliases")), "");
  EXPECT_EQ(table.location(table.column("id")), "t.csv:2:8");
  EXPECT_FALSE(table.next_row(error));
  EXPECT_FALSE(table.failed());
}

TEST(ImportCsvTable, MissingOrRepeatedColumnsFailAtTheHeader) {
  Error error;
  CsvTable missing("t.csv", "label\nx\n");
  EXPECT_FALSE(missing.read_header({"id"}, error));
  EXPECT_EQ(error.path, "t.csv:1:1");
  EXPECT_EQ(error.expected, "a column \"id\" in the header");
  CsvTable repeated("t.csv", "id,ID\n");
  EXPECT_FALSE(repeated.read_header({"id"}, error));
  EXPECT_EQ(error.path, "t.csv:1:4");
  CsvTable empty("t.csv", "");
  EXPECT_FALSE(empty.read_header({"id"}, error));
  EXPECT_EQ(error.found, "an empty file");
}

TEST(ImportCsvTable, WrongFieldCountsAreErrorsAndBlankRowsAreSkipped) {
  Error error;
  CsvTable table("t.csv", "a,b,c\n,,\n1,2\n");
  ASSERT_TRUE(table.read_header({}, error));
  EXPECT_FALSE(table.next_row(error));
  EXPECT_TRUE(table.failed());
  EXPECT_EQ(error.path, "t.csv:3:3");
  EXPECT_EQ(error.expected, "3 fields, as in the header");
  CsvTable extra("t.csv", "a,b\n1,2,3\n");
  ASSERT_TRUE(extra.read_header({}, error));
  EXPECT_FALSE(extra.next_row(error));
  EXPECT_EQ(error.path, "t.csv:2:5");
}

}  // namespace
}  // namespace sweetspot::import
