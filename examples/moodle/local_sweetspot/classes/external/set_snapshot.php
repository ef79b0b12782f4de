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
 * External function local_sweetspot_set_snapshot.
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
 * Stores the site's catalog snapshot (the organization, the courses' skills and the taxonomy,
 * compiled by the engine), built in the browser of someone who manages Sweetspot: PHP cannot
 * compile it. Learner pages then load it from a revisioned URL with the small learner module.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_snapshot extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'snapshot' => new external_value(PARAM_RAW, 'The snapshot, base64 (checked as such below)'),
            'source' => new external_value(PARAM_ALPHANUM, 'The snapshot source the courses were read at'),
        ]);
    }

    /**
     * Stores it.
     *
     * @param string $snapshot
     * @param string $source
     * @return array
     */
    public static function execute(string $snapshot, string $source): array {
        $params = self::validate_parameters(self::execute_parameters(), ['snapshot' => $snapshot, 'source' => $source]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:manage', $context);

        $bytes = base64_decode($params['snapshot'], true);
        if ($bytes === false || strlen($bytes) > course_data::SNAPSHOT_MAX_BYTES || strncmp($bytes, 'SWSPCAT1', 8) !== 0) {
            throw new \invalid_parameter_exception('not a Sweetspot catalog snapshot');
        }
        course_data::store_snapshot($bytes, $params['source']);
        return ['url' => course_data::snapshot_url()];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'url' => new external_value(PARAM_URL, 'The snapshot\'s URL; empty when the courses changed since it was built'),
        ]);
    }
}
