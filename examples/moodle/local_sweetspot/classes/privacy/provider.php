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
 * Privacy provider of local_sweetspot.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\transform;
use core_privacy\local\request\writer;
use local_sweetspot\local\audit_learners;

/**
 * What Sweetspot keeps on the server: two user preferences, and only for a learner who ticks
 * "Share my interests with my organization's report" on the interests page: the choice itself and
 * the copy of their interests and aspirations they share. Unticking deletes both. Otherwise the
 * learner's interests and aspirations are kept in the learner's browser only (local storage).
 *
 * The data the plugin reads besides (course skills, the role, role-since and team profile fields,
 * course completions, names) is core data that core's own providers cover.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
        \core_privacy\local\metadata\provider,
        \core_privacy\local\request\user_preference_provider {

    /**
     * The user preferences the plugin stores.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $collection->add_user_preference(audit_learners::PREF_SHARE, 'privacy:metadata:preference:share');
        $collection->add_user_preference(audit_learners::PREF_AGENDA, 'privacy:metadata:preference:sharedagenda');
        return $collection;
    }

    /**
     * Exports a user's preferences of this plugin.
     *
     * @param int $userid
     */
    public static function export_user_preferences(int $userid) {
        $share = get_user_preferences(audit_learners::PREF_SHARE, null, $userid);
        if ($share !== null) {
            writer::export_user_preference('local_sweetspot', audit_learners::PREF_SHARE, transform::yesno($share),
                get_string('privacy:preference:share', 'local_sweetspot'));
        }
        $agenda = get_user_preferences(audit_learners::PREF_AGENDA, null, $userid);
        if ($agenda !== null) {
            writer::export_user_preference('local_sweetspot', audit_learners::PREF_AGENDA, $agenda,
                get_string('privacy:preference:sharedagenda', 'local_sweetspot'));
        }
    }
}
