#include "json_reader.h"

#include <string>
#include <vector>

#include "input_limits.h"

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

  bool key(std::string& k) {
    Frame& top = stack_.back();
    if (k.size() > limits::kMaxStringBytes)
      return fail(make_error(current_path(true), "a key of at most " + std::to_string(limits::kMaxStringBytes) + " bytes",
                             "a key of " + std::to_string(k.size()) + " bytes"));
    if (top.node->contains(k))
      return fail(make_error(current_path(true) + "/" + pointer_token(k), "each key once per object",
                             "duplicate key \"" + k + "\""));
    top.key = std::move(k);
    top.has_key = true;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
    if (failed_) return false;  // our own refusal stopped the parser; keep that error
    std::string what = ex.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
    auto colon = what.find("error: ");
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 7);
    std::string token = last_token.size() > 40 ? last_token.substr(0, 40) + "..." : last_token;
    error_ = make_error(current_path(), "valid JSON (" + detail + ")",
                        "'" + token + "' at byte " + std::to_string(position));
    failed_ = true;
    return false;
  }

  bool failed() const { return failed_; }
  const Error& error() const { return error_; }

 private:
  struct Frame {
    Json* node;
    std::string key;  // pending key when node is an object
    bool has_key = false;
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
        if (f.has_key) path += "/" + pointer_token(f.key);
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
    return &(*top.node)[top.key];
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
    if (!stack_.empty() && stack_.back().node->is_object()) stack_.back().has_key = false;
  }

  bool open(Json&& container) {
    if (stack_.size() >= limits::kMaxDepth)
      return fail(make_error(current_path(), "nesting of at most " + std::to_string(limits::kMaxDepth) + " levels",
                             "deeper nesting"));
    Json* target = slot();
    *target = std::move(container);
    if (stack_.empty()) has_root_ = true;
    stack_.push_back(Frame{target, {}, false});
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
