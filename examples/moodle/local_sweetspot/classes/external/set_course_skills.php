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
 * External function local_sweetspot_set_course_skills.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_single_structure;
use core_external\external_value;
use local_sweetspot\local\course_data;

/**
 * Writes a course's skills ("skill:level; …", as the skill suggestions page composes them) to the
 * course skills custom field, through the custom field handler as the course settings form does.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_course_skills extends external_api {
    /** @var int Longest value (a "Short text" field's default maximum length is 1333). */
    const MAX_LENGTH = 1333;

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'skills' => new external_value(PARAM_TEXT, 'The new value: "skill:level; skill:level"'),
        ]);
    }

    /**
     * Stores the value.
     *
     * @param int $courseid
     * @param string $skills
     * @return array
     */
    public static function execute(int $courseid, string $skills): array {
        $params = self::validate_parameters(self::execute_parameters(), ['courseid' => $courseid, 'skills' => $skills]);
        $systemcontext = \context_system::instance();
        self::validate_context($systemcontext);
        require_capability('local/sweetspot:manage', $systemcontext);

        $course = get_course($params['courseid']);
        $context = \context_course::instance($course->id);
        require_capability('moodle/course:update', $context);

        $value = trim($params['skills']);
        if (\core_text::strlen($value) > self::MAX_LENGTH || preg_match('/[\r\n]/', $value)) {
            throw new \moodle_exception('invalidskills', 'local_sweetspot');
        }
        $field = course_data::skills_field();
        $shortname = (string) get_config('local_sweetspot', 'skillsfield');
        if (!$field) {
            throw new \moodle_exception('nofield', 'local_sweetspot', '', s($shortname));
        }
        if ($field->get('type') !== 'text') {
            throw new \moodle_exception('fieldtype', 'local_sweetspot', '', s($shortname));
        }
        $handler = \core_course\customfield\course_handler::create();
        $handler->instance_form_save((object) ['id' => $course->id, 'customfield_' . $shortname => $value]);

        $stored = course_data::skills_values([(int) $course->id]);
        return ['courseid' => (int) $course->id, 'skills' => $stored[$course->id] ?? ''];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'courseid' => new external_value(PARAM_INT, 'Course id'),
            'skills' => new external_value(PARAM_RAW, 'The value now stored'),
        ]);
    }
}
