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
 * External function local_sweetspot_get_audit_learners.
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

/**
 * A page of the site's learners as Sweetspot learner documents, for the catalog audit report
 * (report.php), which runs the audit in the admin's browser. Learners are the active users: not
 * deleted, not suspended, confirmed, not the guest, not a site administrator (an admin account
 * is not a learner of the organization); in user id order.
 *
 * What it reads: the role and role-since profile fields and the team field (settings), completed
 * courses (course_completions), and, only for learners who ticked "Share my interests with my
 * organization's report", the copy of their interests and aspirations they shared (user
 * preferences). Everyone else's interests stay in their browser and are never read here.
 * Proficiency is not stored by the plugin, so it is not part of the documents.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class get_audit_learners extends external_api {
    /** @var string[] Team fields read from the user table itself; any other name is a custom profile field. */
    const CORE_TEAM_FIELDS = ['department', 'institution'];

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'page' => new external_value(PARAM_INT, 'Page number, from 0', VALUE_DEFAULT, 0),
            'perpage' => new external_value(PARAM_INT, 'Learners per page (at most 500)', VALUE_DEFAULT, audit_learners::MAX_PER_PAGE),
        ]);
    }

    /**
     * The page.
     *
     * @param int $page
     * @param int $perpage
     * @return array
     */
    public static function execute(int $page = 0, int $perpage = audit_learners::MAX_PER_PAGE): array {
        global $CFG, $DB;

        $params = self::validate_parameters(self::execute_parameters(), ['page' => $page, 'perpage' => $perpage]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:viewreport', $context);

        $page = max(0, (int) $params['page']);
        $perpage = min(audit_learners::MAX_PER_PAGE, max(1, (int) $params['perpage']));

        $where = 'deleted = 0 AND suspended = 0 AND confirmed = 1 AND id <> :guestid';
        $whereparams = ['guestid' => (int) $CFG->siteguest];
        $admins = array_filter(array_map('intval', explode(',', (string) $CFG->siteadmins)));
        if ($admins) {
            [$notadmin, $adminparams] = $DB->get_in_or_equal($admins, SQL_PARAMS_NAMED, 'admin', false);
            $where .= " AND id $notadmin";
            $whereparams += $adminparams;
        }
        $total = $DB->count_records_select('user', $where, $whereparams);

        $namefields = \core_user\fields::for_name()->get_required_fields();
        $fields = array_unique(array_merge(['id', 'department', 'institution'], $namefields));
        $records = $DB->get_records_select('user', $where, $whereparams, 'id ASC', implode(', ', $fields),
            $page * $perpage, $perpage);
        $userids = array_map('intval', array_keys($records));

        $rolefield = (string) get_config('local_sweetspot', 'rolefield');
        $sincefield = (string) get_config('local_sweetspot', 'rolesincefield');
        $teamfield = (string) get_config('local_sweetspot', 'teamfield');
        $roles = self::profile_values($rolefield, $userids);
        $since = self::profile_values($sincefield, $userids);
        $teams = in_array($teamfield, self::CORE_TEAM_FIELDS, true) ? [] : self::profile_values($teamfield, $userids);

        $users = [];
        foreach ($records as $record) {
            $id = (int) $record->id;
            $users[] = [
                'id' => $id,
                'name' => fullname($record),
                'team' => in_array($teamfield, self::CORE_TEAM_FIELDS, true) ? (string) $record->$teamfield : ($teams[$id] ?? ''),
                'role' => $roles[$id] ?? '',
                'rolesince' => $since[$id] ?? '',
            ];
        }

        $completions = [];
        $preferences = [];
        if ($userids) {
            [$insql, $inparams] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'u');
            $completions = $DB->get_records_select('course_completions',
                "userid $insql AND timecompleted IS NOT NULL", $inparams, '', 'id, userid, course');
            [$namesql, $nameparams] = $DB->get_in_or_equal([audit_learners::PREF_SHARE, audit_learners::PREF_AGENDA],
                SQL_PARAMS_NAMED, 'p');
            $preferences = $DB->get_records_select('user_preferences', "userid $insql AND name $namesql",
                $inparams + $nameparams, '', 'id, userid, name, value');
        }

        $courses = $DB->get_records_select_menu('course', 'id <> :siteid', ['siteid' => SITEID], 'id ASC', 'id, idnumber');
        $idscheme = get_config('local_sweetspot', 'idscheme') === 'idnumber' ? 'idnumber' : 'id';
        $mapper = new audit_learners(audit_learners::organization_from_json(course_data::agenda()), $courses, $idscheme);
        $result = $mapper->learners($users, array_values($completions), array_values($preferences));

        return [
            'page' => $page,
            'perpage' => $perpage,
            'total' => (int) $total,
            'counts' => $result['counts'],
            'learners' => $result['learners'],
        ];
    }

    /**
     * The values of a custom user profile field for some users.
     *
     * @param string $shortname the field's short name ('' reads nothing)
     * @param int[] $userids
     * @return string[] user id => value
     */
    private static function profile_values(string $shortname, array $userids): array {
        global $DB;
        if ($shortname === '' || !$userids) {
            return [];
        }
        [$insql, $inparams] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'u');
        $sql = "SELECT d.userid, d.data
                  FROM {user_info_data} d
                  JOIN {user_info_field} f ON f.id = d.fieldid
                 WHERE f.shortname = :shortname AND d.userid $insql";
        return $DB->get_records_sql_menu($sql, ['shortname' => $shortname] + $inparams);
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'page' => new external_value(PARAM_INT, 'This page\'s number'),
            'perpage' => new external_value(PARAM_INT, 'Learners per page'),
            'total' => new external_value(PARAM_INT, 'Number of learners on the site'),
            'counts' => new external_single_structure([
                'learners' => new external_value(PARAM_INT, 'Learners on this page'),
                'withoutrole' => new external_value(PARAM_INT, 'Learners whose role field is empty'),
                'unknownrole' => new external_value(PARAM_INT, 'Learners whose role field names no role of the agenda'),
                'shared' => new external_value(PARAM_INT, 'Learners who share their interests with the report'),
                'completions' => new external_value(PARAM_INT, 'Completed courses listed'),
                'skippedcompletions' => new external_value(PARAM_INT, 'Completions of courses the site no longer has'),
            ]),
            'learners' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_RAW, 'Learner id: moodle-user-<user id>'),
                'name' => new external_value(PARAM_RAW, 'Full name (text, not HTML)', VALUE_OPTIONAL),
                'team' => new external_value(PARAM_RAW, 'Team: the team field\'s value (text)', VALUE_OPTIONAL),
                'role' => new external_value(PARAM_RAW, 'Role id of the growth agenda', VALUE_OPTIONAL),
                'roleSince' => new external_value(PARAM_RAW, 'YYYY-MM-DD: in the role since', VALUE_OPTIONAL),
                'completed' => new external_multiple_structure(new external_value(PARAM_RAW, 'Catalog id of a completed course')),
                'interests' => new external_multiple_structure(new external_single_structure([
                    'skill' => new external_value(PARAM_RAW, 'Skill id'),
                    'strength' => new external_value(PARAM_FLOAT, 'Strength 0..1 (0: not for me)'),
                ]), 'Shared interests (only for learners who share them)', VALUE_OPTIONAL),
                'aspirations' => new external_multiple_structure(new external_value(PARAM_RAW, 'Role id'),
                    'Shared aspirations (only for learners who share them)', VALUE_OPTIONAL),
            ])),
        ]);
    }
}
