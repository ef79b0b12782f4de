#include "suggest/suggestion_json.h"

#include "documents/json_writer.h"
#include "scoring/results.h"

namespace sweetspot {
namespace {

constexpr std::size_t kMatchesInWhy = 3;

const char* field_name(TextField f) { return f == TextField::kTitle ? "title" : f == TextField::kTags ? "tags" : "summary"; }

std::string place(const SkillMatch& m) {
  if (m.field == TextField::kTags) return "tag " + std::to_string(m.tag + 1);
  return m.field == TextField::kTitle ? "the title" : "the summary";
}

// "the title has “Deep Learning” (label “deep learning”); tag 2 has “ML” (alias “ML”)"
std::string why(const SkillSuggester& suggester, const Suggestion& s) {
  std::string out;
  for (std::size_t i = 0; i < s.matches.size() && i < kMatchesInWhy; ++i) {
    const SkillMatch& m = s.matches[i];
    if (!out.empty()) out += "; ";
    out += place(m) + " has \u201c" + m.text + "\u201d (" + (m.term == 0 ? "label" : "alias") + " \u201c" +
           suggester.term_text(s.skill, m.term) + "\u201d)";
  }
  return out;
}

void write_list(JsonWriter& w, const Taxonomy& taxonomy, const SkillSuggester& suggester, const std::vector<Suggestion>& list) {
  w.begin_array();
  for (const Suggestion& s : list) {
    const TaxonomySkill& skill = taxonomy.skills[s.skill];
    w.begin_object().key("skill").string(skill.id).key("label").string(skill.label).key("confidence").units(s.confidence);
    w.key("why").string(why(suggester, s));
    w.key("matches").begin_array();
    for (const SkillMatch& m : s.matches) {
      w.begin_object().key("field").string(field_name(m.field));
      if (m.field == TextField::kTags) w.key("tag").integer(m.tag);
      w.key("start").integer(m.start).key("end").integer(m.end).key("text").string(m.text);
      w.key("kind").string(m.term == 0 ? "label" : "alias").key("term").string(suggester.term_text(s.skill, m.term));
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

}  // namespace

std::string suggestions_json(const Taxonomy& taxonomy, const SkillSuggester& suggester, const SuggestionRequest& request,
                             const Warnings& warnings) {
  const std::vector<std::vector<Suggestion>> found = suggester.suggest(request);
  JsonWriter w;
  w.begin_object();
  if (request.batch) {
    w.key("courses").begin_array();
    for (std::size_t i = 0; i < request.courses.size(); ++i) {
      w.begin_object();
      if (!request.courses[i].id.empty()) w.key("id").string(request.courses[i].id);
      w.key("suggestions");
      write_list(w, taxonomy, suggester, found[i]);
      w.end_object();
    }
    w.end_array();
  } else {
    w.key("suggestions");
    write_list(w, taxonomy, suggester, found.empty() ? std::vector<Suggestion>{} : found.front());
  }
  w.key("warnings");
  write_warnings(w, warnings);
  w.end_object();
  return w.take();
}

}  // namespace sweetspot
