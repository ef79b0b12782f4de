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
 * Library callbacks: the taxonomy file, and a link to the interests page on the user's profile.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

/**
 * Serves the uploaded taxonomy (filearea "taxonomy", system context) to logged-in users.
 * URL: /pluginfile.php/<syscontextid>/local_sweetspot/taxonomy/<revision>/<filename>.
 *
 * @param stdClass $course
 * @param stdClass|null $cm
 * @param context $context
 * @param string $filearea
 * @param array $args
 * @param bool $forcedownload
 * @param array $options
 * @return bool false when not found
 */
function local_sweetspot_pluginfile($course, $cm, $context, $filearea, $args, $forcedownload, array $options = []) {
    if ($context->contextlevel != CONTEXT_SYSTEM || ($filearea !== 'taxonomy' && $filearea !== 'snapshot')) {
        return false;
    }
    require_login(null, false);
    if (isguestuser() || !has_capability('local/sweetspot:view', $context)) {
        return false;
    }
    // The revision: the taxonomy's modification time, or the snapshot's content hash. The URL of a
    // changed file changes, so browsers may keep a file for a year and ask nothing on later visits.
    $revision = array_shift($args);
    if ($filearea === 'snapshot' && $revision !== (string) get_config('local_sweetspot', 'snapshotrevision')) {
        return false;
    }
    $filename = array_pop($args);
    $filepath = $args ? '/' . implode('/', $args) . '/' : '/';
    $file = get_file_storage()->get_file($context->id, 'local_sweetspot', $filearea, 0, $filepath, $filename);
    if (!$file || $file->is_directory()) {
        return false;
    }
    send_stored_file($file, YEARSECS, 0, $forcedownload, ['immutable' => true] + $options);
}

/**
 * Adds "My learning interests" to the current user's own profile page.
 *
 * @param \core_user\output\myprofile\tree $tree
 * @param stdClass $user
 * @param bool $iscurrentuser
 * @param stdClass|null $course
 */
function local_sweetspot_myprofile_navigation(\core_user\output\myprofile\tree $tree, $user, $iscurrentuser, $course) {
    if (!$iscurrentuser || isguestuser() || !get_config('local_sweetspot', 'enabled')
            || !has_capability('local/sweetspot:view', context_system::instance())) {
        return;
    }
    $node = new \core_user\output\myprofile\node('miscellaneous', 'local_sweetspot_interests',
        get_string('interests', 'local_sweetspot'), null, new moodle_url('/local/sweetspot/interests.php'));
    $tree->add_node($node);
}
