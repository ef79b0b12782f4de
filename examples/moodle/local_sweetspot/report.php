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
 * The catalog audit over the site's learners (Site administration › Reports › Sweetspot catalog audit).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

// Logs in and checks the page's capability (local/sweetspot:viewreport, settings.php); checked
// again here so that the page never depends on how the admin tree was built.
admin_externalpage_setup('local_sweetspot_report');
$context = context_system::instance();
require_capability('local/sweetspot:viewreport', $context);

// The strings js/report.js shows, raw ({$a->…} placeholders are filled in by the module).
$strings = [];
foreach (get_string_manager()->load_component_strings('local_sweetspot', current_language()) as $key => $value) {
    if (strpos($key, 'reportjs_') === 0) {
        $strings[$key] = $value;
    }
}
// What the report reads, in one sentence made of the parts that are set (a part whose setting is
// empty is left out rather than shown as "(not set)").
$sources = [];
foreach (['rolefield' => 'report_source_role', 'rolesincefield' => 'report_source_rolesince',
        'teamfield' => 'report_source_team'] as $setting => $string) {
    $value = (string) get_config('local_sweetspot', $setting);
    if ($value !== '') {
        $sources[] = get_string($string, 'local_sweetspot', s($value));
    }
}
$sources[] = get_string('report_source_completions', 'local_sweetspot');

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('report', 'local_sweetspot'));
echo html_writer::tag('p', get_string('report_intro', 'local_sweetspot'));
echo html_writer::tag('p', get_string('report_sources', 'local_sweetspot', implode(get_string('report_source_separator',
    'local_sweetspot'), $sources)));
if ((string) get_config('local_sweetspot', 'rolesincefield') === '') {
    echo html_writer::tag('p', get_string('report_norolesince', 'local_sweetspot'));
}
echo html_writer::tag('p', get_string('report_privacy', 'local_sweetspot'));
echo html_writer::start_div('local-sweetspot-report', [
    'data-region' => 'sweetspot-report',
    'data-strings' => json_encode($strings, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
]);
echo html_writer::tag('noscript', get_string('noscript', 'local_sweetspot'));
echo html_writer::tag('p', '', ['data-region' => 'sweetspot-report-progress', 'role' => 'status', 'aria-live' => 'polite']);
echo html_writer::tag('ul', '', ['data-region' => 'sweetspot-report-notes', 'class' => 'list-unstyled']);
echo html_writer::tag('sweetspot-audit', '', ['data-region' => 'sweetspot-audit']);
echo html_writer::end_div();
echo \local_sweetspot\hook_callbacks::module_tag('report.js');
echo $OUTPUT->footer();
