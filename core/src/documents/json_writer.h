// A small JSON writer with one fixed format: keys in the order written, numbers either integers
// or fixed-point units (at most 4 decimals, trailing zeros trimmed). Same calls, same bytes, on
// every platform. Strings are escaped so the output is also safe inside an HTML <script>.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sweetspot {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = false) : pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::string_view s);
  JsonWriter& units(int value);  // value / 10000, e.g. 2500 -> 0.25
  JsonWriter& integer(std::int64_t value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void write_string(std::string_view s);
  void newline();

  std::string out_;
  struct Level { bool first = true; };
  std::vector<Level> levels_;
  bool after_key_ = false;
  bool pretty_;
};

std::string format_units(int value);

}  // namespace sweetspot
