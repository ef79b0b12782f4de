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
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use local_sweetspot\local\audit_learners;

/**
 * What Sweetspot keeps on the server: user preferences, each only when the learner chooses it on the
 * interests page, and each removed again when they untick it:
 *  - "Share my interests with my organization's report": the choice, and the copy of their
 *    interests and aspirations they share (read by the catalog audit report);
 *  - "Keep a private copy in my Moodle account": their interests and aspirations, so that they
 *    follow the learner to other devices; read only for the learner themselves, never by a report.
 * Otherwise the learner's interests and aspirations are kept in the learner's browser only
 * (IndexedDB, mirrored in local storage).
 *
 * The preferences are exported with the user's data, and deleted on a deletion request (the user's
 * context). The data the plugin reads besides (course skills, the role, role-since and team profile
 * fields, course completions, competency ratings, names) is core data that core's own providers cover.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
        \core_privacy\local\metadata\provider,
        \core_privacy\local\request\plugin\provider,
        \core_privacy\local\request\core_userlist_provider,
        \core_privacy\local\request\user_preference_provider {

    /** @var string[] The preferences, with the string that describes each in an export. */
    const PREFERENCES = [
        audit_learners::PREF_SHARE => 'privacy:preference:share',
        audit_learners::PREF_AGENDA => 'privacy:preference:sharedagenda',
        audit_learners::PREF_PRIVATE => 'privacy:preference:privateagenda',
    ];

    /**
     * The user preferences the plugin stores.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $collection->add_user_preference(audit_learners::PREF_SHARE, 'privacy:metadata:preference:share');
        $collection->add_user_preference(audit_learners::PREF_AGENDA, 'privacy:metadata:preference:sharedagenda');
        $collection->add_user_preference(audit_learners::PREF_PRIVATE, 'privacy:metadata:preference:privateagenda');
        return $collection;
    }

    /**
     * Exports a user's preferences of this plugin.
     *
     * @param int $userid
     */
    public static function export_user_preferences(int $userid) {
        foreach (self::PREFERENCES as $name => $description) {
            $value = get_user_preferences($name, null, $userid);
            if ($value === null) {
                continue;
            }
            writer::export_user_preference('local_sweetspot', $name,
                $name === audit_learners::PREF_SHARE ? transform::yesno($value) : $value,
                get_string($description, 'local_sweetspot'));
        }
    }

    /**
     * The user's own context, when they have any of the preferences.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        [$insql, $params] = self::preference_sql();
        $contextlist->add_from_sql("SELECT ctx.id
                                      FROM {context} ctx
                                      JOIN {user_preferences} p ON p.userid = ctx.instanceid
                                     WHERE ctx.contextlevel = :userlevel AND p.userid = :userid AND p.name $insql",
            ['userlevel' => CONTEXT_USER, 'userid' => $userid] + $params);
        return $contextlist;
    }

    /**
     * The user of a user context, when they have any of the preferences.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        $context = $userlist->get_context();
        if ($context->contextlevel != CONTEXT_USER) {
            return;
        }
        [$insql, $params] = self::preference_sql();
        $userlist->add_from_sql('userid', "SELECT userid FROM {user_preferences} WHERE userid = :userid AND name $insql",
            ['userid' => $context->instanceid] + $params);
    }

    /**
     * Nothing to export besides the preferences (export_user_preferences).
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
    }

    /**
     * Deletes the preferences of the user of a user context.
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        if ($context->contextlevel == CONTEXT_USER) {
            self::delete_preferences((int) $context->instanceid);
        }
    }

    /**
     * Deletes the user's preferences (their own context).
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        foreach ($contextlist->get_contexts() as $context) {
            if ($context->contextlevel == CONTEXT_USER && (int) $context->instanceid === (int) $contextlist->get_user()->id) {
                self::delete_preferences((int) $context->instanceid);
            }
        }
    }

    /**
     * Deletes the preferences of the approved users of a user context.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        $context = $userlist->get_context();
        if ($context->contextlevel != CONTEXT_USER) {
            return;
        }
        foreach ($userlist->get_userids() as $userid) {
            if ((int) $userid === (int) $context->instanceid) {
                self::delete_preferences((int) $userid);
            }
        }
    }

    /**
     * Removes every preference of the plugin for one user.
     *
     * @param int $userid
     */
    private static function delete_preferences(int $userid): void {
        foreach (array_keys(self::PREFERENCES) as $name) {
            unset_user_preference($name, $userid);
        }
    }

    /**
     * "IN (...)" over the preference names.
     *
     * @return array [sql, params]
     */
    private static function preference_sql(): array {
        global $DB;
        return $DB->get_in_or_equal(array_keys(self::PREFERENCES), SQL_PARAMS_NAMED, 'pref');
    }
}
