// 1EdTech CASE v1.1 package (CFPackage JSON) -> taxonomy. Every CFItem is a skill (domains and
// clusters too: they become broader skills). An "isChildOf" association makes its origin narrower
// than its destination; when the destination is the CFDocument itself the item is a root (the
// document is the framework, not a skill). Other association types are counted, not used.
// Label: abbreviatedStatement, else fullStatement. Aliases: humanCodingScheme, alternativeLabel and,
// when the label is the abbreviated statement, the fullStatement (free text may quote either).
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "import/id_assigner.h"
#include "import/import_run.h"
#include "import/imported_document.h"
#include "import/text_fields.h"
#include "documents/json_reader.h"
#include "sweetspot/import.h"

namespace sweetspot {
namespace {

using import::ImportLog;
using import::lookup;
using import::quote;

std::string describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "a number";
  }
}

class CaseImport : import::ImportRun {
 public:
  CaseImport(const NamedText& package, const ImportOptions& options)
      : ImportRun({"isChildOf", "rootItems", "otherAssociations"}), package_(package), options_(options) {}

  ImportOutcome run() {
    return outcome(read(), [&] { return build(); }, options_);
  }

 private:
  std::string where(const std::string& pointer) const { return package_.name + ":" + pointer; }

  bool fail(const std::string& pointer, std::string expected, std::string found) {
    error_ = make_error(where(pointer), std::move(expected), std::move(found));
    return false;
  }

  // A member that must be a string; `required` says whether it may be missing.
  bool string_member(const Json& object, const char* key, const std::string& pointer, bool required, std::string& out) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) return fail(pointer + "/" + key, "a string", "nothing (missing)");
      out.clear();
      return true;
    }
    if (!it->is_string()) return fail(pointer + "/" + key, "a string", describe(*it));
    out = std::string(import::trim(it->get_ref<const std::string&>()));
    if (required && out.empty()) return fail(pointer + "/" + key, "a non-empty string", "an empty string");
    return true;
  }

  bool read() {
    if (!package_.given()) return fail("", "a CASE package", "nothing (missing)");
    Error syntax;
    std::optional<Json> parsed = read_json(package_.text, syntax);
    if (!parsed) {
      error_ = make_error(where(syntax.path), syntax.expected, syntax.found);
      if (syntax.expected.empty()) error_ = make_error_message(where(syntax.path), syntax.message);
      return false;
    }
    const Json* root = &*parsed;
    std::string base;
    if (root->is_object() && root->contains("CFPackage")) {  // some services wrap the package
      root = &*root->find("CFPackage");
      base = "/CFPackage";
    }
    if (!root->is_object()) return fail(base, "a CFPackage object", describe(*root));
    const auto document = root->find("CFDocument");
    if (document == root->end() || !document->is_object())
      return fail(base + "/CFDocument", "an object", document == root->end() ? "nothing (missing)" : describe(*document));
    if (!string_member(*document, "identifier", base + "/CFDocument", true, document_id_)) return false;
    const auto items = root->find("CFItems");
    if (items == root->end() || !items->is_array())
      return fail(base + "/CFItems", "an array", items == root->end() ? "nothing (missing)" : describe(*items));
    for (std::size_t i = 0; i < items->size(); ++i)
      if (!read_item((*items)[i], base + "/CFItems/" + std::to_string(i))) return false;
    const auto associations = root->find("CFAssociations");
    if (associations == root->end()) return true;  // a flat framework
    if (!associations->is_array()) return fail(base + "/CFAssociations", "an array", describe(*associations));
    for (std::size_t i = 0; i < associations->size(); ++i)
      if (!read_association((*associations)[i], base + "/CFAssociations/" + std::to_string(i))) return false;
    return true;
  }

  bool read_item(const Json& item, const std::string& pointer) {
    if (!item.is_object()) return fail(pointer, "a CFItem object", describe(item));
    import::ImportedSkill s;
    std::string full, abbreviated, code, alternative;
    if (!string_member(item, "identifier", pointer, true, s.id) || !string_member(item, "fullStatement", pointer, false, full) ||
        !string_member(item, "abbreviatedStatement", pointer, false, abbreviated) ||
        !string_member(item, "humanCodingScheme", pointer, false, code) ||
        !string_member(item, "alternativeLabel", pointer, false, alternative))
      return false;
    s.label = !abbreviated.empty() ? abbreviated : full;
    if (s.label.empty() && code.empty()) return fail(pointer + "/fullStatement", "a non-empty string", "nothing");
    if (s.label.empty()) {
      log_.warn(where(pointer), "item " + quote(s.id) + " has no fullStatement: its humanCodingScheme is the label");
      s.label = code;
    }
    for (std::string* alias : {&code, &alternative, &full})
      if (!alias->empty()) s.aliases.push_back(*alias);
    s.origin = where(pointer);
    const auto [it, inserted] = index_.emplace(s.id, skills_.size());
    if (!inserted) return fail(pointer + "/identifier", "each identifier once", quote(s.id) + " again (first at " + skills_[it->second].origin + ")");
    if (s.id == document_id_) return fail(pointer + "/identifier", "an item identifier", "the CFDocument's identifier");
    readable_.push_back(code.empty() ? s.label : code);
    skills_.push_back(std::move(s));
    return true;
  }

  bool node_identifier(const Json& association, const char* key, const std::string& pointer, std::string& out) {
    const auto node = association.find(key);
    if (node == association.end() || !node->is_object())
      return fail(pointer + "/" + key, "an object {identifier, uri, title}", node == association.end() ? "nothing (missing)" : describe(*node));
    return string_member(*node, "identifier", pointer + "/" + key, true, out);
  }

  bool read_association(const Json& association, const std::string& pointer) {
    if (!association.is_object()) return fail(pointer, "a CFAssociation object", describe(association));
    std::string type, origin, destination;
    if (!string_member(association, "associationType", pointer, true, type)) return false;
    if (type != "isChildOf") {
      log_.add("otherAssociations");
      return true;
    }
    if (!node_identifier(association, "originNodeURI", pointer, origin) ||
        !node_identifier(association, "destinationNodeURI", pointer, destination))
      return false;
    log_.add("isChildOf");
    const auto child = index_.find(origin);
    if (child == index_.end()) {
      log_.warn(where(pointer + "/originNodeURI/identifier"), "origin " + quote(origin) + " is not an item of this package: association left out");
      return true;
    }
    if (destination == document_id_) {
      log_.add("rootItems");
      return true;
    }
    pending_.push_back({child->second, destination, where(pointer + "/destinationNodeURI/identifier")});
    return true;
  }

  import::ImportedDocument build() {
    std::vector<import::IdSource> sources;
    for (std::size_t i = 0; i < skills_.size(); ++i) sources.push_back({skills_[i].id, readable_[i]});
    const auto ids = import::assign_ids(sources, options_.ids, "case-");
    for (const PendingLink& link : pending_) {
      if (!index_.count(link.parent)) {
        log_.warn(link.origin, "destination " + quote(link.parent) + " is neither an item of this package nor its CFDocument: link left out");
        continue;
      }
      skills_[link.child].broader.push_back({lookup(ids, link.parent), link.origin});
    }
    import::ImportedDocument doc;
    doc.has_taxonomy = true;
    for (import::ImportedSkill& s : skills_) {
      s.id = lookup(ids, s.id);
      doc.skills.push_back(std::move(s));
    }
    return doc;
  }

  struct PendingLink {  // made into output ids once every id is assigned
    std::size_t child;
    std::string parent;
    std::string origin;
  };

  const NamedText& package_;
  const ImportOptions& options_;
  std::string document_id_;
  std::vector<import::ImportedSkill> skills_;
  std::vector<std::string> readable_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<PendingLink> pending_;
};

}  // namespace

ImportOutcome import_case(const NamedText& package, const ImportOptions& options) {
  return CaseImport(package, options).run();
}

}  // namespace sweetspot
