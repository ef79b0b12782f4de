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
 * Site users, completions and shared agendas (plain rows) as Sweetspot learner documents.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\local;

/**
 * Turns rows read from Moodle's tables into the learner documents of the catalog audit
 * ({id, name?, team?, role?, roleSince?, completed, interests?, aspirations?}). Plain PHP, no
 * Moodle call: the external function local_sweetspot_get_audit_learners reads the rows, this class
 * maps them, and tests/lms/moodle-audit-learners.test.mjs runs it with php-cli alone.
 *
 * Ids follow the JavaScript side (web/src/adapters/moodle.js): learners are "moodle-user-<id>";
 * courses are "moodle-<id>", or their ID number under the "idnumber" scheme (a second course with
 * the same ID number falls back to "moodle-<id>"); a role profile value is a role id or title of
 * the growth agenda (case, accents and spacing ignored). Strings are kept as text, never escaped
 * or stripped: the browser puts them into the page with textContent.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class audit_learners {
    /** @var string User preference: "1" when the learner shares their agenda with the organization's report. */
    const PREF_SHARE = 'local_sweetspot_share';
    /** @var string User preference: the shared copy of the learner's agenda (compact JSON). */
    const PREF_AGENDA = 'local_sweetspot_sharedagenda';
    /** @var int Longest user preference value (user_preferences.value is char(1333)). */
    const PREF_MAX_LENGTH = 1333;
    /** @var string The learner's private copy of their own agenda (opt-in; read only for that learner). */
    const PREF_PRIVATE = 'local_sweetspot_privateagenda';
    /** @var int Largest page of learners. */
    const MAX_PER_PAGE = 500;
    /** @var int Longest text kept for a name or team (the engine refuses strings over 64 KiB). */
    const MAX_TEXT = 1000;
    /** @var string */
    const LEARNER_PREFIX = 'moodle-user-';
    /** @var string */
    const COURSE_PREFIX = 'moodle-';

    /** @var array Moodle course id => catalog id */
    private $catalogids = [];
    /** @var array[] The agenda's roles: [id, title] */
    private $roles = [];

    /**
     * @param array $organization the growth agenda, decoded (organization_from_json())
     * @param array $courses every course of the site: Moodle id => ID number ('' when none)
     * @param string $idscheme "id" or "idnumber" (the plugin's setting)
     */
    public function __construct(array $organization, array $courses, string $idscheme = 'id') {
        ksort($courses, SORT_NUMERIC);
        $used = [];
        foreach ($courses as $id => $idnumber) {
            $id = (int) $id;
            $catalogid = self::COURSE_PREFIX . $id;
            $idnumber = trim((string) $idnumber);
            if ($idscheme === 'idnumber' && $idnumber !== '') {
                $catalogid = $idnumber;
            }
            if (isset($used[$catalogid])) {
                $catalogid = self::COURSE_PREFIX . $id;
            }
            $used[$catalogid] = true;
            $this->catalogids[$id] = $catalogid;
        }
        foreach (($organization['roles'] ?? []) as $role) {
            if (is_array($role) && isset($role['id']) && is_string($role['id']) && $role['id'] !== '') {
                $this->roles[] = [$role['id'], isset($role['title']) && is_string($role['title']) ? $role['title'] : null];
            }
        }
    }

    /**
     * The growth agenda as stored (JSON text of an organization, or of a document with an
     * "organization" key), decoded; [] when there is none or it is not a JSON object.
     *
     * @param string $json
     * @return array
     */
    public static function organization_from_json(string $json): array {
        $value = json_decode($json, true, 64);
        if (!is_array($value) || ($value !== [] && array_is_list($value))) {
            return [];
        }
        if (isset($value['organization']) && is_array($value['organization'])) {
            return $value['organization'];
        }
        return $value;
    }

    /**
     * The catalog id of a Moodle course, or null for a course the site does not have.
     *
     * @param int $courseid
     * @return string|null
     */
    public function catalog_id(int $courseid): ?string {
        return $this->catalogids[$courseid] ?? null;
    }

    /**
     * Lower case, accents folded, runs of spaces, underscores and hyphens as one space, trimmed:
     * web/src/adapters/common.js fold(). Accents are folded where PHP has intl (Moodle requires it).
     *
     * @param string $text
     * @return string
     */
    public static function fold(string $text): string {
        if (class_exists('\Normalizer')) {
            $normal = \Normalizer::normalize($text, \Normalizer::FORM_KD);
            if (is_string($normal)) {
                $text = preg_replace('/[\x{0300}-\x{036f}]+/u', '', $normal) ?? $text;
            }
        }
        $text = function_exists('mb_strtolower') ? mb_strtolower($text, 'UTF-8') : strtolower($text);
        return trim(preg_replace('/[\s_\x{00a0}-]+/u', ' ', $text) ?? $text);
    }

    /**
     * The agenda's role named by a profile value: its id, else its id or title folded.
     *
     * @param string $value
     * @return string|null
     */
    public function resolve_role(string $value): ?string {
        $raw = trim($value);
        if ($raw === '') {
            return null;
        }
        foreach ($this->roles as [$id]) {
            if ($id === $raw) {
                return $id;
            }
        }
        $folded = self::fold($raw);
        foreach ($this->roles as [$id]) {
            if (self::fold($id) === $folded) {
                return $id;
            }
        }
        foreach ($this->roles as [$id, $title]) {
            if ($title !== null && self::fold($title) === $folded) {
                return $id;
            }
        }
        return null;
    }

    /**
     * Number of characters of a UTF-8 string (Moodle counts a preference's length in characters).
     *
     * @param string $text
     * @return int
     */
    public static function length(string $text): int {
        $n = preg_match_all('/./su', $text);
        return $n === false ? strlen($text) : $n;
    }

    /**
     * A text value kept as text: trimmed, at most MAX_TEXT characters; '' for null.
     *
     * @param mixed $value
     * @return string
     */
    private static function text($value): string {
        $text = trim((string) ($value ?? ''));
        if (strlen($text) > self::MAX_TEXT && preg_match('/^.{0,' . self::MAX_TEXT . '}/su', $text, $m)) {
            $text = $m[0];
        }
        return $text;
    }

    /**
     * "YYYY-MM-DD" of a role-since value: a Unix time (a date profile field) or a "YYYY-MM-DD"
     * text; null when unset or not a date.
     *
     * @param mixed $value
     * @return string|null
     */
    public static function iso_date($value): ?string {
        $text = trim((string) ($value ?? ''));
        if (preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $text, $m)) {
            return checkdate((int) $m[2], (int) $m[3], (int) $m[1]) ? $text : null;
        }
        if (preg_match('/^\d{1,12}$/', $text) && (int) $text > 0 && (int) $text <= 253402300799) {
            return gmdate('Y-m-d', (int) $text);
        }
        return null;
    }

    /**
     * Checks the agenda a learner shares (JSON text of {interests: [{skill, strength}],
     * aspirations: [roleId]}, as the agenda store in the browser holds it) and encodes it for the
     * preference: {"interests":[[skill,strength],…],"aspirations":[…]}.
     *
     * @param string $json
     * @return array {value: string|null, error: null|"invalid"|"toolong", length: int, interests: int, aspirations: int}
     */
    public static function encode_shared_agenda(string $json): array {
        $fail = function (string $error, int $length = 0): array {
            return ['value' => null, 'error' => $error, 'length' => $length, 'interests' => 0, 'aspirations' => 0];
        };
        $value = trim($json) === '' ? [] : json_decode($json, true, 16);
        if (!is_array($value) || ($value !== [] && array_is_list($value))) {
            return $fail('invalid');
        }
        $interests = [];
        $seen = [];
        $list = $value['interests'] ?? [];
        if (!is_array($list) || !array_is_list($list)) {
            return $fail('invalid');
        }
        foreach ($list as $item) {
            $skill = is_array($item) ? ($item['skill'] ?? null) : null;
            $strength = is_array($item) ? ($item['strength'] ?? null) : null;
            if (!self::is_id($skill) || !self::is_strength($strength) || isset($seen[$skill])) {
                return $fail('invalid');
            }
            $seen[$skill] = true;
            $interests[] = [$skill, round((float) $strength, 4)];
        }
        $aspirations = [];
        $list = $value['aspirations'] ?? [];
        if (!is_array($list) || !array_is_list($list)) {
            return $fail('invalid');
        }
        foreach ($list as $role) {
            if (!self::is_id($role) || in_array($role, $aspirations, true)) {
                return $fail('invalid');
            }
            $aspirations[] = $role;
        }
        $encoded = json_encode(['interests' => $interests, 'aspirations' => $aspirations],
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
        if ($encoded === false) {
            return $fail('invalid');
        }
        $length = self::length($encoded);
        if ($length > self::PREF_MAX_LENGTH) {
            return $fail('toolong', $length);
        }
        return ['value' => $encoded, 'error' => null, 'length' => $length,
            'interests' => count($interests), 'aspirations' => count($aspirations)];
    }

    /**
     * Checks and compacts the learner's private copy of their agenda (the same checks as a shared
     * copy) with the time the browser wrote it (ms since 1970), for the PREF_PRIVATE preference.
     *
     * @param string $json the agenda the browser sends: {interests: [{skill, strength}], aspirations: [roleId]}
     * @param int $updated when the learner last changed it, in ms (0: unknown)
     * @return array {value: string|null, error: null|'invalid'|'toolong', length, interests, aspirations}
     */
    public static function encode_private_agenda(string $json, int $updated): array {
        $encoded = self::encode_shared_agenda($json);
        if ($encoded['error'] !== null) {
            return $encoded;
        }
        $value = json_decode($encoded['value'], true);
        $text = json_encode(['updated' => max(0, $updated)] + $value,
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
        $length = self::length($text);
        if ($length > self::PREF_MAX_LENGTH) {
            return ['value' => null, 'error' => 'toolong', 'length' => $length, 'interests' => 0, 'aspirations' => 0];
        }
        return ['value' => $text, 'length' => $length] + $encoded;
    }

    /**
     * The private copy as the browser's agenda store takes it, or null when there is none (or it
     * is unreadable): {updated, interests: [{skill, strength}], aspirations: [roleId]}.
     *
     * @param string|null $stored the PREF_PRIVATE preference
     * @return array|null
     */
    public static function decode_private_agenda(?string $stored): ?array {
        $value = json_decode((string) $stored, true, 16);
        if (!is_array($value)) {
            return null;
        }
        $agenda = (new self([], []))->decode_shared_agenda($stored);
        if ($agenda === null) {
            return null;
        }
        $updated = $value['updated'] ?? 0;
        return ['updated' => is_int($updated) && $updated > 0 ? $updated : 0] + $agenda;
    }

    /**
     * How many entries (interests and aspired roles) a stored copy holds: a shared copy is never
     * replaced by one with fewer unless the learner confirms it.
     *
     * @param string|null $stored a PREF_AGENDA or PREF_PRIVATE preference
     * @return int
     */
    public static function entries(?string $stored): int {
        $value = json_decode((string) $stored, true, 16);
        if (!is_array($value)) {
            return 0;
        }
        return count(is_array($value['interests'] ?? null) ? $value['interests'] : [])
            + count(is_array($value['aspirations'] ?? null) ? $value['aspirations'] : []);
    }

    /**
     * The stored shared agenda as the engine's {interests: [{skill, strength}], aspirations: []},
     * or null when it is not a valid one. Duplicates are dropped (the engine refuses them), and so
     * are aspirations naming no role of the agenda (when the agenda has roles).
     *
     * @param string|null $stored
     * @return array|null
     */
    public function decode_shared_agenda(?string $stored): ?array {
        $value = json_decode((string) $stored, true, 16);
        if (!is_array($value) || !is_array($value['interests'] ?? null) || !is_array($value['aspirations'] ?? null)) {
            return null;
        }
        $interests = [];
        $seen = [];
        foreach ($value['interests'] as $pair) {
            if (!is_array($pair) || count($pair) !== 2 || !self::is_id($pair[0] ?? null) || !self::is_strength($pair[1] ?? null)) {
                return null;
            }
            if (!isset($seen[$pair[0]])) {
                $seen[$pair[0]] = true;
                $interests[] = ['skill' => $pair[0], 'strength' => (float) $pair[1]];
            }
        }
        $known = array_column($this->roles, 0);
        $aspirations = [];
        foreach ($value['aspirations'] as $role) {
            if (!self::is_id($role)) {
                return null;
            }
            if (($known && !in_array($role, $known, true)) || in_array($role, $aspirations, true)) {
                continue;
            }
            $aspirations[] = $role;
        }
        return ['interests' => $interests, 'aspirations' => $aspirations];
    }

    /**
     * A skill or role id as the agenda store accepts it.
     *
     * @param mixed $value
     * @return bool
     */
    private static function is_id($value): bool {
        return is_string($value) && $value !== '' && strlen($value) <= 4096;
    }

    /**
     * An interest strength: a number from 0 to 1.
     *
     * @param mixed $value
     * @return bool
     */
    private static function is_strength($value): bool {
        return (is_int($value) || is_float($value)) && is_finite((float) $value) && $value >= 0 && $value <= 1;
    }

    /**
     * The learner documents of a page of users.
     *
     * @param array[] $users in order: {id, name?, team?, role?, rolesince?} (raw profile values)
     * @param array[] $completions {userid, course}: completed courses (course_completions rows)
     * @param array[] $preferences {userid, name, value}: the users' PREF_SHARE and PREF_AGENDA rows
     * @return array {learners: array[], counts: {learners, withoutrole, unknownrole, shared, completions, skippedcompletions}}
     */
    public function learners(array $users, array $completions, array $preferences): array {
        $completed = [];
        $counts = ['learners' => 0, 'withoutrole' => 0, 'unknownrole' => 0, 'shared' => 0,
            'completions' => 0, 'skippedcompletions' => 0];
        foreach ($completions as $row) {
            $row = (array) $row;
            $userid = (int) ($row['userid'] ?? 0);
            $catalogid = $this->catalog_id((int) ($row['course'] ?? 0));
            if ($catalogid === null) {
                $counts['skippedcompletions']++;
                continue;
            }
            $completed[$userid][$catalogid] = true;
        }
        $prefs = [];
        foreach ($preferences as $row) {
            $row = (array) $row;
            $prefs[(int) ($row['userid'] ?? 0)][(string) ($row['name'] ?? '')] = (string) ($row['value'] ?? '');
        }

        $learners = [];
        foreach ($users as $user) {
            $user = (array) $user;
            $userid = (int) $user['id'];
            $learner = ['id' => self::LEARNER_PREFIX . $userid];
            $name = self::text($user['name'] ?? null);
            if ($name !== '') {
                $learner['name'] = $name;
            }
            $team = self::text($user['team'] ?? null);
            if ($team !== '') {
                $learner['team'] = $team;
            }
            $rolevalue = trim((string) ($user['role'] ?? ''));
            $role = $this->resolve_role($rolevalue);
            if ($role !== null) {
                $learner['role'] = $role;
            } else {
                $counts[$rolevalue === '' ? 'withoutrole' : 'unknownrole']++;
            }
            $since = self::iso_date($user['rolesince'] ?? null);
            if ($since !== null) {
                $learner['roleSince'] = $since;
            }
            $ids = array_keys($completed[$userid] ?? []);
            sort($ids, SORT_STRING);
            $learner['completed'] = array_map('strval', $ids);
            $counts['completions'] += count($ids);

            $mine = $prefs[$userid] ?? [];
            if (($mine[self::PREF_SHARE] ?? '') === '1') {
                $agenda = $this->decode_shared_agenda($mine[self::PREF_AGENDA] ?? null);
                if ($agenda !== null) {
                    $learner['interests'] = $agenda['interests'];
                    $learner['aspirations'] = $agenda['aspirations'];
                    $counts['shared']++;
                }
            }
            $learners[] = $learner;
            $counts['learners']++;
        }
        return ['learners' => $learners, 'counts' => $counts];
    }
}
