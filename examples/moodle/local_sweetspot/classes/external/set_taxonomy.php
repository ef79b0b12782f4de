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
 * External function local_sweetspot_set_taxonomy.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_single_structure;
use core_external\external_value;
use local_sweetspot\local\course_data;

/**
 * Stores a taxonomy imported in the browser (import.php, the engine's framework importers) as the
 * site's taxonomy: the same file the "Taxonomy" setting uploads. A site setting, so site:config.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_taxonomy extends external_api {
    /** @var int The largest taxonomy accepted (bytes of JSON). */
    const MAX_BYTES = 64 * 1024 * 1024;

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'taxonomy' => new external_value(PARAM_RAW, 'The taxonomy document, JSON text: {"skills": [...]}'),
        ]);
    }

    /**
     * Stores it.
     *
     * @param string $taxonomy
     * @return array
     */
    public static function execute(string $taxonomy): array {
        $params = self::validate_parameters(self::execute_parameters(), ['taxonomy' => $taxonomy]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('moodle/site:config', $context);

        $json = $params['taxonomy'];
        $value = strlen($json) <= self::MAX_BYTES ? json_decode($json, true, 64) : null;
        if (!is_array($value) || !isset($value['skills']) || !is_array($value['skills']) || !$value['skills']) {
            throw new \invalid_parameter_exception('not a taxonomy document with a "skills" list');
        }
        $fs = get_file_storage();
        $fs->delete_area_files($context->id, 'local_sweetspot', 'taxonomy');
        $fs->create_file_from_string(['contextid' => $context->id, 'component' => 'local_sweetspot', 'filearea' => 'taxonomy',
            'itemid' => 0, 'filepath' => '/', 'filename' => 'taxonomy.json'], $json);
        // What admin_setting_configstoredfile keeps for the "Taxonomy" setting, so that it shows the file.
        set_config('taxonomy', '/taxonomy.json', 'local_sweetspot');
        return ['skills' => count($value['skills']), 'url' => course_data::taxonomy_url()];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'skills' => new external_value(PARAM_INT, 'Skills stored'),
            'url' => new external_value(PARAM_URL, 'The taxonomy\'s URL now'),
        ]);
    }
}
