// ISO calendar dates: exactly YYYY-MM-DD, real days only, and whole years as on an anniversary.
#include "documents/iso_date.h"
#include "test_support.h"

namespace sweetspot::test {
namespace {

Date date(const char* text) {
  auto d = parse_iso_date(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Date{});
}

TEST(IsoDate, ParsesRealCalendarDays) {
  const Date d = date("2024-02-29");
  EXPECT_EQ(d.year, 2024);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 29);
  EXPECT_EQ(date("1970-01-01").days, 0);
  EXPECT_EQ(date("1970-01-02").days, 1);
  EXPECT_EQ(date("2000-03-01").days, 11017);  // 10957 days to 2000-01-01, + 31 + 29
  EXPECT_EQ(date("1969-12-31").days, -1);
  EXPECT_EQ(date("2000-02-29").days + 1, date("2000-03-01").days);  // 2000 is a leap year
  EXPECT_EQ(date("9999-12-31").year, 9999);
  EXPECT_EQ(date("1900-01-01").year, 1900);
}

TEST(IsoDate, RefusesAnythingElse) {
  for (const char* text : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00",
                           "2024-01-32", "yesterday", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01",
                           "2024-01-01T00:00", " 2024-01-01", "2024-01-01 ", "1899-12-31", "+2024-01-0", "2024-0a-01",
                           "", "２０２４-01-01"})
    EXPECT_FALSE(parse_iso_date(text).has_value()) << text;
}

TEST(IsoDate, FormatsBackTheSameText) {
  for (const char* text : {"2024-02-29", "1900-01-01", "9999-12-31", "2031-07-04"})
    EXPECT_EQ(format_iso_date(date(text)), text);
}

TEST(IsoDate, WholeYearsAsOnAnAnniversary) {
  EXPECT_EQ(whole_years_between(date("2020-01-01"), date("2020-12-31")), 0);
  EXPECT_EQ(whole_years_between(date("2020-01-01"), date("2021-01-01")), 1);
  EXPECT_EQ(whole_years_between(date("2022-06-15"), date("2024-06-14")), 1);
  EXPECT_EQ(whole_years_between(date("2022-06-15"), date("2024-06-15")), 2);
  EXPECT_EQ(whole_years_between(date("2024-02-29"), date("2026-02-28")), 1);
  EXPECT_EQ(whole_years_between(date("2024-02-29"), date("2026-03-01")), 2);
  EXPECT_EQ(whole_years_between(date("2024-02-29"), date("2028-02-29")), 4);
  EXPECT_EQ(whole_years_between(date("2023-03-01"), date("2024-02-29")), 0);
  EXPECT_EQ(whole_years_between(date("2024-06-01"), date("2023-06-01")), -1);  // asOf before roleSince
}

}  // namespace
}  // namespace sweetspot::test
