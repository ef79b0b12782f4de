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
 * External function local_sweetspot_set_sharing.
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
use local_sweetspot\local\audit_learners;

/**
 * The current user's choice on the interests page: "Share my interests with my organization's
 * report" (off by default). On: the agenda the browser sends (its interests and aspirations) is
 * stored as a user preference, for the catalog audit report. The shared copy changes only when the
 * learner acts (ticks the box, or presses "Update the shared copy"), never by itself; and a copy
 * with fewer entries than the stored one (a browser that lost its storage sends an emptier agenda)
 * is refused with the error "sharefewer" unless the learner confirmed it (allowfewer). Off: the
 * preference and the shared copy are deleted.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_sharing extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'share' => new external_value(PARAM_BOOL, 'Whether to share the agenda with the organization\'s report'),
            'agenda' => new external_value(PARAM_RAW, 'JSON: {interests: [{skill, strength}], aspirations: [roleId]}; used when sharing',
                VALUE_DEFAULT, ''),
            'allowfewer' => new external_value(PARAM_BOOL, 'The learner confirmed replacing the shared copy with one of fewer entries',
                VALUE_DEFAULT, false),
        ]);
    }

    /**
     * Stores (or withdraws) the shared agenda.
     *
     * @param bool $share
     * @param string $agenda
     * @param bool $allowfewer
     * @return array
     */
    public static function execute(bool $share, string $agenda = '', bool $allowfewer = false): array {
        $params = self::validate_parameters(self::execute_parameters(),
            ['share' => $share, 'agenda' => $agenda, 'allowfewer' => $allowfewer]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:view', $context);
        if (isguestuser()) {
            throw new \moodle_exception('noguest');
        }

        if (!$params['share']) {
            unset_user_preference(audit_learners::PREF_SHARE);
            unset_user_preference(audit_learners::PREF_AGENDA);
            return ['share' => false, 'interests' => 0, 'aspirations' => 0];
        }
        $encoded = audit_learners::encode_shared_agenda((string) $params['agenda']);
        if ($encoded['error'] === 'toolong') {
            throw new \moodle_exception('sharetoolong', 'local_sweetspot', '',
                (object) ['length' => $encoded['length'], 'max' => audit_learners::PREF_MAX_LENGTH]);
        }
        if ($encoded['error'] !== null) {
            throw new \moodle_exception('shareinvalid', 'local_sweetspot');
        }
        $before = audit_learners::entries(get_user_preferences(audit_learners::PREF_AGENDA, null));
        $after = $encoded['interests'] + $encoded['aspirations'];
        if ($after < $before && !$params['allowfewer']) {
            throw new \moodle_exception('sharefewer', 'local_sweetspot', '', (object) ['before' => $before, 'after' => $after]);
        }
        set_user_preference(audit_learners::PREF_SHARE, '1');
        set_user_preference(audit_learners::PREF_AGENDA, $encoded['value']);
        return ['share' => true, 'interests' => $encoded['interests'], 'aspirations' => $encoded['aspirations']];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'share' => new external_value(PARAM_BOOL, 'Whether the agenda is now shared'),
            'interests' => new external_value(PARAM_INT, 'Interests shared'),
            'aspirations' => new external_value(PARAM_INT, 'Aspirations shared'),
        ]);
    }
}
