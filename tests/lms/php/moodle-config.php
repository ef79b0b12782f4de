<?php
// A stand-in for a Moodle site's config.php, for tests/lms/moodle-static.test.mjs only: what
// config.php and lib/setup.php give a script that defines ABORT_AFTER_CONFIG (as lib/javascript.php
// and local/sweetspot/static.php do): $CFG, MOODLE_INTERNAL and lib/configonlylib.php's
// min_get_slash_argument() for a server that sets PATH_INFO. Anything else is refused.
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dirroot = __DIR__;
define('MOODLE_INTERNAL', true);
if (!defined('ABORT_AFTER_CONFIG')) {
    http_response_code(500);
    die('This stand-in runs only scripts that stop after config.php.');
}

/**
 * The slash argument of the request ("/rev/js/x.js" of static.php/rev/js/x.js).
 *
 * @return string
 */
function min_get_slash_argument() {
    $path = $_SERVER['PATH_INFO'] ?? '';
    return preg_match('|^.+\.php(.*)$|i', $path, $m) ? $m[1] : $path;
}
