// The static server behind `npm start` and this suite: MIME types, the CSP header on every answer,
// no way out of its roots, and `npm start`'s script printing its URL and stopping on Ctrl-C.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { serve, CSP, repoRoot } from '../../scripts/serve.mjs';
import http from 'node:http';

let server;
before(async () => { server = await serve({ port: 0 }); });
after(async () => { await server?.close(); });

// Raw requests, so that the path is sent exactly as written (no client-side normalization).
function get(pathname, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the portal, the package and the wasm with the right types and the strict CSP', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const cases = [
    ['/', 'text/html; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/styles.css', 'text/css; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/data/catalog.json', 'application/json; charset=utf-8'],
    ['/web/src/ui.js', 'text/javascript; charset=utf-8'],
    ['/web/dist/sweetspot-core.mjs', 'text/javascript; charset=utf-8'],
    ['/web/dist/sweetspot-core.wasm', 'application/wasm'],
  ];
  for (const [p, type] of cases) {
    const r = await get(p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['content-type'], type, p);
    assert.equal(r.headers['content-security-policy'], CSP, p);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', p);
  }
  const wasm = await get('/web/dist/sweetspot-core.wasm');
  assert.deepEqual([...wasm.body.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  const head = await get('/', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});

test('nothing outside the allowed roots, however the path is spelled', async () => {
  const attempts = [
    '/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2E%2E%2Fpackage.json',
    '/web/dist/../../package.json', '/web/dist/..%2f..%2fpackage.json', '/web/src/%2e%2e/%2e%2e/scripts/serve.mjs',
    '/data/..%5c..%5cpackage.json', '/..\\package.json', '/%00', '/data/%c0%ae%c0%ae/package.json',
    '/web/package.json', '/web/index.d.ts', '/scripts/serve.mjs', '/.git/config', '/web/src/.hidden',
    '/data/', '/web/', '/%', '//etc/passwd',
  ];
  for (const p of attempts) {
    const r = await get(p);
    assert.equal(r.status, 404, `${p} -> ${r.status}`);
    assert.equal(r.headers['content-security-policy'], CSP);
  }
  assert.equal((await get('/', 'POST')).status, 405);
  assert.equal((await get('/', 'DELETE')).status, 405);
});

test('npm start\'s script prints its URL, serves, and stops on Ctrl-C', async () => {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/start.mjs')], {
    env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) { clearTimeout(timer); resolve(m[0]); }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const r = await fetch(url);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-security-policy'), CSP);
    const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGINT');
    assert.deepEqual(await exit, { code: 0, signal: null });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
