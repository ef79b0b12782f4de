<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * External function local_sweetspot_get_review_courses.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use local_sweetspot\local\course_data;
use local_sweetspot\local\rejected_aliases;

/**
 * A page of all courses (the site course excepted) with their skills field, tags and summary, for
 * the admin's skill suggestions page and the audit report's catalog. Which courses count as
 * untagged is decided in the browser, with the same mapping the learner pages use.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class get_review_courses extends external_api {
    /** @var int The largest page. */
    const MAX_LIMIT = 500;

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'offset' => new external_value(PARAM_INT, 'Courses to skip (in id order)', VALUE_DEFAULT, 0),
            'limit' => new external_value(PARAM_INT, 'Courses to return (at most 500)', VALUE_DEFAULT, 200),
        ]);
    }

    /**
     * The page.
     *
     * @param int $offset
     * @param int $limit
     * @return array
     */
    public static function execute(int $offset = 0, int $limit = 200): array {
        global $DB;

        $params = self::validate_parameters(self::execute_parameters(), ['offset' => $offset, 'limit' => $limit]);
        $context = \context_system::instance();
        self::validate_context($context);
        // The suggestions page (manage) and the audit report (viewreport) both build the catalog from it.
        if (!has_capability('local/sweetspot:viewreport', $context)) {
            require_capability('local/sweetspot:manage', $context);
        }

        $offset = max(0, (int) $params['offset']);
        $limit = min(self::MAX_LIMIT, max(1, (int) $params['limit']));
        $total = $DB->count_records_select('course', 'id <> :siteid', ['siteid' => SITEID]);
        $courses = $DB->get_records_select('course', 'id <> :siteid', ['siteid' => SITEID], 'id ASC',
            'id, idnumber, shortname, fullname, summary, summaryformat, visible', $offset, $limit);
        $ids = array_map('intval', array_keys($courses));
        $skills = course_data::skills_values($ids);
        $tags = course_data::tags($ids);

        $list = [];
        foreach ($courses as $course) {
            $list[] = [
                'id' => (int) $course->id,
                'idnumber' => (string) $course->idnumber,
                'shortname' => (string) $course->shortname,
                'fullname' => (string) $course->fullname,
                'visible' => !empty($course->visible),
                'summary' => (string) $course->summary,
                'skills' => $skills[$course->id] ?? '',
                'tags' => $tags[$course->id] ?? [],
                'editurl' => (new \moodle_url('/course/edit.php', ['id' => $course->id]))->out(false),
            ];
        }
        return [
            'total' => (int) $total,
            'fieldexists' => course_data::skills_field() !== null,
            'organization' => course_data::agenda(),
            'taxonomyurl' => course_data::taxonomy_url(),
            'settings' => course_data::settings(),
            'rejectedaliases' => rejected_aliases::get(),
            // The catalog snapshot: what it would be built from now, and whether the stored one is that.
            'snapshot' => ['source' => course_data::snapshot_source(), 'url' => course_data::snapshot_url()],
            'courses' => $list,
        ];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'total' => new external_value(PARAM_INT, 'Number of courses on the site (the site course excepted)'),
            'fieldexists' => new external_value(PARAM_BOOL, 'Whether the course skills field exists'),
            'organization' => new external_value(PARAM_RAW, 'The growth agenda (JSON text); empty when none'),
            'taxonomyurl' => new external_value(PARAM_URL, 'URL of the taxonomy JSON file; empty when none'),
            'settings' => get_learner_data::settings_structure(),
            'rejectedaliases' => set_rejected_alias::list_structure(),
            'snapshot' => new external_single_structure([
                'source' => new external_value(PARAM_ALPHANUM, 'What a snapshot built now is built from (pass it to set_snapshot)'),
                'url' => new external_value(PARAM_URL, 'The stored snapshot\'s URL when it is up to date, else empty'),
            ]),
            'courses' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Course id'),
                'idnumber' => new external_value(PARAM_RAW, 'Course ID number'),
                'shortname' => new external_value(PARAM_RAW, 'Short name (raw)'),
                'fullname' => new external_value(PARAM_RAW, 'Full name (raw)'),
                'visible' => new external_value(PARAM_BOOL, 'Whether the course is visible (hidden courses stay out of the snapshot)'),
                'summary' => new external_value(PARAM_RAW, 'Summary (raw HTML, never rendered as HTML by the plugin)'),
                'skills' => new external_value(PARAM_RAW, 'The course skills field\'s raw value'),
                'tags' => new external_multiple_structure(new external_value(PARAM_RAW, 'A course tag')),
                'editurl' => new external_value(PARAM_URL, 'The course settings page'),
            ])),
        ]);
    }
}
