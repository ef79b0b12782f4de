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
 * Competency ratings as proficiency.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\local;

/**
 * What Moodle knows a user can do, besides completed courses (whose skills the browser reads from
 * the courses themselves): the competencies rated for the user (learning plans, course competency
 * ratings), when the site uses competencies. A rating becomes a level 0–5 by its place on the
 * competency's scale (the scale's top item is 5); a rating marked proficient is at least level 3.
 * Competencies are named by ID number (else short name), which the browser resolves to skills
 * through the taxonomy (its ids, labels and aliases).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class proficiency {
    /** @var int The level a rating marked "proficient" reaches at least. */
    const PROFICIENT_LEVEL = 3;

    /**
     * The user's rated competencies: [{skill, level, source: "competency"}].
     *
     * @param int $userid
     * @return array[]
     */
    public static function for_user(int $userid): array {
        global $DB;
        if (!get_config('core_competency', 'enabled')) {
            return [];
        }
        $sql = "SELECT uc.id, uc.grade, uc.proficiency, c.idnumber, c.shortname, c.scaleid AS cscaleid,
                       f.scaleid AS fscaleid
                  FROM {competency_usercomp} uc
                  JOIN {competency} c ON c.id = uc.competencyid
                  JOIN {competency_framework} f ON f.id = c.competencyframeworkid
                 WHERE uc.userid = :userid AND uc.grade IS NOT NULL";
        $out = [];
        $scales = [];
        foreach ($DB->get_records_sql($sql, ['userid' => $userid]) as $row) {
            $scaleid = (int) ($row->cscaleid ?: $row->fscaleid);
            if (!isset($scales[$scaleid])) {
                $scale = $scaleid ? $DB->get_field('scale', 'scale', ['id' => $scaleid]) : false;
                $scales[$scaleid] = $scale === false ? 0 : count(explode(',', (string) $scale));
            }
            $name = trim((string) $row->idnumber) !== '' ? trim((string) $row->idnumber) : trim((string) $row->shortname);
            if ($name === '') {
                continue;
            }
            $out[] = ['skill' => $name, 'level' => self::level((int) $row->grade, $scales[$scaleid], (bool) $row->proficiency),
                'source' => 'competency'];
        }
        return $out;
    }

    /**
     * A rating's level: its place on the scale (1-based grade of `items` items) spread over 1–5;
     * at least PROFICIENT_LEVEL when the rating is marked proficient.
     *
     * @param int $grade the rating (1 = the scale's first item)
     * @param int $items how many items the scale has
     * @param bool $proficient
     * @return int 0..5
     */
    public static function level(int $grade, int $items, bool $proficient): int {
        $level = ($items > 0 && $grade > 0) ? (int) round(5 * min($grade, $items) / $items) : 0;
        if ($proficient) {
            $level = max($level, self::PROFICIENT_LEVEL);
        }
        return max(0, min(5, $level));
    }
}
