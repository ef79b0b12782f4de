#include "scoring/results.h"

#include "scoring/explanations.h"
#include "documents/iso_date.h"

namespace sweetspot {

void write_warnings(JsonWriter& w, const Warnings& warnings) {
  w.begin_array();
  for (const Warning& warning : warnings) w.begin_object().key("path").string(warning.path).key("message").string(warning.message).end_object();
  w.end_array();
}

void write_summary(JsonWriter& w, const std::uint32_t counts[kQuadrantCount]) {
  w.begin_object();
  for (int q = 0; q < kQuadrantCount; ++q) w.key(kQuadrantNames[q]).integer(counts[q]);
  w.end_object();
}

void write_course_result(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                         std::int32_t course) {
  const auto quadrant = static_cast<Quadrant>(scores.quadrant[course]);
  std::vector<Reason> reasons;
  // A course's reasons add up to its scores exactly: one scoring 0 on both axes (most of a catalog)
  // has none, and needs no look at its terms.
  if (scores.personal[course] != 0 || scores.org[course] != 0)
    for (const Contribution& term : scorer.explain(course)) reasons.push_back(reason_of(ix, scorer, term));
  const Frame frame = frame_of(quadrant, reasons);
  std::vector<NotForMe> vetoes = not_for_me_of(ix, scorer, course);
  if (!w.pretty() && reasons.empty() && vetoes.empty() && frame.kind == Frame::Kind::kNone) {
    // Most courses of a catalog: the bytes of the general case below, written a run at a time.
    w.begin_raw().plain("{\"course\":\"").text(ix.course_ids[course]).plain("\",\"title\":\"").text(ix.course_titles[course]);
    w.plain("\",\"quadrant\":\"").text(quadrant_name(quadrant)).plain("\",\"personal\":").units_part(scores.personal[course]);
    w.plain(",\"org\":").units_part(scores.org[course]).plain(",\"reasons\":[],\"flags\":[");
    bool first = true;
    for (const FlagName& f : kFlagNames)
      if (scores.flags[course] & f.bit) {
        if (!first) w.plain(",");
        first = false;
        w.plain("\"").text(f.name).plain("\"");
      }
    w.plain("]}");
    return;
  }
  w.begin_object();
  w.key("course").string(ix.course_ids[course]);
  w.key("title").string(ix.course_titles[course]);
  w.key("quadrant").string(quadrant_name(quadrant));
  w.key("personal").units(scores.personal[course]);
  w.key("org").units(scores.org[course]);
  w.key("reasons").begin_array();
  for (const Reason& r : reasons) write_reason(w, ix, r);
  w.end_array();
  if (!vetoes.empty()) {
    w.key("notForMe").begin_array();
    for (const NotForMe& n : vetoes) write_not_for_me(w, ix, n);
    w.end_array();
  }
  if (frame.kind != Frame::Kind::kNone) {
    w.key("framing");
    write_framing(w, ix, frame, reasons);
    w.key("frame");
    write_frame(w, ix, frame);
  }
  w.key("flags").begin_array();
  for (const FlagName& f : kFlagNames)
    if (scores.flags[course] & f.bit) w.string(f.name);
  w.end_array();
  w.end_object();
}

std::string classification_json(const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                                 const std::optional<Date>& as_of, const Warnings& warnings, bool full, bool pretty) {
  JsonWriter w(pretty);
  GrowthScratch scratch;
  write_classification(w, ix, scorer, scores, as_of, warnings, full, scratch);
  return w.take();
}

void write_classification(JsonWriter& w, const CatalogIndex& ix, const LearnerScorer& scorer, const Scores& scores,
                          const std::optional<Date>& as_of, const Warnings& warnings, bool full, GrowthScratch& scratch) {
  w.begin_object();
  if (full) w.key("schema").string(kSchema);
  w.key("learner").string(scorer.learner().id);
  w.key("asOf");
  if (as_of) w.string(format_iso_date(*as_of));
  else w.null();
  if (full) {
    w.key("thresholds").begin_object().key("personal").units(ix.personal_threshold).key("org").units(ix.org_threshold).end_object();
    w.key("noPersonalAgenda").boolean(scorer.no_personal_agenda());
    w.key("summary");
    write_summary(w, scores.counts);
    w.reserve(scores.size() * 256 + 4096);  // ~236 bytes a course on the benchmark's catalog: one allocation
    w.key("courses").begin_array();
    for (std::size_t c = 0; c < scores.size(); ++c) write_course_result(w, ix, scorer, scores, static_cast<std::int32_t>(c));
    w.end_array();
  }
  w.key("growth");
  write_growth(w, ix, scorer, scores, scratch);
  w.key("warnings");
  write_warnings(w, warnings);
  w.end_object();
}

}  // namespace sweetspot
