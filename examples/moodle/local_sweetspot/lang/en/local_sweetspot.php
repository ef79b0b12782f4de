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
 * English strings for local_sweetspot.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['pluginname'] = 'Sweetspot tags';
$string['privacy:metadata'] = 'Sweetspot stores no personal data on the server. It reads the course skills, the learner\'s role from a profile field and the course completions to tag courses in the learner\'s browser; the interests and aspirations a learner states are kept only in that browser (local storage) and are never sent to Moodle.';

// Capabilities.
$string['sweetspot:view'] = 'See Sweetspot tags on course cards and state learning interests';
$string['sweetspot:manage'] = 'Manage the Sweetspot growth agenda and course skills';

// Settings.
$string['settings'] = 'Settings';
$string['enabled'] = 'Show tags';
$string['enabled_desc'] = 'Tag the course cards on My courses and the Dashboard for every user who has the capability local/sweetspot:view.';
$string['skillsfield'] = 'Course skills field';
$string['skillsfield_desc'] = 'Short name of the course custom field (type "Short text") that holds a course\'s skills as "skill:level" tokens, for example <code>esco-python:3; esco-sql:2</code>. Create it under Site administration › Courses › Course custom fields.';
$string['usetags'] = 'Course tags name skills';
$string['usetags_desc'] = 'Course tags that name a skill (its id, label or an alias in the taxonomy; optionally with a level, "Python:3") count as course skills too.';
$string['defaultlevel'] = 'Default level';
$string['defaultlevel_desc'] = 'The level (1 basic … 5 expert) a course teaches a skill named without a level.';
$string['idscheme'] = 'Course ids in the agenda';
$string['idscheme_desc'] = 'How the agenda (for example its mandatory courses) names Moodle courses.';
$string['idscheme_id'] = 'moodle-&lt;course id&gt;, e.g. moodle-42';
$string['idscheme_idnumber'] = 'Course ID number when set (else moodle-&lt;course id&gt;)';
$string['rolefield'] = 'Role profile field';
$string['rolefield_desc'] = 'Short name of the user profile field that holds the user\'s job role: a role id or title from the growth agenda.';
$string['rolesincefield'] = 'Role-since profile field';
$string['rolesincefield_desc'] = 'Optional: short name of a date profile field with the day the user started in the role (used for the two-years-without-growth signal).';
$string['taxonomy'] = 'Skill taxonomy';
$string['taxonomy_desc'] = 'A sweetspot/1 taxonomy JSON file (skills with labels, aliases and broader skills, e.g. from <code>sweetspot import esco</code>). It gives skills their names, lets tags and interests use labels, and powers skill suggestions.';

// Agenda page.
$string['agenda'] = 'Growth agenda';
$string['agenda_intro'] = 'The organization\'s growth agenda: the roles and the skills they need, the strategic priorities (with the sentence a manager uses to explain them), the mandatory courses, the thresholds and the gift policy. Edit it in the form, or import and export it as JSON.';
$string['agendajson'] = 'Agenda (JSON)';
$string['agendajson_help'] = 'The organization document of the sweetspot/1 schema: {roles, priorities, mandatory, growth, policy}.';
$string['agendasaved'] = 'The growth agenda was saved.';
$string['agendainvalid'] = 'The agenda is not a JSON object: {$a}';
$string['agendatoolarge'] = 'The agenda is larger than 1 MB.';
$string['agendaempty'] = 'No growth agenda has been entered yet.';
$string['export'] = 'Export JSON';
$string['import'] = 'Import JSON';

// Review page.
$string['review'] = 'Skill suggestions';
$string['review_intro'] = 'Courses whose skills field is empty (and whose tags name no skill), with the skills the taxonomy finds in their titles, summaries and tags. Accept a suggestion to write it to the course skills field; reject it to hide it.';
$string['nofield'] = 'The course custom field "{$a}" does not exist. Create a "Short text" course custom field with this short name first.';
$string['fieldtype'] = 'The course custom field "{$a}" must be of type "Short text".';
$string['invalidskills'] = 'The skills text is too long or contains line breaks.';

// Learner pages.
$string['interests'] = 'My learning interests';
$string['interests_intro'] = 'Tell Sweetspot what you want to learn and which roles you aspire to. Your answers stay in this browser: they are not sent to Moodle or to anyone else.';
$string['noscript'] = 'This page needs JavaScript.';
