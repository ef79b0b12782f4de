<?php
// Runs local_sweetspot\local\audit_learners — the plugin's pure mapping of Moodle rows onto learner
// documents — with php-cli alone (no Moodle), for tests/lms/moodle-audit-learners.test.mjs and the
// report's browser test. Reads JSON from standard input: a list of calls, each one of
//   {"op": "learners", "organization": "<agenda JSON text>", "courses": {"<id>": "<idnumber>"},
//    "idscheme": "id"|"idnumber", "users": [...], "completions": [...], "preferences": [...]}
//   {"op": "encode", "agenda": "<JSON text the browser sends>"}
//   {"op": "fold", "text": "..."}
//   {"op": "encode-private", "agenda": "<JSON text>", "updated": <ms>}   (the private copy)
//   {"op": "decode-private", "stored": "<preference value>"}
//   {"op": "entries", "stored": "<preference value>"|null}             (size of a stored copy)
// and prints the list of results as JSON.

require __DIR__ . '/../../../examples/moodle/local_sweetspot/classes/local/audit_learners.php';

use local_sweetspot\local\audit_learners;

$calls = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$out = [];
foreach ($calls as $call) {
    switch ($call['op']) {
        case 'learners':
            $mapper = new audit_learners(audit_learners::organization_from_json($call['organization'] ?? ''),
                $call['courses'] ?? [], $call['idscheme'] ?? 'id');
            $out[] = $mapper->learners($call['users'] ?? [], $call['completions'] ?? [], $call['preferences'] ?? []);
            break;
        case 'encode':
            $out[] = audit_learners::encode_shared_agenda($call['agenda']);
            break;
        case 'encode-private':
            $out[] = audit_learners::encode_private_agenda($call['agenda'], (int) $call['updated']);
            break;
        case 'decode-private':
            $out[] = audit_learners::decode_private_agenda($call['stored']);
            break;
        case 'entries':
            $out[] = audit_learners::entries($call['stored'] ?? null);
            break;
        case 'fold':
            $out[] = audit_learners::fold($call['text']);
            break;
        default:
            fwrite(STDERR, "unknown op {$call['op']}\n");
            exit(2);
    }
}
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
