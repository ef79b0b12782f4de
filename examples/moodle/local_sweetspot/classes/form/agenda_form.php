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
    /** @var string[] The strings js/agenda.js shows. */
    const JS_STRINGS = [
        'agendajs_valid', 'agendajs_count_roles', 'agendajs_count_roles_one',
        'agendajs_count_priorities', 'agendajs_count_priorities_one',
        'agendajs_count_mandatory', 'agendajs_count_mandatory_one', 'agendajs_invalid',
        'agendajs_role', 'agendajs_removerole', 'agendajs_roleid', 'agendajs_roleid_hint',
        'agendajs_roletitle', 'agendajs_roleskills', 'agendajs_roleskills_hint',
        'agendajs_rolenext', 'agendajs_rolenext_hint', 'agendajs_priority',
        'agendajs_removepriority', 'agendajs_skill', 'agendajs_weight', 'agendajs_need',
        'agendajs_need_job', 'agendajs_need_improve', 'agendajs_need_future',
        'agendajs_need_leadership', 'agendajs_rationale', 'agendajs_rationale_hint',
        'agendajs_thresholds', 'agendajs_personal', 'agendajs_org', 'agendajs_gifts',
        'agendajs_giftsallowed', 'agendajs_giftnote', 'agendajs_giftnote_hint',
        'agendajs_roles', 'agendajs_addrole', 'agendajs_priorities', 'agendajs_addpriority',
        'agendajs_mandatory', 'agendajs_nomandatory', 'agendajs_unknowncourse',
        'agendajs_remove', 'agendajs_pick', 'agendajs_pick_hint',
        'agendajs_pickplaceholder', 'agendajs_add', 'agendajs_import'
    ];

    /**
     * The form.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('html', \html_writer::div('', 'local-sweetspot-agenda-editor',
            ['data-region' => 'sweetspot-agenda-editor', 'data-taxonomyurl' => course_data::taxonomy_url(),
                'data-strings' => \local_sweetspot\hook_callbacks::js_strings(self::JS_STRINGS)]));
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
