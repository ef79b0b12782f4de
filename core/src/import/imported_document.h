// The neutral result every importer builds: skills and roles with the file position each came
// from. finish_import() turns it into the sweetspot/1 document: lists sorted and without repeats,
// limits and cycles checked, JSON written with fixed key order.
#pragma once
#include <string>
#include <vector>

#include "import/import_log.h"
#include "sweetspot/import.h"

namespace sweetspot::import {

// A reference to another skill, and where the importer found it ("file:line:column").
struct Link {
  std::string id;
  std::string origin;
};

struct ImportedSkill {
  std::string id;
  std::string label;
  std::vector<std::string> aliases;
  std::vector<Link> broader;
  std::string origin;
};

struct Requirement {
  std::string skill;
  int level = 0;
};

struct ImportedRole {
  std::string id;
  std::string title;
  std::vector<Requirement> skills;
  std::vector<std::string> next;
  std::string origin;
};

struct ImportedDocument {
  bool has_taxonomy = false;
  bool has_organization = false;
  std::vector<ImportedSkill> skills;
  std::vector<ImportedRole> roles;
};

// Completes `log` with the common counts, then either writes the document into the outcome or
// fails with the first limit or cycle problem. Ids must already be unique (importers report
// duplicates with their own file positions).
ImportOutcome finish_import(ImportedDocument document, ImportLog& log, const ImportOptions& options);

// The outcome of an import that stopped at `error`: no document, the counts and warnings so far.
ImportOutcome failed_import(Error error, ImportLog& log);

}  // namespace sweetspot::import
