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
$string['privacy:metadata:preference:sharedagenda'] = 'The copy of the learning interests (skills and their strengths) and aspired roles that the user chose to share with their organization\'s catalog audit. It changes only when the user updates it, and is deleted when the user stops sharing.';
$string['privacy:metadata:preference:privateagenda'] = 'A private copy of the user\'s learning interests (skills and their strengths) and aspired roles, kept in their account when they tick "Keep a private copy in my Moodle account", so that it follows them to other devices. Only the user reads it; it is in no report. Deleted when the user unticks the box. Without it, interests are kept only in the user\'s browser.';
$string['privacy:preference:share'] = 'Shares their interests with the organization\'s report';
$string['privacy:preference:sharedagenda'] = 'Interests (skill, strength) and aspired roles shared with the organization\'s report';
$string['privacy:preference:privateagenda'] = 'Private copy of their interests (skill, strength) and aspired roles, with the time it was last changed (ms since 1970)';

// Capabilities.
$string['sweetspot:view'] = 'See Sweetspot tags on course cards and state learning interests';
$string['sweetspot:manage'] = 'Manage the Sweetspot growth agenda and course skills';
$string['sweetspot:viewreport'] = 'See the Sweetspot catalog audit over the site\'s learners';

// Settings.
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
$string['idscheme_id'] = '"moodle-" and the course id, e.g. moodle-42';
$string['idscheme_idnumber'] = 'The course ID number when set (else "moodle-" and the course id)';
$string['rolefield'] = 'Role profile field';
$string['rolefield_desc'] = 'Short name of the user profile field that holds the user\'s job role: a role id or title from the growth agenda.';
$string['rolesincefield'] = 'Role-since profile field';
$string['rolesincefield_desc'] = 'Optional: short name of a date profile field with the day the user started in the role (used for the two-years-without-growth signal).';
$string['teamfield'] = 'Team field';
$string['teamfield_desc'] = 'The user field that names a learner\'s team, for the catalog audit\'s team filter (a manager\'s view): <code>department</code> or <code>institution</code> (fields of the user\'s profile), or the short name of a custom user profile field. Empty: no teams.';
$string['taxonomy'] = 'Skill taxonomy';
$string['taxonomy_desc'] = 'A sweetspot/1 taxonomy JSON file (skills with labels, aliases and broader skills, e.g. from <code>sweetspot import esco</code>). It gives skills their names, lets tags and interests use labels, and powers skill suggestions. Without one, the plugin uses its bundled default: 409 skills of ESCO (digital, data, HR and learning, transversal skills; ids such as <code>esco-python</code>), listed in <code>local/sweetspot/taxonomy/default.json</code>. This service uses the ESCO classification of the European Commission (CC BY 4.0; see <code>local/sweetspot/taxonomy/ATTRIBUTION.md</code>).';
$string['escoattribution'] = 'Skills: this service uses the ESCO classification of the European Commission.';

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
// Agenda page (js/agenda.js).
$string['agendajs_valid'] = 'The agenda is valid: {$a->roles}, {$a->priorities}, {$a->mandatory}.';
$string['agendajs_count_roles'] = '{$a} roles';
$string['agendajs_count_roles_one'] = '1 role';
$string['agendajs_count_priorities'] = '{$a} priorities';
$string['agendajs_count_priorities_one'] = '1 priority';
$string['agendajs_count_mandatory'] = '{$a} mandatory courses';
$string['agendajs_count_mandatory_one'] = '1 mandatory course';
$string['agendajs_invalid'] = 'The agenda cannot be saved yet:';
$string['agendajs_role'] = 'Role {$a}';
$string['agendajs_removerole'] = 'Remove the role {$a}';
$string['agendajs_roleid'] = 'Role id';
$string['agendajs_roleid_hint'] = 'The users\' role profile field may hold this id or the title.';
$string['agendajs_roletitle'] = 'Title';
$string['agendajs_roleskills'] = 'Skills the role needs';
$string['agendajs_roleskills_hint'] = '"skill:level" separated by ";", e.g. esco-python:3; esco-sql:2 (levels 0–5).';
$string['agendajs_rolenext'] = 'Next roles';
$string['agendajs_rolenext_hint'] = 'Role ids of the path to more responsibility, separated by commas.';
$string['agendajs_priority'] = 'Priority {$a}';
$string['agendajs_removepriority'] = 'Remove the priority {$a}';
$string['agendajs_skill'] = 'Skill';
$string['agendajs_weight'] = 'Weight (0–1)';
$string['agendajs_need'] = 'Need';
$string['agendajs_need_job'] = 'Needed in the current job';
$string['agendajs_need_improve'] = 'To improve';
$string['agendajs_need_future'] = 'Needed in the future';
$string['agendajs_need_leadership'] = 'For leadership';
$string['agendajs_rationale'] = 'Rationale';
$string['agendajs_rationale_hint'] = 'The sentence a manager uses to frame an Uphill course: why this helps us win.';
$string['agendajs_thresholds'] = 'Thresholds';
$string['agendajs_personal'] = 'Personal threshold (0–1)';
$string['agendajs_org'] = 'Organization threshold (0–1)';
$string['agendajs_gifts'] = 'Gift policy';
$string['agendajs_giftsallowed'] = 'Courses that only the learner wants may be supported as gifts';
$string['agendajs_giftnote'] = 'Gift note';
$string['agendajs_giftnote_hint'] = 'What learners read on a Gift course, e.g. how many learning days the organization gives.';
$string['agendajs_roles'] = 'Roles';
$string['agendajs_addrole'] = 'Add a role';
$string['agendajs_priorities'] = 'Priorities';
$string['agendajs_addpriority'] = 'Add a priority';
$string['agendajs_mandatory'] = 'Mandatory courses';
$string['agendajs_nomandatory'] = 'No mandatory course yet.';
$string['agendajs_unknowncourse'] = '{$a} (no course of this site has this id)';
$string['agendajs_remove'] = 'Remove {$a}';
$string['agendajs_pick'] = 'Add a mandatory course';
$string['agendajs_pick_hint'] = 'Type part of the course name and pick it from the list.';
$string['agendajs_pickplaceholder'] = 'Course name';
$string['agendajs_add'] = 'Add';
$string['agendajs_import'] = 'Import an agenda (.json)';
$string['import'] = 'Import JSON';

// Review page.
$string['review'] = 'Skill suggestions';
$string['review_intro'] = 'Courses whose skills field is empty (and whose tags name no skill), with the skills the taxonomy finds in their titles, summaries and tags. Each suggestion says why: the words it found, where, and the taxonomy\'s label or alias they matched. Accept a suggestion to write it to the course skills field; reject it to hide it for that course; or, when a label or alias keeps giving wrong suggestions, never suggest from it again, for every course (the list is at the bottom of the page, where each entry can be undone).';
$string['nofield'] = 'The course custom field "{$a}" does not exist. Create a "Short text" course custom field with this short name first.';
$string['fieldtype'] = 'The course custom field "{$a}" must be of type "Short text".';
$string['invalidskills'] = 'The skills text is too long or contains line breaks.';
// Suggestions page (js/review.js).
$string['reviewjs_loading'] = 'Loading the courses…';
$string['reviewjs_notaxonomy'] = 'Suggestions are the taxonomy\'s skills found in the courses\' texts: this site has no taxonomy yet (Site administration › Plugins › Local plugins › Sweetspot tags).';
$string['reviewjs_nofield'] = 'The course custom field "{$a}" does not exist yet: create it (type "Short text") to accept suggestions.';
$string['reviewjs_nosuggest'] = 'This build of the Sweetspot engine has no skill suggestions.';
$string['reviewjs_suggestfailed'] = 'The engine could not suggest skills: {$a}';
$string['reviewjs_summary'] = 'Courses without skills: {$a->untagged} of {$a->total}. Suggestions waiting: {$a->waiting}.';
$string['reviewjs_nothingfound'] = 'No skill of the taxonomy was found in this course\'s title, summary or tags.';
$string['reviewjs_levelof'] = 'Level of {$a->skill} taught by {$a->course}';
$string['reviewjs_level'] = 'level {$a}';
$string['reviewjs_match'] = '{$a->field}: “{$a->text}” ({$a->kind} “{$a->term}”)';
$string['reviewjs_kind_label'] = 'label';
$string['reviewjs_kind_alias'] = 'alias';
$string['reviewjs_separator'] = ', ';
$string['reviewjs_field_title'] = 'title';
$string['reviewjs_field_summary'] = 'summary';
$string['reviewjs_field_tags'] = 'tags';
$string['reviewjs_confidence'] = '({$a->skill}), {$a->percent}% sure';
$string['reviewjs_foundin'] = 'Found in {$a}';
$string['reviewjs_accept'] = 'Accept';
$string['reviewjs_acceptlabel'] = 'Accept {$a->skill} for {$a->course}';
$string['reviewjs_reject'] = 'Reject';
$string['reviewjs_rejectlabel'] = 'Reject {$a->skill} for {$a->course}';
$string['reviewjs_saved'] = 'Saved: {$a}';
$string['reviewjs_notsaved'] = 'Not saved: {$a}';
$string['reviewjs_alltagged'] = 'Every course has skills.';
$string['reviewjs_rejectalias'] = 'Never suggest from “{$a->term}”';
$string['reviewjs_rejectaliaslabel'] = 'Never suggest {$a->skill} from “{$a->term}” again, for any course';
$string['reviewjs_rejectedalias'] = 'Never suggested from “{$a->term}” ({$a->skill}) again.';
$string['reviewjs_restoredalias'] = '“{$a->term}” ({$a->skill}) is suggested from again.';
$string['reviewjs_rejectedtitle'] = 'Never suggested from';
$string['reviewjs_rejectednone'] = 'No label or alias has been rejected. “Never suggest from…” on a suggestion adds its term here, for every course of the site.';
$string['reviewjs_rejectedentry'] = '“{$a->term}” for {$a->skill}';
$string['reviewjs_anyskill'] = 'any skill';
$string['reviewjs_undo'] = 'Undo';
$string['reviewjs_undolabel'] = 'Suggest {$a->skill} from “{$a->term}” again';

// Learner pages.
$string['interests'] = 'My learning interests';
$string['interests_intro'] = 'Tell Sweetspot what you want to learn, which skills are not for you, and which roles you aspire to. Your answers are kept in this browser. They reach Moodle only if you tick a box below: a private copy in your own account, which only you can read, or a copy shared with your organization\'s report.';
$string['jsstartfailed'] = 'Sweetspot could not start: {$a}';
$string['jsnoagenda'] = 'Your organization has not entered its growth agenda yet. You can state your interests once it has.';
$string['privatecopy'] = 'Keep a private copy in my Moodle account';
$string['privatecopy_help'] = 'Off unless you tick it. When ticked, your interests and aspired roles are saved in your own Moodle account after every change, so that they follow you to other devices and browsers. Only you can read this copy: no report and no manager sees it. Untick it to delete the copy.';
$string['privatejs_saving'] = 'Saving…';
$string['privatejs_on'] = 'A private copy is kept in your account.';
$string['privatejs_off'] = 'No private copy: your interests are kept in this browser only.';
$string['privatejs_error'] = 'Not saved: {$a}';
$string['share'] = 'Share my interests with my organization\'s report';
$string['share_help'] = 'Off unless you tick it. When ticked, the skills and roles you chose on this page are sent to Moodle and counted, with your name, in the catalog audit that your organization\'s managers see. Later changes are sent only when you press "Update the shared copy". Untick it to withdraw them: the shared copy is deleted.';
$string['shareupdate'] = 'Update the shared copy';
$string['sharefewer'] = 'The shared copy would shrink from {$a->before} entries to {$a->after}: confirm that you want to replace it.';
$string['sharetoolong'] = 'Too much to share: {$a->length} characters, at most {$a->max}. Remove some interests, or untick the box.';
$string['shareinvalid'] = 'The interests sent are not a valid list of skills and roles.';
$string['sharejs_saving'] = 'Saving…';
$string['sharejs_on'] = 'Shared with your organization\'s report: {$a->interests} and {$a->aspirations}.';
$string['count_interests'] = '{$a} interests';
$string['count_interests_one'] = '1 interest';
$string['count_aspirations'] = '{$a} aspired roles';
$string['count_aspirations_one'] = '1 aspired role';
$string['sharejs_off'] = 'Not shared: your organization\'s report does not see your interests.';
$string['sharejs_differs'] = 'You changed your interests since you shared them: the report still sees the earlier copy. Press "Update the shared copy" to send this one.';
$string['sharejs_fewer'] = 'Your shared copy has more entries ({$a->before}) than this page ({$a->after}). Replace the shared copy with this shorter one?';
$string['sharejs_kept'] = 'The shared copy was kept as it was.';
$string['sharejs_error'] = 'Not saved: {$a}';
$string['noscript'] = 'This page needs JavaScript.';
$string['noskills'] = 'No skills mapped yet';
$string['noskills_help'] = 'Learners see no Sweetspot tag on this course: its skills field names no skill of the taxonomy. Map its skills on the Skill suggestions page.';

// The catalog audit report.
$string['report'] = 'Sweetspot catalog audit';
$string['report_intro'] = 'For every course with skills: for how many of the site\'s learners it is Sweet Spot, Uphill, Gift or Waste; the courses that are Waste for most; the skills no course teaches; and who has been two years or more in a role without a Sweet Spot course. The audit runs in this browser; pick a team for a manager\'s view, and download the tables as CSV.';
$string['report_sources'] = 'It reads, for every active user except site administrators: {$a}.';
$string['report_source_role'] = 'the role from the profile field "{$a}"';
$string['report_source_rolesince'] = 'the day they started in it from the profile field "{$a}"';
$string['report_source_team'] = 'the team from "{$a}"';
$string['report_source_completions'] = 'the completed courses (course completion)';
$string['report_source_separator'] = '; ';
$string['report_norolesince'] = 'No "role since" profile field is set in the plugin settings, so the report cannot tell who has been two years or more in a role.';
$string['report_privacy'] = 'Learners\' own interests and aspirations stay in their browsers. The report sees them only for learners who ticked "Share my interests with my organization\'s report" on their interests page; for everyone else the personal side is unknown.';
$string['reportjs_loadingcourses'] = 'Loading the courses…';
$string['reportjs_progress'] = 'Loaded {$a->loaded} of {$a->total} learners';
$string['reportjs_running'] = 'Running the audit over {$a} learners…';
$string['reportjs_running_one'] = 'Running the audit over 1 learner…';
$string['reportjs_done'] = 'Loaded {$a->loaded} of {$a->total} learners. The audit ran in this browser.';
$string['reportjs_noagenda'] = 'No growth agenda has been entered yet: enter it on the Growth agenda page first.';
$string['reportjs_error'] = 'The audit could not be made: {$a}';
$string['reportjs_shared'] = '{$a->shared} of {$a->total} learners share their interests and aspirations with this report.';
$string['reportjs_sharedteam'] = 'Team {$a->team}: {$a->shared} of {$a->total} learners share their interests and aspirations with this report.';
$string['reportjs_notshared'] = 'For the other {$a} learners the personal side is unknown (no personal agenda): their interests stay in their browsers, so for them a course can only be Uphill or Waste, never Sweet Spot or Gift.';
$string['reportjs_notshared_one'] = 'For the other learner the personal side is unknown (no personal agenda): their interests stay in their browser, so for them a course can only be Uphill or Waste, never Sweet Spot or Gift.';
$string['reportjs_withoutrole'] = '{$a} learners have no role: their role profile field is empty or names no role of the growth agenda.';
$string['reportjs_withoutrole_one'] = '1 learner has no role: their role profile field is empty or names no role of the growth agenda.';
$string['reportjs_skipped'] = '{$a} course completions are not counted: their courses have no skills or no longer exist.';
$string['reportjs_skipped_one'] = '1 course completion is not counted: its course has no skills or no longer exists.';

// Import a skill framework (import.php, js/import.js).
$string['import'] = 'Import a skill framework';
$string['import_intro'] = 'Turn a skill framework, as you downloaded it, into this site\'s taxonomy: the skills that courses, roles and learners\' interests name. The files are read in your browser; only the resulting taxonomy is sent to the site, and only when you choose to use it. It replaces the taxonomy file of the plugin settings.';
$string['importjs_format'] = 'Framework';
$string['importjs_format_esco'] = 'ESCO (CSV download)';
$string['importjs_format_onet'] = 'O*NET (text files)';
$string['importjs_format_case'] = 'CASE (JSON package)';
$string['importjs_format_csv'] = 'Plain CSV';
$string['importjs_files'] = 'Files';
$string['importjs_files_esco'] = 'Choose skills_en.csv, and if you have them broaderRelationsSkillPillar.csv, skillGroups_en.csv, occupations_en.csv and occupationSkillRelations.csv (from the ESCO CSV download, in one language).';
$string['importjs_files_onet'] = 'Choose Skills.txt and/or Knowledge.txt, and if you like Technology Skills.txt, Occupation Data.txt and Content Model Reference.txt (from the O*NET database, text format).';
$string['importjs_files_case'] = 'Choose the CASE package (a JSON file with CFDocument, CFItems and CFAssociations).';
$string['importjs_files_csv'] = 'Choose a skills CSV (id, label, aliases, broader) and, if you have one, a roles CSV (with a "role" column).';
$string['importjs_run'] = 'Import';
$string['importjs_nofiles'] = 'Choose the framework\'s files first.';
$string['importjs_running'] = 'Importing…';
$string['importjs_failed'] = 'The files could not be imported: {$a}';
$string['importjs_done'] = 'Imported: {$a->skills} skills, {$a->roles} roles.';
$string['importjs_counts'] = 'Counts: {$a}';
$string['importjs_warnings'] = 'What was left out ({$a})';
$string['importjs_use'] = 'Use these {$a} skills as the site\'s taxonomy';
$string['importjs_roles'] = 'Download the framework\'s {$a} roles as an agenda file (import it on the growth agenda page)';
$string['importjs_saving'] = 'Saving…';
$string['importjs_saved'] = 'Saved: the site\'s taxonomy now has {$a} skills.';
$string['importjs_notsaved'] = 'Not saved: {$a}';
