// Static checks on the UI's sources and the demo page: no HTML parsing of strings, no inline
// script, style or event handler (the strict CSP would block them, and they are how injection
// starts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/serve.mjs';

function files(dir, ext) {
  const out = [];
  for (const e of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'data') out.push(...files(rel, ext)); } else if (ext.test(e.name)) out.push(rel);
  }
  return out;
}

test('the UI and the demo never parse strings as HTML or code', () => {
  const sources = [
    'web/src/ui.js', ...files('web/src/dom', /\.js$/), ...files('web/src/ui', /\.js$/), ...files('web/src/i18n', /\.js$/),
    ...files('examples/intranet', /\.js$/), ...files('tests/browser/fixtures', /\.js$/),
  ];
  assert.ok(sources.length >= 15, String(sources.length));
  const banned = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"](on\w+|style)['"]/;
  for (const f of sources) {
    const text = fs.readFileSync(path.join(repoRoot, f), 'utf8');
    assert.doesNotMatch(text, banned, f);
  }
});

test('the demo page has no inline script, style or event handler', () => {
  for (const f of ['examples/intranet/index.html', 'tests/browser/fixtures/fixture.html']) {
    const html = fs.readFileSync(path.join(repoRoot, f), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      assert.match(m[1], /\bsrc=/, `${f}: every script has a src`);
      assert.equal(m[2].trim(), '', `${f}: no inline script`);
    }
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=|javascript:/i, f);
  }
});
