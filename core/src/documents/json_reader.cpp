#include "documents/json_reader.h"

#include <string>
#include <vector>

#include "documents/input_limits.h"

namespace sweetspot {
namespace {

// A SAX handler that builds the DOM itself (instead of nlohmann's own builder) so it can refuse
// deep nesting, long strings and duplicate keys at the moment they appear, and knows the JSON
// pointer of the value being read for every error it reports. nlohmann's parser is iterative, so
// with this depth cap nothing in reading recurses deeper than kMaxDepth.
class LimitedDomBuilder {
 public:
  explicit LimitedDomBuilder(Json& root) : root_(root) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool v) { return add(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return add(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)); }
  bool number_float(Json::number_float_t v, const std::string&) { return add(Json(v)); }
  bool string(std::string& v) {
    if (v.size() > limits::kMaxStringBytes)
      return fail(make_error(current_path(), "a string of at most " + std::to_string(limits::kMaxStringBytes) + " bytes",
                             "a string of " + std::to_string(v.size()) + " bytes"));
    return add(Json(std::move(v)));
  }
  bool binary(Json::binary_t&) { return fail(make_error(current_path(), "JSON text", "binary data")); }

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  // The member is added at once (one lookup, the key moved in, not copied); its value follows.
  bool key(std::string& k) {
    Frame& top = stack_.back();
    if (k.size() > limits::kMaxStringBytes)
      return fail(make_error(current_path(true), "a key of at most " + std::to_string(limits::kMaxStringBytes) + " bytes",
                             "a key of " + std::to_string(k.size()) + " bytes"));
    auto [it, inserted] = top.node->get_ref<Json::object_t&>().try_emplace(std::move(k));
    if (!inserted)  // try_emplace left `k` as it was
      return fail(make_error(current_path(true) + "/" + pointer_token(k), "each key once per object",
                             "duplicate key \"" + error_excerpt(k, 40) + "\""));
    top.key = &it->first;
    top.member = &it->second;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
    if (failed_) return false;  // our own refusal stopped the parser; keep that error
    error_ = syntax_error(current_path(), position, last_token, ex.what());
    failed_ = true;
    return false;
  }

  bool failed() const { return failed_; }
  const Error& error() const { return error_; }

 private:
  struct Frame {
    Json* node;
    const std::string* key = nullptr;  // in an object: the key whose value is being read, if any
    Json* member = nullptr;            // ... and where that value goes
  };

  // The pointer of the value being read. An open child sits last in its parent array (index size-1);
  // in the innermost array the next value will land at index size. With `container_only`, the
  // pointer of the innermost open container itself.
  std::string current_path(bool container_only = false) const {
    std::string path;
    const std::size_t n = container_only && !stack_.empty() ? stack_.size() - 1 : stack_.size();
    for (std::size_t i = 0; i < n; ++i) {
      const Frame& f = stack_[i];
      const bool innermost = i + 1 == stack_.size();
      if (f.node->is_object()) {
        if (f.key) path += "/" + pointer_token(*f.key);
      } else {
        path += "/" + std::to_string(innermost ? f.node->size() : f.node->size() - 1);
      }
    }
    return path;
  }

  Json* slot() {
    if (stack_.empty()) {
      root_ = Json();
      return &root_;
    }
    Frame& top = stack_.back();
    if (top.node->is_array()) {
      top.node->push_back(Json());
      return &top.node->back();
    }
    return top.member;
  }

  bool add(Json&& value) {
    if (has_root_ && stack_.empty()) return fail(make_error("", "one JSON value", "trailing content"));
    *slot() = std::move(value);
    if (stack_.empty()) has_root_ = true;
    value_done();
    return true;
  }

  // Once a member's value is complete its key no longer names what is being read: a syntax error
  // after it (`{"a":1,}`) belongs to the enclosing object, not to "/a".
  void value_done() {
    if (stack_.empty() || !stack_.back().node->is_object()) return;
    stack_.back().key = nullptr;
    stack_.back().member = nullptr;
  }

  bool open(Json&& container) {
    if (stack_.size() >= limits::kMaxDepth)
      return fail(make_error(current_path(), "nesting of at most " + std::to_string(limits::kMaxDepth) + " levels",
                             "deeper nesting"));
    Json* target = slot();
    *target = std::move(container);
    if (stack_.empty()) has_root_ = true;
    stack_.push_back(Frame{target});
    return true;
  }

  bool close() {
    stack_.pop_back();
    value_done();
    return true;
  }

  bool fail(Error e) {
    if (!failed_) error_ = std::move(e);
    failed_ = true;
    return false;
  }

  Json& root_;
  std::vector<Frame> stack_;
  bool has_root_ = false;
  bool failed_ = false;
  Error error_;
};

}  // namespace

std::string error_excerpt(std::string_view text, std::size_t max_bytes) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    // The length of a well-formed sequence starting here (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF), or 0.
    std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n > 1) {
      if (i + n > text.size()) {
        n = 0;
      } else {
        const auto c1 = static_cast<unsigned char>(text[i + 1]);
        const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (c1 < lo || c1 > hi) n = 0;
        for (std::size_t k = 2; n && k < n; ++k)
          if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) n = 0;
      }
    }
    const std::size_t width = n ? n : 4;  // "\xNN"
    if (out.size() + width > max_bytes) return out + "...";
    if (n) {
      out.append(text.data() + i, n);
      i += n;
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
    }
  }
  return out;
}

Error syntax_error(std::string path, std::size_t position, const std::string& last_token, const std::string& what) {
  // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
  // ...; last read: '<token>'" (or "number overflow parsing '<token>'"): the token, as read, may be
  // huge or hold invalid UTF-8, so it is cut down to an excerpt wherever it appears.
  std::string detail = what;
  const auto colon = detail.find("error: ");
  if (colon != std::string::npos) detail = detail.substr(colon + 7);
  const std::string token = error_excerpt(last_token, 40);
  if (!last_token.empty()) {
    for (std::size_t at = detail.find(last_token); at != std::string::npos; at = detail.find(last_token, at + token.size()))
      detail.replace(at, last_token.size(), token);
  }
  return make_error(std::move(path), "valid JSON (" + error_excerpt(detail, 240) + ")",
                    "'" + token + "' at byte " + std::to_string(position));
}

std::optional<Json> read_json(std::string_view text, Error& error) {
  if (text.size() > limits::kMaxDocumentBytes) {
    error = make_error("", "a document of at most " + std::to_string(limits::kMaxDocumentBytes) + " bytes",
                       std::to_string(text.size()) + " bytes");
    return std::nullopt;
  }
  Json root;
  LimitedDomBuilder builder(root);
  bool ok = Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                            /*strict=*/true, /*ignore_comments=*/false);
  if (!ok || builder.failed()) {
    error = builder.failed() ? builder.error() : make_error("", "valid JSON", "an unreadable document");
    return std::nullopt;
  }
  return root;
}

}  // namespace sweetspot
