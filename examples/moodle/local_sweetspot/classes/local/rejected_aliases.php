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
 * The site's "never suggest from this alias" list.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\local;

/**
 * The aliases (or labels) of the taxonomy an admin has rejected for good: a list of
 * {term, skill} pairs ("never suggest this skill from this term"), stored as JSON text in the
 * plugin setting `rejectedaliases` and passed to the engine as the suggestion request's
 * `rejectedAliases`. decode/with/without/encode are plain PHP (tests/lms/php/rejected-aliases.php
 * runs them with php-cli alone); get/set read and write the setting.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class rejected_aliases {
    /** @var int The most entries kept (the oldest go first). */
    const MAX_ENTRIES = 5000;
    /** @var int The longest term or skill id (characters). */
    const MAX_LENGTH = 255;

    /**
     * The stored list, with anything malformed left out.
     *
     * @param string|null $stored The setting's value.
     * @return array List of ['term' => string, 'skill' => string].
     */
    public static function decode(?string $stored): array {
        if ($stored === null || trim($stored) === '') {
            return [];
        }
        $value = json_decode($stored, true);
        if (!is_array($value)) {
            return [];
        }
        $list = [];
        foreach ($value as $entry) {
            if (is_array($entry) && isset($entry['term']) && is_string($entry['term'])) {
                $list = self::with($list, $entry['term'], is_string($entry['skill'] ?? null) ? $entry['skill'] : '');
            }
        }
        return $list;
    }

    /**
     * The list with one more pair (a pair already there, or an empty term, changes nothing).
     *
     * @param array $list
     * @param string $term The taxonomy's label or alias, as the engine reported it.
     * @param string $skill The skill id; '' for every skill.
     * @return array
     */
    public static function with(array $list, string $term, string $skill): array {
        $term = self::clean($term);
        $skill = self::clean($skill);
        if ($term === '' || self::find($list, $term, $skill) !== null) {
            return $list;
        }
        $list[] = ['term' => $term, 'skill' => $skill];
        return array_slice($list, -self::MAX_ENTRIES);
    }

    /**
     * The list without a pair.
     *
     * @param array $list
     * @param string $term
     * @param string $skill
     * @return array
     */
    public static function without(array $list, string $term, string $skill): array {
        $at = self::find($list, self::clean($term), self::clean($skill));
        if ($at !== null) {
            array_splice($list, $at, 1);
        }
        return array_values($list);
    }

    /**
     * The setting's value for a list.
     *
     * @param array $list
     * @return string
     */
    public static function encode(array $list): string {
        return json_encode(array_values($list), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    /**
     * The site's list.
     *
     * @return array
     */
    public static function get(): array {
        $stored = get_config('local_sweetspot', 'rejectedaliases');
        return self::decode($stored === false ? null : (string) $stored);
    }

    /**
     * Stores the site's list.
     *
     * @param array $list
     */
    public static function set(array $list): void {
        set_config('rejectedaliases', self::encode($list), 'local_sweetspot');
    }

    /**
     * Trimmed, single-line, at most MAX_LENGTH characters; spelling and case kept (the engine
     * compares terms as the taxonomy writes them, after its own normalisation).
     *
     * @param string $text
     * @return string
     */
    private static function clean(string $text): string {
        $text = trim(preg_replace('/\s+/u', ' ', $text) ?? '');
        // Regular expressions rather than mbstring, so that php-cli without extensions runs it too.
        return preg_replace('/^(.{' . self::MAX_LENGTH . '}).+$/us', '$1', $text) ?? '';
    }

    /**
     * Where a pair is in the list (terms compared without case).
     *
     * @param array $list
     * @param string $term
     * @param string $skill
     * @return int|null
     */
    private static function find(array $list, string $term, string $skill): ?int {
        foreach ($list as $i => $entry) {
            if ($entry['skill'] === $skill && preg_match('/^' . preg_quote($term, '/') . '$/iu', $entry['term'])) {
                return $i;
            }
        }
        return null;
    }
}
