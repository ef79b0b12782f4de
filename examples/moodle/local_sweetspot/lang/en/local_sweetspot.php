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
$string['privacy:metadata:preference:share'] = 'Whether the user shares their learning interests and aspired roles with their organization\'s Sweetspot catalog audit (ticked by the user on the interests page; off by default).';
$string['privacy:metadata:preference:sharedagenda'] = 'The copy of the learning interests (skills and their strengths) and aspired roles that the user chose to share with their organization\'s catalog audit. Deleted when the user stops sharing. Unshared interests are kept only in the user\'s browser and never sent to Moodle.';
$string['privacy:preference:share'] = 'Shares their interests with the organization\'s report';
$string['privacy:preference:sharedagenda'] = 'Interests (skill, strength) and aspired roles shared with the organization\'s report';

// Capabilities.
$string['sweetspot:view'] = 'See Sweetspot tags on course cards and state learning interests';
$string['sweetspot:manage'] = 'Manage the Sweetspot growth agenda and course skills';
$string['sweetspot:viewreport'] = 'See the Sweetspot catalog audit over the site\'s learners';

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
$string['teamfield'] = 'Team field';
$string['teamfield_desc'] = 'The user field that names a learner\'s team, for the catalog audit\'s team filter (a manager\'s view): <code>department</code> or <code>institution</code> (fields of the user\'s profile), or the short name of a custom user profile field. Empty: no teams.';
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
$string['interests_intro'] = 'Tell Sweetspot what you want to learn and which roles you aspire to. Your answers stay in this browser: they are not sent to Moodle or to anyone else, unless you tick "Share my interests with my organization\'s report" below.';
$string['share'] = 'Share my interests with my organization\'s report';
$string['share_help'] = 'Off unless you tick it. When ticked, the skills and roles you choose on this page are sent to Moodle and counted, with your name, in the catalog audit that your organization\'s managers see; every change you make here is sent again. Untick it to withdraw them: the shared copy is deleted.';
$string['sharetoolong'] = 'Too much to share: {$a->length} characters, at most {$a->max}. Remove some interests, or untick the box.';
$string['shareinvalid'] = 'The interests sent are not a valid list of skills and roles.';
$string['sharejs_saving'] = 'Saving…';
$string['sharejs_on'] = 'Shared with your organization\'s report: {$a->interests} interests and {$a->aspirations} aspired roles.';
$string['sharejs_off'] = 'Not shared: your interests stay in this browser only.';
$string['sharejs_error'] = 'Not saved: {$a}';
$string['noscript'] = 'This page needs JavaScript.';

// The catalog audit report.
$string['report'] = 'Sweetspot catalog audit';
$string['report_intro'] = 'For every course with skills: for how many of the site\'s learners it is Sweet Spot, Uphill, Gift or Waste; the courses that are Waste for most; the skills no course teaches; and who has been two years or more in a role without a Sweet Spot course. The audit runs in this browser; pick a team for a manager\'s view, and download the tables as CSV.';
$string['report_sources'] = 'It reads, for every active user: the role from the profile field "{$a->role}" (in the role since: "{$a->rolesince}"), the team from "{$a->team}", and completed courses (course completion).';
$string['report_none'] = '(not set)';
$string['report_privacy'] = 'Learners\' own interests and aspirations stay in their browsers. The report sees them only for learners who ticked "Share my interests with my organization\'s report" on their interests page; for everyone else the personal side is unknown.';
$string['reportjs_loadingcourses'] = 'Loading the courses…';
$string['reportjs_progress'] = 'Loaded {$a->loaded} of {$a->total} learners';
$string['reportjs_running'] = 'Running the audit over {$a} learners…';
$string['reportjs_done'] = 'Loaded {$a->loaded} of {$a->total} learners. The audit ran in this browser.';
$string['reportjs_noagenda'] = 'No growth agenda has been entered yet: enter it on the Growth agenda page first.';
$string['reportjs_error'] = 'The audit could not be made: {$a}';
$string['reportjs_shared'] = '{$a->shared} of {$a->total} learners share their interests and aspirations with this report.';
$string['reportjs_sharedteam'] = 'Team {$a->team}: {$a->shared} of {$a->total} learners share their interests and aspirations with this report.';
$string['reportjs_notshared'] = 'For the other {$a} learners the personal side is unknown (no personal agenda): their interests stay in their browsers, so for them a course can only be Uphill or Waste, never Sweet Spot or Gift.';
$string['reportjs_withoutrole'] = '{$a} learners have no role: their role profile field is empty or names no role of the growth agenda.';
$string['reportjs_skipped'] = '{$a} course completions are not counted: their courses have no skills or no longer exist.';
