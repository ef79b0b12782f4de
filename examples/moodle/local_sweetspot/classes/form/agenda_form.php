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
 * The growth agenda form.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\form;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/formslib.php');

use local_sweetspot\local\course_data;

/**
 * The agenda as JSON text. In a browser with JavaScript, js/agenda.js puts a structured editor
 * (roles, priorities, mandatory courses, thresholds, gift policy), import and export above it and
 * keeps the two in step; without JavaScript the JSON can still be pasted and saved.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class agenda_form extends \moodleform {
    /**
     * The form.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('html', \html_writer::div('', 'local-sweetspot-agenda-editor',
            ['data-region' => 'sweetspot-agenda-editor', 'data-taxonomyurl' => course_data::taxonomy_url()]));
        $mform->addElement('textarea', 'agenda', get_string('agendajson', 'local_sweetspot'),
            ['rows' => 18, 'cols' => 90, 'spellcheck' => 'false', 'data-region' => 'sweetspot-agenda-json']);
        $mform->setType('agenda', PARAM_RAW);
        $mform->addHelpButton('agenda', 'agendajson', 'local_sweetspot');
        $this->add_action_buttons(false);
    }

    /**
     * JSON syntax and shape.
     *
     * @param array $data
     * @param array $files
     * @return array errors
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $error = course_data::check_agenda((string) ($data['agenda'] ?? ''));
        if ($error !== null) {
            $errors['agenda'] = $error;
        }
        return $errors;
    }
}
