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
 * The growth agenda page (Site administration › Plugins › Local plugins › Sweetspot tags › Growth agenda).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_sweetspot\local\course_data;

admin_externalpage_setup('local_sweetspot_agenda');

// Export (also offered by the editor in the browser): the stored agenda as a JSON download.
if (optional_param('export', 0, PARAM_BOOL)) {
    require_sesskey();
    $json = course_data::agenda();
    send_file($json !== '' ? $json : '{}', 'sweetspot-agenda.json', 0, 0, true, true, 'application/json');
}

$form = new \local_sweetspot\form\agenda_form();
if ($data = $form->get_data()) {
    course_data::save_agenda((string) $data->agenda);
    redirect($PAGE->url, get_string('agendasaved', 'local_sweetspot'), null, \core\output\notification::NOTIFY_SUCCESS);
}
$form->set_data(['agenda' => course_data::agenda()]);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('agenda', 'local_sweetspot'));
echo html_writer::tag('p', get_string('agenda_intro', 'local_sweetspot'));
echo html_writer::link(new moodle_url($PAGE->url, ['export' => 1, 'sesskey' => sesskey()]),
    get_string('export', 'local_sweetspot'), ['class' => 'btn btn-secondary mb-3', 'data-region' => 'sweetspot-agenda-export']);
$form->display();
echo \local_sweetspot\hook_callbacks::module_tag('agenda.js');
echo $OUTPUT->footer();
