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
    'local-sweetspot-interests', ['data-region' => 'sweetspot-interests',
        'data-strings' => \local_sweetspot\hook_callbacks::js_strings(['jsstartfailed', 'jsnoagenda'])]);

// Both boxes are off unless the learner ticks them, and enabled by js/interests.js, which sends the
// agenda from this browser: to the learner's own account (local_sweetspot_set_private_copy), or to
// the organization's report (local_sweetspot_set_sharing).
$private = get_user_preferences(\local_sweetspot\local\audit_learners::PREF_PRIVATE, null) !== null;
echo html_writer::start_div('local-sweetspot-private form-check mt-4', ['data-region' => 'sweetspot-private',
    'data-strings' => \local_sweetspot\hook_callbacks::js_strings(['privatejs_saving', 'privatejs_on', 'privatejs_off',
        'privatejs_error'])]);
$checkbox = ['type' => 'checkbox', 'class' => 'form-check-input', 'id' => 'local-sweetspot-private',
    'data-region' => 'sweetspot-private-checkbox', 'aria-describedby' => 'local-sweetspot-private-help', 'disabled' => 'disabled'];
if ($private) {
    $checkbox['checked'] = 'checked';
}
echo html_writer::empty_tag('input', $checkbox);
echo html_writer::label(get_string('privatecopy', 'local_sweetspot'), 'local-sweetspot-private', false,
    ['class' => 'form-check-label']);
echo html_writer::tag('p', get_string('privatecopy_help', 'local_sweetspot'),
    ['id' => 'local-sweetspot-private-help', 'class' => 'form-text text-muted']);
echo html_writer::tag('p', '', ['data-region' => 'sweetspot-private-status', 'role' => 'status', 'aria-live' => 'polite']);
echo html_writer::end_div();

$checkbox = ['type' => 'checkbox', 'class' => 'form-check-input', 'id' => 'local-sweetspot-share',
    'data-region' => 'sweetspot-share-checkbox', 'aria-describedby' => 'local-sweetspot-share-help', 'disabled' => 'disabled'];
if (get_user_preferences(\local_sweetspot\local\audit_learners::PREF_SHARE, '') === '1') {
    $checkbox['checked'] = 'checked';
}
echo html_writer::start_div('local-sweetspot-share form-check mt-4', ['data-region' => 'sweetspot-share',
    'data-strings' => \local_sweetspot\hook_callbacks::js_strings(['sharejs_saving', 'sharejs_on', 'count_interests',
        'count_interests_one', 'count_aspirations', 'count_aspirations_one', 'sharejs_off', 'sharejs_error', 'sharejs_differs', 'sharejs_fewer', 'sharejs_kept'])]);
echo html_writer::empty_tag('input', $checkbox);
echo html_writer::label(get_string('share', 'local_sweetspot'), 'local-sweetspot-share', false, ['class' => 'form-check-label']);
echo html_writer::tag('p', get_string('share_help', 'local_sweetspot'),
    ['id' => 'local-sweetspot-share-help', 'class' => 'form-text text-muted']);
echo html_writer::tag('button', get_string('shareupdate', 'local_sweetspot'), ['type' => 'button',
    'class' => 'btn btn-secondary btn-sm', 'data-region' => 'sweetspot-share-update', 'hidden' => 'hidden']);
echo html_writer::tag('p', '', ['data-region' => 'sweetspot-share-status', 'role' => 'status', 'aria-live' => 'polite']);
echo html_writer::end_div();
if (\local_sweetspot\local\course_data::default_taxonomy()) {
    echo html_writer::tag('p', get_string('escoattribution', 'local_sweetspot'), ['class' => 'small text-muted mt-3']);
}
echo \local_sweetspot\hook_callbacks::module_tag('interests.js');
echo $OUTPUT->footer();
