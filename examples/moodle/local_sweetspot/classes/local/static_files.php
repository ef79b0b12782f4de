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
 * The URLs and the serving of the plugin's static files (page modules, the engine's JavaScript and
 * .wasm, the bundled taxonomy).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\local;

/**
 * Revisioned URLs for the plugin's static files, as Moodle does for its own (lib/javascript.php,
 * theme/styles.php): /local/sweetspot/static.php/<revision>/js/mycourses.js. The revision is a
 * hash of the packaged files (engine/REVISION, written by scripts/package-moodle.mjs), so it
 * changes exactly when the files do, and a cache purge does not throw away what browsers hold.
 * The modules import each other and locate their .wasm by relative URLs, so the revision in the
 * path carries over to the whole import graph: a browser never mixes an old module with a new
 * .wasm, and may keep every file for 90 days without asking again (static.php says so).
 *
 * Plain PHP, no Moodle call: static.php runs it before Moodle's setup (ABORT_AFTER_CONFIG), and
 * tests/lms/moodle-static.test.mjs serves it with php-cli.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class static_files {
    /** How long browsers keep a file under its current revision: 90 days, as lib/jslib.php does. */
    const LIFETIME = 60 * 60 * 24 * 90;

    /** Folders static.php serves from, and the types of what it serves. */
    const FOLDERS = ['js/', 'engine/src/', 'engine/dist/', 'taxonomy/'];
    /** File types by extension. */
    const TYPES = [
        'js' => 'application/javascript; charset=utf-8',
        'wasm' => 'application/wasm',
        'json' => 'application/json; charset=utf-8',
    ];

    /**
     * The plugin's folder.
     *
     * @return string
     */
    public static function plugin_dir(): string {
        return dirname(__DIR__, 2);
    }

    /**
     * The packaged files' revision (engine/REVISION), or '' when the plugin was not packaged by
     * scripts/package-moodle.mjs (then nothing is cached for long).
     *
     * @param string|null $dir the plugin's folder (default: this one)
     * @return string
     */
    public static function revision(?string $dir = null): string {
        // Read once a request for this plugin's own folder: a My courses page asks for it in every
        // URL it prints (the module, its hints, the taxonomy, the snapshot's source hash).
        static $own = null;
        if ($dir === null && $own !== null) {
            return $own;
        }
        $file = ($dir ?? self::plugin_dir()) . '/engine/REVISION';
        $text = is_readable($file) ? trim((string) file_get_contents($file)) : '';
        $revision = preg_match('/^[0-9a-f]{8,40}$/', $text) ? $text : '';
        if ($dir === null) {
            $own = $revision;
        }
        return $revision;
    }

    /**
     * The URL of a static file of the plugin.
     *
     * @param string $wwwroot the site's $CFG->wwwroot
     * @param string $path a file of the plugin, e.g. "js/mycourses.js"
     * @param string $revision self::revision()
     * @param bool $slasharguments the site's $CFG->slasharguments: without it, the file's own URL
     *     with the revision as a parameter (the entry module is revisioned, the files it imports
     *     are not)
     * @return string
     */
    public static function url(string $wwwroot, string $path, string $revision, bool $slasharguments = true): string {
        $base = rtrim($wwwroot, '/') . '/local/sweetspot/';
        if ($revision === '') {
            return $base . $path;
        }
        if (!$slasharguments) {
            return $base . $path . '?rev=' . $revision;
        }
        return $base . 'static.php/' . $revision . '/' . $path;
    }

    /**
     * What a request for "/<revision>/<path>" asks for: ['revision' => ..., 'file' => absolute path,
     * 'type' => Content-Type], or null when it is not a file static.php serves (another folder, another
     * type, a path that leaves the folder, a file that does not exist).
     *
     * @param string $relativepath the slash argument, e.g. "/0123abcd/js/mycourses.js"
     * @param string|null $dir the plugin's folder (default: this one)
     * @return array|null
     */
    public static function resolve(string $relativepath, ?string $dir = null): ?array {
        if (!preg_match('~^/([0-9a-zA-Z]{1,40})/((?:[0-9A-Za-z_.-]+/)*[0-9A-Za-z_-][0-9A-Za-z_.-]*)$~', $relativepath, $m)) {
            return null;
        }
        [, $revision, $path] = $m;
        if (strpos($path, '..') !== false) {
            return null;
        }
        $inside = false;
        foreach (self::FOLDERS as $folder) {
            $inside = $inside || strpos($path, $folder) === 0;
        }
        $extension = strtolower(pathinfo($path, PATHINFO_EXTENSION));
        if (!$inside || !isset(self::TYPES[$extension])) {
            return null;
        }
        $root = realpath($dir ?? self::plugin_dir());
        $file = realpath($root . '/' . $path);
        if ($root === false || $file === false || strpos($file, $root . DIRECTORY_SEPARATOR) !== 0 || !is_file($file)) {
            return null;
        }
        return ['revision' => $revision, 'file' => $file, 'type' => self::TYPES[$extension]];
    }

    /**
     * The response headers for a file: kept for LIFETIME (immutable) under the current revision;
     * under any other one (a page from before an upgrade), the current file, not to be stored, so
     * that no cache keeps new bytes under an old revision.
     *
     * @param array $resolved self::resolve()'s answer
     * @param string $current self::revision()
     * @param int $now the time
     * @return string[] header lines
     */
    public static function headers(array $resolved, string $current, int $now): array {
        $headers = [
            'Content-Type: ' . $resolved['type'],
            'X-Content-Type-Options: nosniff',
            'Content-Length: ' . filesize($resolved['file']),
        ];
        if ($current !== '' && $resolved['revision'] === $current) {
            return array_merge($headers, [
                'ETag: "' . $current . '"',
                'Cache-Control: public, max-age=' . self::LIFETIME . ', immutable',
                'Expires: ' . gmdate('D, d M Y H:i:s', $now + self::LIFETIME) . ' GMT',
                'Pragma: ',
            ]);
        }
        return array_merge($headers, ['Cache-Control: no-store']);
    }
}
