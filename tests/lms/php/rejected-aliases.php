<?php
// Runs local_sweetspot\local\rejected_aliases — the site's "never suggest from this alias" list —
// with php-cli alone (no Moodle), for the suggestions page's browser test and moodle-plugin.test.mjs.
// Reads JSON from standard input: {"stored": "<setting value>"|null, "ops": [{"op": "with"|"without",
// "term": "...", "skill": "..."}]} and prints {"list": [...], "stored": "<new setting value>"}.

require __DIR__ . '/../../../examples/moodle/local_sweetspot/classes/local/rejected_aliases.php';

use local_sweetspot\local\rejected_aliases;

$input = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$list = rejected_aliases::decode($input['stored'] ?? null);
foreach ($input['ops'] ?? [] as $op) {
    $list = $op['op'] === 'with' ? rejected_aliases::with($list, $op['term'], $op['skill'] ?? '')
        : rejected_aliases::without($list, $op['term'], $op['skill'] ?? '');
}
$stored = rejected_aliases::encode($list);
echo json_encode(['list' => $list, 'stored' => $stored], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
