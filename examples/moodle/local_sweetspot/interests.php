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
 * The learner's interests page: stated in the browser, kept in the browser unless the learner shares them.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

require_login(null, false);
if (isguestuser()) {
    throw new \moodle_exception('noguest');
}
$context = context_system::instance();
require_capability('local/sweetspot:view', $context);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/sweetspot/interests.php'));
$PAGE->set_pagelayout('standard');
$PAGE->set_title(get_string('interests', 'local_sweetspot'));
$PAGE->set_heading(get_string('interests', 'local_sweetspot'));

echo $OUTPUT->header();
echo html_writer::tag('p', get_string('interests_intro', 'local_sweetspot'));
echo html_writer::div(html_writer::tag('noscript', get_string('noscript', 'local_sweetspot')),
    'local-sweetspot-interests', ['data-region' => 'sweetspot-interests']);

// "Share my interests with my organization's report": off unless the learner ticks it. The box is
// enabled by js/interests.js, which sends the agenda from this browser (local_sweetspot_set_sharing).
$strings = [];
foreach (get_string_manager()->load_component_strings('local_sweetspot', current_language()) as $key => $value) {
    if (strpos($key, 'sharejs_') === 0) {
        $strings[$key] = $value;
    }
}
$checkbox = ['type' => 'checkbox', 'class' => 'form-check-input', 'id' => 'local-sweetspot-share',
    'data-region' => 'sweetspot-share-checkbox', 'aria-describedby' => 'local-sweetspot-share-help', 'disabled' => 'disabled'];
if (get_user_preferences(\local_sweetspot\local\audit_learners::PREF_SHARE, '') === '1') {
    $checkbox['checked'] = 'checked';
}
echo html_writer::start_div('local-sweetspot-share form-check mt-4', ['data-region' => 'sweetspot-share',
    'data-strings' => json_encode($strings, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)]);
echo html_writer::empty_tag('input', $checkbox);
echo html_writer::label(get_string('share', 'local_sweetspot'), 'local-sweetspot-share', false, ['class' => 'form-check-label']);
echo html_writer::tag('p', get_string('share_help', 'local_sweetspot'),
    ['id' => 'local-sweetspot-share-help', 'class' => 'form-text text-muted']);
echo html_writer::tag('p', '', ['data-region' => 'sweetspot-share-status', 'role' => 'status', 'aria-live' => 'polite']);
echo html_writer::end_div();
echo \local_sweetspot\hook_callbacks::module_tag('interests.js');
echo $OUTPUT->footer();
