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
 * Admin pages of local_sweetspot (Site administration › Courses › Sweetspot tags; Reports) and its
 * settings (Site administration › Plugins › Local plugins › Settings).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

// Managers must reach the agenda and suggestion pages without moodle/site:config, so they are not
// hung under "localplugins" (that category exists for site administrators only; a manager got
// "parent does not exist" and "Access denied"). They live in a category under Site administration ›
// Courses, which every role with course-management capabilities sees; each page checks its own
// capability (local/sweetspot:manage; the report local/sweetspot:viewreport), and the admin tree
// hides a page from users without it. The plugin settings stay under Plugins › Local plugins.
$ADMIN->add('courses', new admin_category('local_sweetspot_category',
    new lang_string('pluginname', 'local_sweetspot')));

$ADMIN->add('local_sweetspot_category', new admin_externalpage('local_sweetspot_agenda',
    new lang_string('agenda', 'local_sweetspot'),
    new moodle_url('/local/sweetspot/agenda.php'), 'local/sweetspot:manage'));

$ADMIN->add('local_sweetspot_category', new admin_externalpage('local_sweetspot_review',
    new lang_string('review', 'local_sweetspot'),
    new moodle_url('/local/sweetspot/review.php'), 'local/sweetspot:manage'));

// Replacing the site's taxonomy is a site setting (the file upload under Local plugins is too).
$ADMIN->add('local_sweetspot_category', new admin_externalpage('local_sweetspot_import',
    new lang_string('import', 'local_sweetspot'),
    new moodle_url('/local/sweetspot/import.php'), 'moodle/site:config'));

// The catalog audit: Site administration › Reports › Sweetspot catalog audit.
$ADMIN->add('reports', new admin_externalpage('local_sweetspot_report',
    new lang_string('report', 'local_sweetspot'),
    new moodle_url('/local/sweetspot/report.php'), 'local/sweetspot:viewreport'));

if ($hassiteconfig) {
    $settings = new admin_settingpage('local_sweetspot', new lang_string('pluginname', 'local_sweetspot'));
    if ($ADMIN->fulltree) {
        $settings->add(new admin_setting_configcheckbox('local_sweetspot/enabled',
            new lang_string('enabled', 'local_sweetspot'),
            new lang_string('enabled_desc', 'local_sweetspot'), 1));

        $settings->add(new admin_setting_configtext('local_sweetspot/skillsfield',
            new lang_string('skillsfield', 'local_sweetspot'),
            new lang_string('skillsfield_desc', 'local_sweetspot'), 'sweetspot_skills', PARAM_ALPHANUMEXT));

        $settings->add(new admin_setting_configcheckbox('local_sweetspot/usetags',
            new lang_string('usetags', 'local_sweetspot'),
            new lang_string('usetags_desc', 'local_sweetspot'), 1));

        $levels = [1 => '1', 2 => '2', 3 => '3', 4 => '4', 5 => '5'];
        $settings->add(new admin_setting_configselect('local_sweetspot/defaultlevel',
            new lang_string('defaultlevel', 'local_sweetspot'),
            new lang_string('defaultlevel_desc', 'local_sweetspot'), 2, $levels));

        $settings->add(new admin_setting_configselect('local_sweetspot/idscheme',
            new lang_string('idscheme', 'local_sweetspot'),
            new lang_string('idscheme_desc', 'local_sweetspot'), 'id', [
                'id' => new lang_string('idscheme_id', 'local_sweetspot'),
                'idnumber' => new lang_string('idscheme_idnumber', 'local_sweetspot'),
            ]));

        $settings->add(new admin_setting_configtext('local_sweetspot/rolefield',
            new lang_string('rolefield', 'local_sweetspot'),
            new lang_string('rolefield_desc', 'local_sweetspot'), 'sweetspotrole', PARAM_ALPHANUMEXT));

        $settings->add(new admin_setting_configtext('local_sweetspot/rolesincefield',
            new lang_string('rolesincefield', 'local_sweetspot'),
            new lang_string('rolesincefield_desc', 'local_sweetspot'), '', PARAM_ALPHANUMEXT));

        $settings->add(new admin_setting_configtext('local_sweetspot/teamfield',
            new lang_string('teamfield', 'local_sweetspot'),
            new lang_string('teamfield_desc', 'local_sweetspot'), 'department', PARAM_ALPHANUMEXT));

        $settings->add(new admin_setting_configstoredfile('local_sweetspot/taxonomy',
            new lang_string('taxonomy', 'local_sweetspot'),
            new lang_string('taxonomy_desc', 'local_sweetspot'), 'taxonomy', 0,
            ['maxfiles' => 1, 'accepted_types' => ['.json']]));
    }
    $ADMIN->add('localplugins', $settings);
}
