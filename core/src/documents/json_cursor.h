// A pull reader of JSON text for the fast path of reading documents (direct_reader.h): the reader
// asks for what the schema expects next ("an object", "a string into this field") and the cursor
// reads exactly that, straight from the text, with no DOM and no allocation beyond the strings it
// is asked to fill (which keep their capacity when reused).
//
// It is conservative by design: it accepts a strict subset of what json_reader.h accepts, and every
// value it accepts decodes to what nlohmann would have decoded. Whatever it does not accept (a
// syntax error, but also anything merely unusual: a key with an escape, a number of more than 18
// digits, a byte-order mark, nesting deeper than the limits, a string over the limit) makes a call
// return false, and the caller hands the whole text to the full reader, which alone words errors.
// So errors, their JSON paths and the limits stay those of json_reader.cpp byte for byte.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sweetspot {

class JsonCursor {
 public:
  explicit JsonCursor(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  enum class Step { kItem, kEnd, kBad };

  // '{' or '['; the members or items then come from next_key / next_item until kEnd.
  bool begin_object();
  bool begin_array();
  // In an open object: kItem with `key` (valid until the next call; keys with escapes are kBad)
  // and the ':' read, kEnd after the closing '}', kBad on anything else.
  Step next_key(std::string_view& key);
  // In an open array: kItem when a value follows, kEnd after the closing ']'.
  Step next_item();

  bool string(std::string& out);  // any string, decoded into `out`
  bool skip_string();             // a string, checked as string() does, kept nowhere
  bool number(double& out);       // any number, as nlohmann's get<double>() would give it
  bool boolean(bool& out);
  bool null_next();               // true, having read it, when the next value is null
  bool skip_value();              // any value, checked, kept nowhere
  bool at_end();                  // nothing but whitespace left

 private:
  // Inline, the common case first: compact JSON (what JSON.stringify writes) has no whitespace.
  void skip_ws() {
    if (p_ < end_ && static_cast<unsigned char>(*p_) > ' ') return;
    skip_ws_run();
  }
  void skip_ws_run();
  bool literal(std::string_view word);
  bool scan_string(std::string* out);
  bool open(char c);
  Step close_or_separator(char close);

  const char* p_;
  const char* end_;
  std::size_t depth_ = 0;
  bool first_ = false;  // the open container has given no member or item yet
};

}  // namespace sweetspot
