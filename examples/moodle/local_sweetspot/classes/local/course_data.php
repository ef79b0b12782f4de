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
 * Reads what the JavaScript side maps onto the catalog: course skills field values, course tags, completions, the taxonomy file, the settings.
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_sweetspot\local;

/**
 * Course and site data for the external functions. Thin on purpose: the mapping of these raw
 * values onto Sweetspot's catalog (tokens, tags, ids) is done in JavaScript (web/src/adapters).
 *
 * @package    local_sweetspot
 * @copyright  2026 Sweetspot contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class course_data {
    /** @var int The agenda's size limit in bytes. */
    const AGENDA_MAX_BYTES = 1048576;

    /**
     * The course skills custom field, or null when the configured short name names none.
     *
     * @return \core_customfield\field_controller|null
     */
    public static function skills_field(): ?\core_customfield\field_controller {
        $shortname = (string) get_config('local_sweetspot', 'skillsfield');
        if ($shortname === '') {
            return null;
        }
        $handler = \core_course\customfield\course_handler::create();
        foreach ($handler->get_fields() as $field) {
            if ($field->get('shortname') === $shortname) {
                return $field;
            }
        }
        return null;
    }

    /**
     * The raw value of the skills field for each course, whoever may see the field: the tags a
     * learner is shown are computed from it, so it is read here rather than through core's
     * visibility-filtered web services.
     *
     * @param int[] $courseids
     * @return string[] course id => raw value ('' when unset)
     */
    public static function skills_values(array $courseids): array {
        $out = array_fill_keys($courseids, '');
        $field = self::skills_field();
        if (!$field || !$courseids) {
            return $out;
        }
        $fieldid = $field->get('id');
        $handler = \core_course\customfield\course_handler::create();
        foreach ($handler->get_instances_data($courseids, true) as $courseid => $fields) {
            if (isset($fields[$fieldid])) {
                $value = $fields[$fieldid]->get_value();
                $out[$courseid] = is_scalar($value) ? (string) $value : '';
            }
        }
        return $out;
    }

    /**
     * Course tags (raw names) of each course, when tags count as skills.
     *
     * @param int[] $courseids
     * @return array course id => string[]
     */
    public static function tags(array $courseids): array {
        $out = array_fill_keys($courseids, []);
        if (!get_config('local_sweetspot', 'usetags') || !\core_tag_tag::is_enabled('core', 'course')) {
            return $out;
        }
        foreach ($courseids as $courseid) {
            $names = \core_tag_tag::get_item_tags_array('core', 'course', $courseid,
                \core_tag_tag::BOTH_STANDARD_AND_NOT, 0, false);
            $out[$courseid] = array_values(array_map('strval', $names));
        }
        return $out;
    }

    /**
     * The courses a user has completed (course completion), as a set.
     *
     * @param int $userid
     * @return array course id => true
     */
    public static function completed(int $userid): array {
        global $DB;
        $ids = $DB->get_fieldset_select('course_completions', 'course',
            'userid = :userid AND timecompleted IS NOT NULL', ['userid' => $userid]);
        return array_fill_keys(array_map('intval', $ids), true);
    }

    /**
     * The URL of the taxonomy: the uploaded one (pluginfile; its modification time is the URL's
     * revision, so browsers may cache it), else the bundled default (taxonomy/default.json: an ESCO
     * subset, CC BY 4.0, attributed in taxonomy/ATTRIBUTION.md), under the packaged files' revision
     * (static.php). The snapshot's source hash includes this URL: a new engine gives a new snapshot.
     *
     * @return string
     */
    public static function taxonomy_url(): string {
        $file = self::taxonomy_file();
        if (!$file) {
            return \local_sweetspot\hook_callbacks::static_url('taxonomy/default.json');
        }
        return \moodle_url::make_pluginfile_url(\context_system::instance()->id, 'local_sweetspot', 'taxonomy',
            $file->get_timemodified(), '/', $file->get_filename())->out(false);
    }

    /**
     * Whether the site uses the bundled default taxonomy (no taxonomy was uploaded).
     *
     * @return bool
     */
    public static function default_taxonomy(): bool {
        return self::taxonomy_file() === null;
    }

    /**
     * The uploaded taxonomy file.
     *
     * @return \stored_file|null
     */
    public static function taxonomy_file(): ?\stored_file {
        $fs = get_file_storage();
        $files = $fs->get_area_files(\context_system::instance()->id, 'local_sweetspot', 'taxonomy', 0,
            'timemodified DESC', false);
        return $files ? reset($files) : null;
    }

    /**
     * The stored growth agenda (JSON text of the organization document), '' when none.
     *
     * @return string
     */
    public static function agenda(): string {
        return (string) get_config('local_sweetspot', 'agenda');
    }

    /**
     * Checks an agenda before it is stored. Only the JSON syntax and the top-level shape are checked
     * here; the agenda page validates the content with the engine in the browser before it submits.
     *
     * @param string $json
     * @return string|null an error message, or null when it may be stored
     */
    public static function check_agenda(string $json): ?string {
        $json = trim($json);
        if (strlen($json) > self::AGENDA_MAX_BYTES) {
            return get_string('agendatoolarge', 'local_sweetspot');
        }
        if ($json === '') {
            return null;
        }
        try {
            $value = json_decode($json, false, 64, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return get_string('agendainvalid', 'local_sweetspot', $e->getMessage());
        }
        if (!is_object($value)) {
            return get_string('agendainvalid', 'local_sweetspot', gettype($value));
        }
        return null;
    }

    /**
     * Stores the growth agenda (an empty text removes it).
     *
     * @param string $json checked with check_agenda()
     */
    public static function save_agenda(string $json): void {
        $json = trim($json);
        if ($json === '') {
            unset_config('agenda', 'local_sweetspot');
        } else {
            set_config('agenda', $json, 'local_sweetspot');
        }
    }

    /**
     * The settings the JavaScript side needs.
     *
     * @return array
     */
    public static function settings(): array {
        $level = (int) get_config('local_sweetspot', 'defaultlevel');
        return [
            'idscheme' => get_config('local_sweetspot', 'idscheme') === 'idnumber' ? 'idnumber' : 'id',
            'defaultlevel' => ($level >= 1 && $level <= 5) ? $level : 2,
            'usetags' => (bool) get_config('local_sweetspot', 'usetags'),
            'skillsfield' => (string) get_config('local_sweetspot', 'skillsfield'),
            'interestsurl' => (new \moodle_url('/local/sweetspot/interests.php'))->out(false),
        ];
    }

    /** @var string The snapshot's file name in the plugin's file area "snapshot". */
    const SNAPSHOT_FILE = 'catalog.sscat';
    /** @var int The largest snapshot accepted (bytes). */
    const SNAPSHOT_MAX_BYTES = 64 * 1024 * 1024;

    /**
     * What the site's catalog snapshot is built from, as one short hash: the agenda, the taxonomy
     * (its URL carries its revision), the mapping settings, the plugin version and the packaged
     * files' revision (a new engine reads only its own snapshot format; its writer may write other
     * bytes), and the count and latest change of the courses, of the course skills field's values
     * and of the course tags. Three aggregate queries, so learner pages can
     * ask it on every visit: when it differs from the stored snapshot's, learners load the catalog
     * as JSON until someone who manages Sweetspot opens a Sweetspot page, which builds it again.
     *
     * @return string
     */
    public static function snapshot_source(): string {
        global $DB;
        $courses = $DB->get_record_sql('SELECT COUNT(id) AS n, MAX(timemodified) AS t FROM {course} WHERE id <> :siteid',
            ['siteid' => SITEID]);
        $field = self::skills_field();
        $values = $field ? $DB->get_record_sql('SELECT COUNT(id) AS n, MAX(timemodified) AS t FROM {customfield_data} WHERE fieldid = :fieldid',
            ['fieldid' => $field->get('id')]) : null;
        $tags = $DB->get_record_sql("SELECT COUNT(id) AS n, MAX(timemodified) AS t FROM {tag_instance}
            WHERE component = :component AND itemtype = :itemtype", ['component' => 'core', 'itemtype' => 'course']);
        $parts = [self::agenda(), self::taxonomy_url(), self::settings(), (string) get_config('local_sweetspot', 'version'),
            static_files::revision(),
            [(int) $courses->n, (int) $courses->t], $values ? [(int) $values->n, (int) $values->t] : null,
            [(int) $tags->n, (int) $tags->t]];
        return substr(sha1(json_encode($parts)), 0, 20);
    }

    /**
     * The URL of the stored catalog snapshot when it is up to date, else ''. The URL holds the
     * snapshot's content hash, so browsers may keep it for a year (lib.php serves it so).
     *
     * @return string
     */
    public static function snapshot_url(): string {
        $revision = (string) get_config('local_sweetspot', 'snapshotrevision');
        if ($revision === '' || (string) get_config('local_sweetspot', 'snapshotsource') !== self::snapshot_source()) {
            return '';
        }
        return \moodle_url::make_pluginfile_url(\context_system::instance()->id, 'local_sweetspot', 'snapshot',
            null, '/' . $revision . '/', self::SNAPSHOT_FILE)->out(false);
    }

    /**
     * Stores a snapshot built in a manager's browser from the courses as they were at `$source`.
     *
     * @param string $bytes the snapshot (`sweetspot compile`'s format; checked by its magic here and
     *     fully by the engine of every browser that loads it)
     * @param string $source snapshot_source() as the browser was given it with the courses
     * @return string the snapshot's revision
     */
    public static function store_snapshot(string $bytes, string $source): string {
        $revision = substr(sha1($bytes), 0, 20);
        $context = \context_system::instance();
        $fs = get_file_storage();
        $fs->delete_area_files($context->id, 'local_sweetspot', 'snapshot');
        $fs->create_file_from_string(['contextid' => $context->id, 'component' => 'local_sweetspot', 'filearea' => 'snapshot',
            'itemid' => 0, 'filepath' => '/', 'filename' => self::SNAPSHOT_FILE], $bytes);
        set_config('snapshotrevision', $revision, 'local_sweetspot');
        set_config('snapshotsource', $source, 'local_sweetspot');
        return $revision;
    }
}
