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
 * Serves the plugin's static files under a revisioned URL: static.php/<revision>/<path>, e.g.
 * static.php/0123abcd/js/mycourses.js (see classes/local/static_files.php). Like lib/javascript.php,
 * it stops Moodle's setup after config.php: no session, no database.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.RequireLogin.Missing -- public code files, like lib/javascript.php.
define('NO_DEBUG_DISPLAY', true);
define('ABORT_AFTER_CONFIG', true);
require_once(__DIR__ . '/../../config.php');
require_once(__DIR__ . '/classes/local/static_files.php');

use local_sweetspot\local\static_files;

$resolved = static_files::resolve(min_get_slash_argument());
if (!$resolved) {
    header('HTTP/1.0 404 not found');
    die('Not a file of local_sweetspot');
}
$current = static_files::revision();
if ($current !== '' && $resolved['revision'] === $current
        && (!empty($_SERVER['HTTP_IF_NONE_MATCH']) || !empty($_SERVER['HTTP_IF_MODIFIED_SINCE']))) {
    // The file under this revision never changes: whatever the browser holds is it.
    header('HTTP/1.1 304 Not Modified');
    header('ETag: "' . $current . '"');
    header('Cache-Control: public, max-age=' . static_files::LIFETIME . ', immutable');
    die;
}
foreach (static_files::headers($resolved, $current, time()) as $line) {
    header($line);
}
readfile($resolved['file']);
