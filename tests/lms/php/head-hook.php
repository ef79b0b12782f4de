<?php
// Runs local_sweetspot\hook_callbacks::before_standard_head_html_generation — what the plugin adds
// to a page's head — with php-cli alone, for tests/lms/moodle-static.test.mjs. Moodle's side is a
// stand-in built from the input: the page type, the blocks on the page, the user, the settings, and
// course_data::snapshot_url() (the stored snapshot's URL when it is up to date: database queries).
// argv[1]: the (packaged) plugin's folder. Standard input, JSON: {"pagetype": "my-courses",
// "blocks": ["myoverview"], "courses": 1, "snapshoturl": "...", "loggedin": true, "guest": false,
// "capability": true, "enabled": true, "wwwroot": "http://...", "slasharguments": true}.
// Prints the HTML the hook adds.

namespace core\hook\output {
    /** Moodle's hook: collects HTML for the head. */
    class before_standard_head_html_generation {
        /** @var string */
        public $html = '';
        /** @param string $html */
        public function add_html(string $html): void {
            $this->html .= $html;
        }
    }
}

namespace local_sweetspot\local {
    /** The one database-backed answer the hook asks for. */
    class course_data {
        /** @return string */
        public static function snapshot_url(): string {
            return $GLOBALS['INPUT']['snapshoturl'] ?? '';
        }
    }
}

namespace {
    $INPUT = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
    $CFG = (object) ['wwwroot' => $INPUT['wwwroot'] ?? 'http://127.0.0.1', 'slasharguments' => $INPUT['slasharguments'] ?? true];
    $PAGE = (object) ['pagetype' => $INPUT['pagetype'], 'blocks' => new class {
        /** @param string $name */
        public function is_block_present($name) {
            return in_array($name, $GLOBALS['INPUT']['blocks'] ?? [], true);
        }
    }];

    /** As lib/outputcomponents.php's, for the tags the hook writes. */
    class html_writer {
        private static function attributes(array $attributes): string {
            $text = '';
            foreach ($attributes as $name => $value) {
                $text .= ' ' . $name . '="' . htmlspecialchars((string) $value, ENT_COMPAT) . '"';
            }
            return $text;
        }
        public static function tag($tag, $contents, array $attributes = []) {
            return '<' . $tag . self::attributes($attributes) . '>' . $contents . '</' . $tag . '>';
        }
        public static function empty_tag($tag, array $attributes = []) {
            return '<' . $tag . self::attributes($attributes) . ' />';
        }
    }
    class context_system {
        public static function instance() {
            return new self();
        }
    }
    function during_initial_install() {
        return false;
    }
    function get_config($plugin, $name) {
        return ($GLOBALS['INPUT']['enabled'] ?? true) ? '1' : '0';
    }
    function isloggedin() {
        return $GLOBALS['INPUT']['loggedin'] ?? true;
    }
    function isguestuser() {
        return $GLOBALS['INPUT']['guest'] ?? false;
    }
    function has_capability($capability, $context) {
        return $capability === 'local/sweetspot:view' && ($GLOBALS['INPUT']['capability'] ?? true);
    }
    function enrol_get_my_courses($fields = null, $sort = null, $limit = 0) {
        return array_slice(array_fill(0, $GLOBALS['INPUT']['courses'] ?? 1, (object) ['id' => 2]), 0, $limit ?: null);
    }

    require $argv[1] . '/classes/local/static_files.php';
    require $argv[1] . '/classes/hook_callbacks.php';
    $hook = new core\hook\output\before_standard_head_html_generation();
    local_sweetspot\hook_callbacks::before_standard_head_html_generation($hook);
    echo $hook->html;
}
