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
 * External function local_sweetspot_get_learner_data.
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
use local_sweetspot\local\audit_learners;
use local_sweetspot\local\course_data;
use local_sweetspot\local\proficiency;

/**
 * For the current user: the organization's growth agenda, the user's courses with their raw skills
 * (custom field and tags), the user's role (profile field) and the settings. The browser turns these
 * into a Sweetspot catalog and learner (web/src/adapters/moodle.js); nothing the learner states about
 * their own interests is ever sent here.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class get_learner_data extends external_api {
    /**
     * No parameters: always the current user.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([]);
    }

    /**
     * The data.
     *
     * @return array
     */
    public static function execute(): array {
        global $USER, $CFG;
        require_once($CFG->dirroot . '/user/profile/lib.php');

        self::validate_parameters(self::execute_parameters(), []);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:view', $context);

        $courses = enrol_get_my_courses(['idnumber', 'summary', 'summaryformat']);
        $ids = array_map('intval', array_keys($courses));
        $skills = course_data::skills_values($ids);
        $tags = course_data::tags($ids);
        $completed = course_data::completed((int) $USER->id);

        $list = [];
        foreach ($courses as $course) {
            $coursecontext = \context_course::instance($course->id);
            $list[] = [
                'id' => (int) $course->id,
                'idnumber' => (string) $course->idnumber,
                'shortname' => \core_external\util::format_string($course->shortname, $coursecontext),
                'fullname' => \core_external\util::format_string($course->fullname, $coursecontext),
                'skills' => $skills[$course->id] ?? '',
                'tags' => $tags[$course->id] ?? [],
                'completed' => !empty($completed[$course->id]),
                'viewurl' => (new \moodle_url('/course/view.php', ['id' => $course->id]))->out(false),
            ];
        }

        $profile = profile_user_record($USER->id, false);
        $rolefield = (string) get_config('local_sweetspot', 'rolefield');
        $sincefield = (string) get_config('local_sweetspot', 'rolesincefield');
        $role = ($rolefield !== '' && isset($profile->$rolefield)) ? (string) $profile->$rolefield : '';
        $since = ($sincefield !== '' && isset($profile->$sincefield)) ? (int) $profile->$sincefield : 0;

        // The learner's own copies (theirs to read; nobody else's): the private copy they keep in
        // their account, if they chose to, and the copy they share with the report, if they do.
        $private = audit_learners::decode_private_agenda(get_user_preferences(audit_learners::PREF_PRIVATE, null));
        $sharing = get_user_preferences(audit_learners::PREF_SHARE, '') === '1';
        $shared = $sharing ? (new audit_learners([], []))->decode_shared_agenda(
            get_user_preferences(audit_learners::PREF_AGENDA, null)) : null;

        return [
            'userid' => (int) $USER->id,
            'proficiency' => proficiency::for_user((int) $USER->id),
            // For those who map course skills: a quiet note on cards whose course has none.
            'canmanage' => has_capability('local/sweetspot:manage', $context),
            'strings' => ['noskills' => get_string('noskills', 'local_sweetspot'),
                'noskills_help' => get_string('noskills_help', 'local_sweetspot')],
            'reviewurl' => (new \moodle_url('/local/sweetspot/review.php'))->out(false),
            'privatecopy' => [
                'keep' => $private !== null,
                'updated' => $private['updated'] ?? 0,
                'agenda' => $private === null ? '' : json_encode(['interests' => $private['interests'],
                    'aspirations' => $private['aspirations']], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION),
            ],
            'shared' => [
                'share' => $sharing,
                'agenda' => $shared === null ? '' : json_encode($shared,
                    JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION),
            ],
            'organization' => course_data::agenda(),
            'taxonomyurl' => course_data::taxonomy_url(),
            'snapshoturl' => course_data::snapshot_url(),
            'settings' => course_data::settings(),
            'profile' => ['role' => $role, 'rolesince' => $since],
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
            'userid' => new external_value(PARAM_INT, 'The current user\'s id'),
            'proficiency' => new external_multiple_structure(new external_single_structure([
                'skill' => new external_value(PARAM_RAW, 'A skill id or name, as the course skills field or competency names it'),
                'level' => new external_value(PARAM_INT, 'The level (0-5) Moodle shows the user has reached'),
                'source' => new external_value(PARAM_ALPHA, '"course" (a completed course teaches it) or "competency" (rated proficient in a learning plan)'),
            ]), 'What Moodle already knows the user can do'),
            'canmanage' => new external_value(PARAM_BOOL, 'Whether the user may map course skills (local/sweetspot:manage)'),
            'strings' => new external_single_structure([
                'noskills' => new external_value(PARAM_TEXT, 'The note on a card whose course has no skill'),
                'noskills_help' => new external_value(PARAM_TEXT, 'Its longer form (a tooltip)'),
            ]),
            'reviewurl' => new external_value(PARAM_URL, 'The skill suggestions page'),
            'privatecopy' => new external_single_structure([
                'keep' => new external_value(PARAM_BOOL, 'Whether the user keeps a private copy of their agenda in their account'),
                'updated' => new external_value(PARAM_INT, 'When it was last changed (ms since 1970); 0 when none'),
                'agenda' => new external_value(PARAM_RAW, 'JSON {interests, aspirations}; empty when none'),
            ]),
            'shared' => new external_single_structure([
                'share' => new external_value(PARAM_BOOL, 'Whether the user shares their agenda with the report'),
                'agenda' => new external_value(PARAM_RAW, 'The shared copy: JSON {interests, aspirations}; empty when none'),
            ]),
            'organization' => new external_value(PARAM_RAW, 'The growth agenda: JSON text of a sweetspot/1 organization; empty when none'),
            'taxonomyurl' => new external_value(PARAM_URL, 'URL of the taxonomy JSON file; empty when none was uploaded'),
            'snapshoturl' => new external_value(PARAM_URL, 'URL of the site\'s catalog snapshot (revisioned); empty when it is missing or out of date'),
            'settings' => self::settings_structure(),
            'profile' => new external_single_structure([
                'role' => new external_value(PARAM_RAW, 'The role profile field\'s value (a role id or title); empty when unset'),
                'rolesince' => new external_value(PARAM_INT, 'The role-since profile field (Unix time); 0 when unset'),
            ]),
            'courses' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Course id'),
                'idnumber' => new external_value(PARAM_RAW, 'Course ID number'),
                'shortname' => new external_value(PARAM_RAW, 'Short name'),
                'fullname' => new external_value(PARAM_RAW, 'Full name'),
                'skills' => new external_value(PARAM_RAW, 'The course skills field\'s raw value ("skill:level; …")'),
                'tags' => new external_multiple_structure(new external_value(PARAM_RAW, 'A course tag')),
                'completed' => new external_value(PARAM_BOOL, 'Whether the user has completed the course'),
                'viewurl' => new external_value(PARAM_URL, 'The course page'),
            ])),
        ]);
    }

    /**
     * The settings part of the answer (shared with get_review_courses).
     *
     * @return external_single_structure
     */
    public static function settings_structure(): external_single_structure {
        return new external_single_structure([
            'idscheme' => new external_value(PARAM_ALPHA, '"id" (moodle-<id>) or "idnumber"'),
            'defaultlevel' => new external_value(PARAM_INT, 'Level of a skill named without one'),
            'usetags' => new external_value(PARAM_BOOL, 'Whether course tags name skills'),
            'skillsfield' => new external_value(PARAM_ALPHANUMEXT, 'Short name of the course skills field'),
            'interestsurl' => new external_value(PARAM_URL, 'The learner\'s interests page'),
        ]);
    }
}
