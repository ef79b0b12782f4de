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
 * Imports a skill framework (ESCO, O*NET, CASE, CSV) as the site's taxonomy, in the browser (Site administration › Courses › Sweetspot tags › Import a skill framework).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

admin_externalpage_setup('local_sweetspot_import');

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('import', 'local_sweetspot'));
echo html_writer::tag('p', get_string('import_intro', 'local_sweetspot'));
// The strings js/import.js shows (raw; the module fills in the placeholders and puts them in as text).
$strings = ['jsstartfailed'];
foreach (array_keys(get_string_manager()->load_component_strings('local_sweetspot', 'en')) as $key) {
    if (strpos($key, 'importjs_') === 0) {
        $strings[] = $key;
    }
}
echo html_writer::div(html_writer::tag('noscript', get_string('noscript', 'local_sweetspot')),
    'local-sweetspot-import', ['data-region' => 'sweetspot-import',
        'data-strings' => \local_sweetspot\hook_callbacks::js_strings($strings)]);
echo \local_sweetspot\hook_callbacks::module_tag('import.js');
echo $OUTPUT->footer();
