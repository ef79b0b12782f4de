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
 * Hook callbacks: adds the Sweetspot module to My courses and the Dashboard, and preload hints for
 * its engine where it will tag course cards.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot;

use core\hook\output\before_standard_head_html_generation;

/**
 * Hook callbacks.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class hook_callbacks {
    /** @var string[] Page types that show course cards: Dashboard (/my/) and My courses (/my/courses.php). */
    const PAGE_TYPES = ['my-index', 'my-courses'];

    /**
     * Adds <script type="module" src=".../local/sweetspot/js/mycourses.js"> to the head of My courses
     * and the Dashboard, for logged-in users who may see tags. The module loads the engine and the
     * data only once a course card is on the page.
     *
     * An ES module is used rather than an AMD module: Moodle's Babel step turns import() into
     * RequireJS calls, and requirejs.php rewrites document.currentScript; a module script keeps
     * import.meta.url, and the engine is given locateFile() anyway.
     *
     * @param before_standard_head_html_generation $hook
     */
    public static function before_standard_head_html_generation(before_standard_head_html_generation $hook): void {
        global $PAGE;

        if (during_initial_install() || !get_config('local_sweetspot', 'enabled')) {
            return;
        }
        if (!in_array($PAGE->pagetype, self::PAGE_TYPES, true)) {
            return;
        }
        if (!isloggedin() || isguestuser()) {
            return;
        }
        if (!has_capability('local/sweetspot:view', \context_system::instance())) {
            return;
        }
        $hook->add_html(self::module_tag('mycourses.js'));
        if (self::tags_cards_here()) {
            $hook->add_html(self::engine_hints());
        }
    }

    /**
     * Whether mycourses.js will load the engine on this page: course cards are shown (block_myoverview:
     * My courses always has it, the Dashboard only if someone added it; the 4.5 Dashboard shows no
     * cards by default, so the module loads nothing there), the user has a course to show, and the
     * site's snapshot is up to date (the learner module; otherwise the page falls back to the full
     * module, or to nothing without an agenda, and a hint for the learner .wasm would go unused).
     *
     * @return bool
     */
    protected static function tags_cards_here(): bool {
        global $PAGE;
        return $PAGE->blocks->is_block_present('myoverview')
            && enrol_get_my_courses('id', null, 1)
            && local\course_data::snapshot_url() !== '';
    }

    /**
     * Preload hints for the engine the page will load, so that the .wasm no longer waits for the JS
     * imports (the demo portal, Chromium, first visit: navigation to engine loaded 315 -> 238 ms):
     * <link rel="modulepreload"> for the module mycourses.js imports (js/mycourses.bundle.js: the
     * learner engine, the UI and the adapters in one file), and <link rel="preload" as="fetch"
     * crossorigin> for the learner .wasm. They are used only if they are the very requests the
     * modules make: the same URLs (the bundle locates the .wasm relative to itself, so under
     * static.php/<revision>/, or unrevisioned without slash arguments) and the same credentials
     * mode (fetch()'s "same-origin" is crossorigin="anonymous").
     *
     * @return string HTML
     */
    public static function engine_hints(): string {
        return \html_writer::empty_tag('link', ['rel' => 'modulepreload', 'href' => self::imported_url('js/mycourses.bundle.js')])
            . \html_writer::empty_tag('link', ['rel' => 'preload', 'href' => self::imported_url('engine/dist/sweetspot-learner.wasm'),
                'as' => 'fetch', 'type' => 'application/wasm', 'crossorigin' => 'anonymous']);
    }

    /**
     * The URL by which the page modules import or fetch one of the plugin's files (relative to the
     * entry module's own URL): the revisioned one, or without slash arguments the file's own URL
     * without the ?rev= that only the entry module's tag carries.
     *
     * @param string $path e.g. "engine/dist/sweetspot-learner.wasm"
     * @return string
     */
    protected static function imported_url(string $path): string {
        global $CFG;
        return empty($CFG->slasharguments) ? local\static_files::url($CFG->wwwroot, $path, '') : self::static_url($path);
    }

    /**
     * A <script type="module"> for one of the plugin's modules, under the packaged files' revision
     * (static.php/<revision>/js/<file>): the modules it imports and the .wasm are fetched by URLs
     * relative to it, so they carry the same revision and browsers may keep them all.
     *
     * @param string $file a file in local/sweetspot/js/
     * @return string HTML
     */
    public static function module_tag(string $file): string {
        return \html_writer::tag('script', '', ['type' => 'module', 'src' => self::static_url('js/' . $file)]);
    }

    /**
     * The revisioned URL of one of the plugin's static files (classes/local/static_files.php).
     *
     * @param string $path e.g. "js/mycourses.js", "taxonomy/default.json"
     * @return string
     */
    public static function static_url(string $path): string {
        global $CFG;
        return local\static_files::url($CFG->wwwroot, $path, local\static_files::revision(), !empty($CFG->slasharguments));
    }

    /**
     * Language strings for a page module, as a data-strings attribute value (JSON): the raw strings
     * in the user's language, placeholders unfilled (js/common.js pageStrings() fills them in and
     * puts them in as text).
     *
     * @param string[] $keys string identifiers of local_sweetspot
     * @return string JSON
     */
    public static function js_strings(array $keys): string {
        $all = get_string_manager()->load_component_strings('local_sweetspot', current_language());
        $strings = [];
        foreach ($keys as $key) {
            $strings[$key] = $all[$key] ?? get_string($key, 'local_sweetspot');
        }
        return json_encode($strings, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
}
