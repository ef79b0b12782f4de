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
 * External functions of local_sweetspot (all callable from page JavaScript: 'ajax' => true).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$functions = [
    'local_sweetspot_get_learner_data' => [
        'classname' => \local_sweetspot\external\get_learner_data::class,
        'description' => 'The growth agenda, the skills of the current user\'s courses and the user\'s role.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:view',
        'loginrequired' => true,
    ],
    'local_sweetspot_get_review_courses' => [
        'classname' => \local_sweetspot\external\get_review_courses::class,
        'description' => 'A page of all courses with their skills field, tags and summary, for the skill suggestions page.',
        'type' => 'read',
        'ajax' => true,
        // Either capability: the suggestions page (manage) and the audit report (viewreport) read the catalog.
        'capabilities' => 'local/sweetspot:manage, local/sweetspot:viewreport',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_course_skills' => [
        'classname' => \local_sweetspot\external\set_course_skills::class,
        'description' => 'Writes a course\'s skills ("skill:level" tokens) to the course skills custom field.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:manage, moodle/course:update',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_rejected_alias' => [
        'classname' => \local_sweetspot\external\set_rejected_alias::class,
        'description' => 'Adds a taxonomy label or alias to the site\'s "never suggest from this alias" list, or takes it off.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:manage',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_snapshot' => [
        'classname' => \local_sweetspot\external\set_snapshot::class,
        'description' => 'Stores the site\'s catalog snapshot, compiled in the browser, for learner pages.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:manage',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_taxonomy' => [
        'classname' => \local_sweetspot\external\set_taxonomy::class,
        'description' => 'Stores a taxonomy imported in the browser from a skill framework as the site\'s taxonomy.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'moodle/site:config',
        'loginrequired' => true,
    ],
    'local_sweetspot_get_audit_learners' => [
        'classname' => \local_sweetspot\external\get_audit_learners::class,
        'description' => 'A page of the site\'s learners as Sweetspot learner documents (role, team, completions, shared interests), for the audit report.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:viewreport',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_sharing' => [
        'classname' => \local_sweetspot\external\set_sharing::class,
        'description' => 'The current user shares (or stops sharing) their interests and aspirations with the organization\'s audit report.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:view',
        'loginrequired' => true,
    ],
    'local_sweetspot_set_private_copy' => [
        'classname' => \local_sweetspot\external\set_private_copy::class,
        'description' => 'The current user keeps (or deletes) a private copy of their own interests and aspirations in their account.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/sweetspot:view',
        'loginrequired' => true,
    ],
];
