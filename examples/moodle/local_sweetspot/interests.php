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
 * The learner's interests page: stated in the browser, kept in the browser.
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
echo \local_sweetspot\hook_callbacks::module_tag('interests.js');
echo $OUTPUT->footer();
