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
 * External function local_sweetspot_set_private_copy.
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
 * The current user's private copy of their own agenda: opt-in ("Keep a private copy in my Moodle
 * account" on the interests page), so that their interests follow them to other devices and
 * survive browsers that lose their storage. It is a user preference that only this function and
 * local_sweetspot_get_learner_data read, and only for the user themselves: the audit report never
 * reads it. Off: the copy is deleted.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_private_copy extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'keep' => new external_value(PARAM_BOOL, 'Whether to keep a private copy in the user\'s account'),
            'agenda' => new external_value(PARAM_RAW, 'JSON: {interests: [{skill, strength}], aspirations: [roleId]}; used when keeping',
                VALUE_DEFAULT, ''),
            'updated' => new external_value(PARAM_INT, 'When the learner last changed the agenda (ms since 1970)', VALUE_DEFAULT, 0),
        ]);
    }

    /**
     * Stores (or deletes) the private copy.
     *
     * @param bool $keep
     * @param string $agenda
     * @param int $updated
     * @return array
     */
    public static function execute(bool $keep, string $agenda = '', int $updated = 0): array {
        $params = self::validate_parameters(self::execute_parameters(),
            ['keep' => $keep, 'agenda' => $agenda, 'updated' => $updated]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:view', $context);
        if (isguestuser()) {
            throw new \moodle_exception('noguest');
        }

        if (!$params['keep']) {
            unset_user_preference(audit_learners::PREF_PRIVATE);
            return ['keep' => false, 'updated' => 0, 'interests' => 0, 'aspirations' => 0];
        }
        $encoded = audit_learners::encode_private_agenda((string) $params['agenda'], (int) $params['updated']);
        if ($encoded['error'] === 'toolong') {
            throw new \moodle_exception('sharetoolong', 'local_sweetspot', '',
                (object) ['length' => $encoded['length'], 'max' => audit_learners::PREF_MAX_LENGTH]);
        }
        if ($encoded['error'] !== null) {
            throw new \moodle_exception('shareinvalid', 'local_sweetspot');
        }
        set_user_preference(audit_learners::PREF_PRIVATE, $encoded['value']);
        return ['keep' => true, 'updated' => max(0, (int) $params['updated']),
            'interests' => $encoded['interests'], 'aspirations' => $encoded['aspirations']];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'keep' => new external_value(PARAM_BOOL, 'Whether a private copy is now kept'),
            'updated' => new external_value(PARAM_INT, 'When the kept copy was last changed (ms since 1970)'),
            'interests' => new external_value(PARAM_INT, 'Interests kept'),
            'aspirations' => new external_value(PARAM_INT, 'Aspirations kept'),
        ]);
    }
}
