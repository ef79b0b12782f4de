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
 * External function local_sweetspot_set_rejected_alias.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use local_sweetspot\local\rejected_aliases;

/**
 * Adds a pair to the site's "never suggest from this alias" list, or takes one off (undo), and
 * returns the whole list.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class set_rejected_alias extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'term' => new external_value(PARAM_TEXT, 'The taxonomy label or alias the suggestion matched'),
            'skill' => new external_value(PARAM_TEXT, 'The skill id; empty for every skill', VALUE_DEFAULT, ''),
            'rejected' => new external_value(PARAM_BOOL, 'True to reject it for good, false to undo', VALUE_DEFAULT, true),
        ]);
    }

    /**
     * Changes the list.
     *
     * @param string $term
     * @param string $skill
     * @param bool $rejected
     * @return array
     */
    public static function execute(string $term, string $skill = '', bool $rejected = true): array {
        $params = self::validate_parameters(self::execute_parameters(),
            ['term' => $term, 'skill' => $skill, 'rejected' => $rejected]);
        $context = \context_system::instance();
        self::validate_context($context);
        require_capability('local/sweetspot:manage', $context);

        $list = rejected_aliases::get();
        $list = $params['rejected'] ? rejected_aliases::with($list, $params['term'], $params['skill'])
            : rejected_aliases::without($list, $params['term'], $params['skill']);
        rejected_aliases::set($list);
        return ['rejectedaliases' => $list];
    }

    /**
     * The structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'rejectedaliases' => self::list_structure(),
        ]);
    }

    /**
     * The list, as get_review_courses returns it too.
     *
     * @return external_multiple_structure
     */
    public static function list_structure(): external_multiple_structure {
        return new external_multiple_structure(new external_single_structure([
            'term' => new external_value(PARAM_RAW, 'A taxonomy label or alias'),
            'skill' => new external_value(PARAM_RAW, 'The skill id it is rejected for; empty for every skill'),
        ]), 'The site\'s "never suggest from this alias" list');
    }
}
