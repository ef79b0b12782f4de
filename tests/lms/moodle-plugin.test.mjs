// The Moodle plugin's conventions, checked without a Moodle (none can be installed here): the files
// Moodle requires, every string the PHP asks for exists in the language file, the external
// functions and the hook callback name classes and methods that exist, Frankenstyle namespaces
// match their paths, and `npm run package:moodle` gives the zip layout Moodle's installer expects.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { packageMoodle } from '../../scripts/package-moodle.mjs';
import { ROOT } from './helpers.mjs';
import { createSkillResolver } from '../../web/src/adapters/common.js';
import { createSkillIndex } from '../../web/src/ui/search.js';
import { createEngine } from '../../web/src/node.js';

const PLUGIN = path.join(ROOT, 'examples/moodle/local_sweetspot');
const read = (rel) => fs.readFileSync(path.join(PLUGIN, rel), 'utf8');

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}
const phpFiles = walk(PLUGIN).filter((f) => f.endsWith('.php'));
// Page modules and the PHP page that passes them their strings (data-strings).
const PAGE_MODULES = [['js/report.js', 'report.php'], ['js/interests.js', 'interests.php'], ['js/agenda.js', 'classes/form/agenda_form.php'],
  ['js/review.js', 'review.php']];

/** The keys of lang/en/local_sweetspot.php, read by PHP itself. */
function langKeys() {
  const code = `define('MOODLE_INTERNAL', 1); $string = []; require '${path.join(PLUGIN, 'lang/en/local_sweetspot.php')}'; echo json_encode(array_keys($string));`;
  const r = spawnSync('php', ['-n', '-r', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return new Set(JSON.parse(r.stdout));
}

describe('Moodle plugin files', () => {
  it('has the files Moodle requires, and version.php declares Moodle 4.4+', () => {
    for (const f of ['version.php', 'lang/en/local_sweetspot.php', 'settings.php', 'db/access.php', 'db/hooks.php',
      'db/services.php', 'classes/hook_callbacks.php', 'classes/privacy/provider.php', 'lib.php', 'thirdpartylibs.xml']) {
      assert.ok(fs.existsSync(path.join(PLUGIN, f)), f);
    }
    const v = read('version.php');
    assert.match(v, /\$plugin->component\s*=\s*'local_sweetspot';/);
    assert.match(v, /\$plugin->requires\s*=\s*2024042200;/);
    assert.match(v, /\$plugin->supported\s*=\s*\[404, 405\];/);
    // The report's capability and external functions are installed by an upgrade: the version moved.
    assert.ok(Number(/\$plugin->version\s*=\s*(\d{10});/.exec(v)?.[1]) >= 2026112400, 'version bumped for local/sweetspot:viewreport');
  });

  it('the entry points: the learner page and the admin pages, each checking its capability', () => {
    const pages = phpFiles.map((f) => path.relative(PLUGIN, f)).filter((rel) => !rel.includes(path.sep)
      && /require_once\(__DIR__ \. '\/\.\.\/\.\.\/config\.php'\)/.test(fs.readFileSync(path.join(PLUGIN, rel), 'utf8'))).sort();
    // static.php too: the plugin's static files (public code, like lib/javascript.php; no login, no
    // capability; tests/lms/moodle-static.test.mjs).
    assert.deepEqual(pages, ['agenda.php', 'import.php', 'interests.php', 'report.php', 'review.php', 'static.php']);
    assert.match(read('static.php'), /define\('ABORT_AFTER_CONFIG', true\);\nrequire_once\(__DIR__ \. '\/\.\.\/\.\.\/config\.php'\);/);
    const settings = read('settings.php');
    const expected = { 'agenda.php': ['local_sweetspot_agenda', 'local/sweetspot:manage', 'local_sweetspot_category'],
      'review.php': ['local_sweetspot_review', 'local/sweetspot:manage', 'local_sweetspot_category'],
      'import.php': ['local_sweetspot_import', 'moodle/site:config', 'local_sweetspot_category'],
      'report.php': ['local_sweetspot_report', 'local/sweetspot:viewreport', 'reports'] };
    for (const [page, [name, capability, parent]] of Object.entries(expected)) {
      assert.match(read(page), new RegExp(`admin_externalpage_setup\\('${name}'\\);`), page);
      const registered = new RegExp(`\\$ADMIN->add\\('${parent}', new admin_externalpage\\('${name}',[\\s\\S]*?'/local/sweetspot/${page}'\\), '${capability}'\\)\\);`);
      assert.match(settings, registered, `${page}: under ${parent}, needs ${capability}`);
    }
    assert.match(read('report.php'), /require_capability\('local\/sweetspot:viewreport', \$context\);/);
    assert.match(read('report.php'), /html_writer::tag\('sweetspot-audit', ''/);
    assert.match(read('interests.php'), /require_capability\('local\/sweetspot:view', \$context\);/);
    const access = read('db/access.php');
    assert.match(access, /'local\/sweetspot:viewreport' => \[\s*'riskbitmask' => RISK_PERSONAL,\s*'captype' => 'read',\s*'contextlevel' => CONTEXT_SYSTEM,\s*'archetypes' => \[\s*'manager' => CAP_ALLOW,/);
  });

  it('every PHP file is a guarded script, a namespaced class of its path, or a page that loads config.php', () => {
    for (const f of phpFiles) {
      const rel = path.relative(PLUGIN, f).split(path.sep).join('/');
      const text = fs.readFileSync(f, 'utf8');
      assert.match(text, /^<\?php\n\/\/ This file is part of Moodle/, `${rel}: Moodle's boilerplate`);
      assert.match(text, /@package\s+local_sweetspot/, `${rel}: @package`);
      if (rel.startsWith('classes/')) {
        const ns = /^namespace ([\w\\]+);/m.exec(text)?.[1];
        const expected = ['local_sweetspot', ...path.dirname(rel).split('/').slice(1)].join('\\');
        assert.equal(ns, expected, `${rel}: namespace`);
        const cls = /^class (\w+)/m.exec(text)?.[1];
        assert.equal(cls, path.basename(rel, '.php'), `${rel}: class name`);
      } else if (/require_once\(__DIR__ \. '\/\.\.\/\.\.\/config\.php'\)/.test(text)) {
        // An entry point (agenda.php, review.php, interests.php).
      } else {
        assert.match(text, /defined\('MOODLE_INTERNAL'\) \|\| die\(\);/, `${rel}: MOODLE_INTERNAL`);
      }
    }
  });

  it('every language string the plugin asks for exists', () => {
    const keys = langKeys();
    const wanted = new Set();
    for (const f of phpFiles) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:get_string|lang_string|moodle_exception)\(\s*'([^']+)',\s*'local_sweetspot'/g)) wanted.add(m[1]);
      for (const m of text.matchAll(/moodle_exception\('([^']+)', 'local_sweetspot'/g)) wanted.add(m[1]);
    }
    // Settings: every name and its _desc.
    for (const m of read('settings.php').matchAll(/'local_sweetspot\/(\w+)'/g)) {
      wanted.add(m[1]);
      wanted.add(`${m[1]}_desc`);
    }
    // Capabilities, the privacy metadata, and the strings the page modules ask for: each module's
    // str('key') / counted(str, 'key') must be passed by its PHP page as data-strings, either by a
    // prefix loop (report.php: reportjs_*) or by hook_callbacks::js_strings([...]) lists.
    for (const m of read('db/access.php').matchAll(/'local\/(sweetspot:\w+)'/g)) wanted.add(m[1]);
    for (const m of read('classes/privacy/provider.php').matchAll(/add_user_preference\([^,]+, '([^']+)'\)/g)) wanted.add(m[1]);
    for (const [file, page] of PAGE_MODULES) {
      const php = read(page);
      const passed = new Set();
      for (const m of php.matchAll(/strpos\(\$key, '(\w+)'\) === 0/g)) for (const k of keys) if (k.startsWith(m[1])) passed.add(k);
      for (const m of php.matchAll(/(?:js_strings\(|const JS_STRINGS = |\$strings = )\[([^\]]*)\]/g)) for (const k of m[1].matchAll(/'(\w+)'/g)) passed.add(k[1]);
      const used = [...read(file).matchAll(/\b(?:str\(|counted\(str, )'(\w+)'/g)].map((m) => m[1]);
      assert.ok(used.length > 2, file);
      for (const key of used) {
        assert.ok(passed.has(key), `${file}: ${key} is not passed by ${page}`);
        wanted.add(key);
      }
      for (const key of passed) wanted.add(key);
    }
    wanted.add('pluginname');
    const missing = [...wanted].filter((k) => !keys.has(k));
    assert.deepEqual(missing, []);
    assert.ok(wanted.size > 30);
  });

  it('external functions: ajax-enabled, and each class has execute, execute_parameters, execute_returns', () => {
    const services = read('db/services.php');
    const functions = [...services.matchAll(/'(local_sweetspot_\w+)' => \[\s*'classname' => \\local_sweetspot\\external\\(\w+)::class,[\s\S]*?'ajax' => true,/g)];
    assert.deepEqual(functions.map((m) => m[1]), ['local_sweetspot_get_learner_data', 'local_sweetspot_get_review_courses',
      'local_sweetspot_set_course_skills', 'local_sweetspot_set_rejected_alias', 'local_sweetspot_set_snapshot', 'local_sweetspot_set_taxonomy',
      'local_sweetspot_get_audit_learners',
      'local_sweetspot_set_sharing', 'local_sweetspot_set_private_copy']);
    for (const [, , cls] of functions) {
      const text = read(`classes/external/${cls}.php`);
      assert.match(text, /class \w+ extends external_api/);
      for (const method of ['execute_parameters', 'execute', 'execute_returns']) {
        assert.match(text, new RegExp(`public static function ${method}\\(`), `${cls}::${method}`);
      }
      assert.match(text, /self::validate_context\(\$(system)?context\);/, `${cls}: validates its context`);
      // Replacing the site's taxonomy is a site setting: site:config, as the settings page's upload.
      const capability = cls === 'set_taxonomy' ? /require_capability\('moodle\/site:config', \$context\);/
        : /require_capability\('local\/sweetspot:\w+', \$(system)?context\);/;
      assert.match(text, capability, `${cls}: checks a capability`);
    }
    // The audit's learners: the report's capability, pages of at most 500.
    const learners = read('classes/external/get_audit_learners.php');
    assert.match(learners, /require_capability\('local\/sweetspot:viewreport', \$context\);/);
    assert.match(learners, /\$perpage = min\(audit_learners::MAX_PER_PAGE, max\(1,/);
    assert.match(read('classes/local/audit_learners.php'), /const MAX_PER_PAGE = 500;/);
    // The mapping class makes no Moodle call (it runs under php-cli in moodle-audit-learners.test.mjs).
    assert.doesNotMatch(read('classes/local/audit_learners.php'), /\$DB|\$CFG|get_config|get_string|\\core_|moodle_/);
    // The site's "never suggest from" list: only for :manage; its list class makes no Moodle call
    // outside get()/set() (the suggestions page's browser test runs it under php-cli).
    assert.match(read('classes/external/set_rejected_alias.php'), /require_capability\('local\/sweetspot:manage', \$context\);/);
    const rejected = read('classes/local/rejected_aliases.php');
    const pure = rejected.slice(0, rejected.indexOf('public static function get('));
    assert.doesNotMatch(pure, /\$DB|\$CFG|get_config|set_config|get_string|\\core_|moodle_|mb_/);
    assert.match(read('classes/external/get_review_courses.php'), /'rejectedaliases' => rejected_aliases::get\(\)/);
    // The JS calls exactly these functions.
    const js = walk(path.join(PLUGIN, 'js')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const called = new Set([...js.matchAll(/call\('(local_sweetspot_\w+)'/g)].map((m) => m[1]));
    assert.deepEqual([...called].sort(), functions.map((m) => m[1]).sort());
  });

  it('the page modules put Moodle\'s strings into the page as text, never as HTML or code', () => {
    const banned = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"](on\w+|style)['"]/;
    const modules = walk(path.join(PLUGIN, 'js'));
    assert.ok(modules.some((f) => f.endsWith('report.js')));
    for (const f of modules) assert.doesNotMatch(fs.readFileSync(f, 'utf8'), banned, path.relative(PLUGIN, f));
  });

  it('the hook callback exists, and only My courses and the Dashboard get the module', () => {
    const hooks = read('db/hooks.php');
    assert.match(hooks, /\\core\\hook\\output\\before_standard_head_html_generation::class/);
    const method = /hook_callbacks::class \. '::(\w+)'/.exec(hooks)?.[1];
    const cls = read('classes/hook_callbacks.php');
    assert.match(cls, new RegExp(`public static function ${method}\\(before_standard_head_html_generation \\$hook\\): void`));
    assert.match(cls, /const PAGE_TYPES = \['my-index', 'my-courses'\];/);
    assert.match(cls, /isguestuser\(\)/);
    assert.match(cls, /'type' => 'module'/);
  });

  it('the privacy provider declares, exports and deletes the three preferences', () => {
    const p = read('classes/privacy/provider.php');
    for (const iface of ['metadata\\provider', 'request\\plugin\\provider', 'request\\core_userlist_provider', 'request\\user_preference_provider']) {
      assert.ok(p.includes(`\\core_privacy\\local\\${iface}`), iface);
    }
    for (const method of ['get_metadata(collection $collection): collection', 'export_user_preferences(int $userid)',
      'get_contexts_for_userid(int $userid): contextlist', 'get_users_in_context(userlist $userlist)',
      'export_user_data(approved_contextlist $contextlist)', 'delete_data_for_all_users_in_context(\\context $context)',
      'delete_data_for_user(approved_contextlist $contextlist)', 'delete_data_for_users(approved_userlist $userlist)']) {
      assert.ok(p.includes(`public static function ${method}`), method);
    }
    for (const pref of ['PREF_SHARE', 'PREF_AGENDA', 'PREF_PRIVATE']) {
      assert.match(p, new RegExp(`add_user_preference\\(audit_learners::${pref},`), pref);
      assert.match(p, new RegExp(`audit_learners::${pref} => 'privacy:preference:\\w+'`), pref);
    }
    assert.match(p, /get_user_preferences\(\$name, null, \$userid\)/);
    assert.match(p, /writer::export_user_preference\('local_sweetspot', \$name,/);
    assert.match(p, /unset_user_preference\(\$name, \$userid\)/);
    // The names are those the report reads, set_sharing and set_private_copy write.
    const names = read('classes/local/audit_learners.php');
    assert.match(names, /const PREF_SHARE = 'local_sweetspot_share';/);
    assert.match(names, /const PREF_AGENDA = 'local_sweetspot_sharedagenda';/);
    assert.match(names, /const PREF_PRIVATE = 'local_sweetspot_privateagenda';/);
    assert.doesNotMatch(p, /null_provider/);
    // Only the learner reads the private copy: no report or other external function does.
    for (const f of walk(path.join(PLUGIN, 'classes'))) {
      if (!/PREF_PRIVATE/.test(fs.readFileSync(f, 'utf8'))) continue;
      assert.ok(/(get_learner_data|set_private_copy|audit_learners|provider)\.php$/.test(f), `${f} reads the private copy`);
    }
    assert.doesNotMatch(read('classes/external/get_audit_learners.php'), /PREF_PRIVATE|privateagenda/);
    assert.doesNotMatch(read('classes/external/get_learner_data.php'), /get_user_preferences\(audit_learners::PREF_PRIVATE, null, \$/, 'only the current user\'s');
  });
});

describe('npm run package:moodle', () => {
  let out;
  let result;
  before(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'sweetspot-moodle-'));
    result = packageMoodle({ outDir: out });
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('zips one top-level folder "sweetspot/" with the plugin and the engine', () => {
    const r = spawnSync('unzip', ['-Z1', result.zipPath], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const names = r.stdout.trim().split('\n');
    assert.ok(names.every((n) => n.startsWith('sweetspot/')), 'one top folder');
    for (const f of ['version.php', 'db/hooks.php', 'js/mycourses.js', 'report.php', 'js/report.js',
      'classes/local/audit_learners.php', 'classes/external/get_audit_learners.php', 'classes/external/set_sharing.php',
      'engine/src/index.js', 'engine/src/ui.js', 'engine/src/ui/audit.js',
      'js/adapter.js', 'engine/src/agenda-form.js', 'engine/dist/sweetspot-core.js', 'engine/dist/sweetspot-core.wasm',
      'styles.css', 'engine/SOURCE.md', 'engine/source/LICENSE', 'engine/source/CMakeLists.txt', 'engine/source/core/src/engine.cpp',
      'engine/source/wasm/bindings.cpp', 'engine/source/wasm/CMakeLists.txt', 'taxonomy/default.json', 'taxonomy/ATTRIBUTION.md',
      // The learner module, which loads the site's catalog snapshot on learner pages.
      'engine/src/learner.js', 'engine/src/learner-loader.js', 'engine/dist/sweetspot-learner.js', 'engine/dist/sweetspot-learner.wasm',
      // My courses' start-up in one module (scripts/bundle-moodle.mjs), and its source.
      'js/mycourses.bundle.js', 'js/learner-start.js',
      'js/snapshot.js', 'classes/external/set_snapshot.php',
      // The framework import page and the import module it loads.
      'import.php', 'js/import.js', 'classes/external/set_taxonomy.php', 'engine/src/importer.js',
      'engine/dist/sweetspot-import.js', 'engine/dist/sweetspot-import.wasm',
      // The static files' revisioned URLs (static.php/<engine/REVISION>/…).
      'static.php', 'classes/local/static_files.php', 'engine/REVISION']) {
      assert.ok(names.includes(`sweetspot/${f}`), f);
    }
    assert.match(fs.readFileSync(path.join(result.stageDir, 'engine/src/learner-loader.js'), 'utf8'), /from '\.\.\/dist\/sweetspot-learner\.js'/);
    // The staged mycourses.js imports the bundle; the bundle imports only the full module and the
    // import glue, by their own files.
    assert.match(fs.readFileSync(path.join(result.stageDir, 'js/mycourses.js'), 'utf8'), /import\('\.\/mycourses\.bundle\.js'\)/);
    const bundle = fs.readFileSync(path.join(result.stageDir, 'js/mycourses.bundle.js'), 'utf8');
    assert.deepEqual([...bundle.matchAll(/\bimport\s*\(\s*[`'"]([^`'"]+)/g)].map((m) => m[1]).sort(),
      ['../engine/dist/sweetspot-import.js', '../engine/src/index.js']);
    assert.ok(!/(^|;)\s*import\s*([{*"'`]|[\w$]+\s*from)/m.test(bundle), 'no static import');
    // The snapshot: a revision in its URL, kept by browsers for a year; only when up to date.
    const lib = fs.readFileSync(path.join(result.stageDir, 'lib.php'), 'utf8');
    assert.match(lib, /send_stored_file\(\$file, YEARSECS, 0, \$forcedownload, \['immutable' => true\] \+ \$options\)/);
    assert.match(lib, /\$filearea === 'snapshot' && \$revision !== \(string\) get_config\('local_sweetspot', 'snapshotrevision'\)/);
    assert.ok(!names.some((n) => n.endsWith('.mjs') || n.endsWith('/node.js') || n.endsWith('.d.ts')), 'no .mjs, no Node-only files');
    assert.ok(!names.some((n) => n.includes('/vendor/')), 'no vendor/ (web servers often deny it)');
    assert.match(path.basename(result.zipPath), /^local_sweetspot-\d+\.\d+\.\d+\.zip$/);
  });

  it('ships a default taxonomy an admin can use as it is: valid for the engine, attributed, and "Spanish" finds the language skill', async () => {
    const taxonomy = JSON.parse(fs.readFileSync(path.join(result.stageDir, 'taxonomy/default.json'), 'utf8'));
    assert.ok(taxonomy.skills.length > 300, `${taxonomy.skills.length} skills`);
    const engine = await createEngine();
    try {
      const checked = engine.validate({ taxonomy });
      assert.equal(checked.valid, true, JSON.stringify(checked.error));
    } finally {
      engine.dispose();
    }
    const index = createSkillIndex(taxonomy);
    assert.deepEqual(index.search('Spanish').map((m) => m.id), ['esco-speak-different-languages']);
    assert.equal(createSkillResolver(taxonomy).resolve('spanish'), 'esco-speak-different-languages');
    const attribution = fs.readFileSync(path.join(result.stageDir, 'taxonomy/ATTRIBUTION.md'), 'utf8');
    assert.match(attribution, /This service uses the ESCO classification of the European Commission\./);
    assert.match(attribution, /CC BY 4\.0/);
    assert.match(attribution, /has not endorsed/);
    // The PHP side falls back to it when no taxonomy was uploaded.
    assert.match(read('classes/local/course_data.php'), /static_url\('taxonomy\/default\.json'\)/);
  });

  it('ships the C++ source of the .wasm, every file of it, and says which commit it is', () => {
    const stagedSource = path.join(result.stageDir, 'engine/source');
    for (const rel of ['core/src', 'core/include', 'wasm']) {
      const mine = walk(path.join(ROOT, rel)).map((f) => path.relative(ROOT, f)).sort();
      const shipped = walk(path.join(stagedSource, rel)).map((f) => path.relative(stagedSource, f)).sort();
      assert.deepEqual(shipped, mine, rel);
    }
    const note = fs.readFileSync(path.join(result.stageDir, 'engine/SOURCE.md'), 'utf8');
    assert.match(note, /at commit `[0-9a-f]{40}(-dirty)?`/);
    assert.match(note, /emcmake cmake/);
  });

  it('the packaged loader imports the renamed glue, and every relative import resolves', () => {
    const loader = fs.readFileSync(path.join(result.stageDir, 'engine/src/loader.js'), 'utf8');
    assert.match(loader, /from '\.\.\/dist\/sweetspot-core\.js'/);
    const missing = [];
    for (const f of walk(result.stageDir).filter((x) => x.endsWith('.js'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
        if (!fs.existsSync(path.resolve(path.dirname(f), m[1]))) missing.push(`${path.relative(result.stageDir, f)} -> ${m[1]}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('js/mycourses.js', () => {
  it('imports nothing up front, and finds the cards by the adapter\'s own selector', async () => {
    const { MOODLE_CARD_SELECTOR } = await import('../../examples/moodle/adapter.js');
    const text = fs.readFileSync(path.join(ROOT, 'examples/moodle/local_sweetspot/js/mycourses.js'), 'utf8');
    assert.doesNotMatch(text, /^\s*import\s/m, 'a static import would hold up the page (module scripts run before DOMContentLoaded)');
    assert.equal(text.match(/const CARD_SELECTOR = '([^']+)';/)?.[1], MOODLE_CARD_SELECTOR);
  });
});
