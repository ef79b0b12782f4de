// Loading the .wasm over HTTP: streaming compilation when served as application/wasm, the
// ArrayBuffer fallback otherwise, and a clear SweetspotError on a 404. Memoized per URL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';

import { createEngine, DIST, SweetspotError } from './helpers.mjs';

const wasm = readFileSync(`${DIST}sweetspot-core.wasm`);
const requests = [];
let server;
let base;

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url);
    if (req.url === '/typed/sweetspot-core.wasm') res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    else if (req.url === '/untyped/sweetspot-core.wasm') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(wasm);
    else res.writeHead(404).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const doc = { organization: {}, catalog: { courses: [{ id: 'c', title: 'C', skills: [{ skill: 'x', level: 2 }] }] } };

for (const dir of ['typed', 'untyped']) {
  it(`loads from a server (${dir === 'typed' ? 'application/wasm: streaming' : 'other type: ArrayBuffer fallback'})`, async () => {
    const locateFile = (path, prefix) => {
      assert.equal(path, 'sweetspot-core.wasm');
      assert.equal(typeof prefix, 'string');
      return `${base}/${dir}/${path}`;
    };
    const a = await createEngine({ locateFile });
    const b = await createEngine({ locateFile });
    assert.equal(a._module, b._module, 'one module per URL');
    assert.equal(requests.filter((u) => u.startsWith(`/${dir}/`)).length, 1, 'fetched once');
    a.load(doc);
    assert.equal(a.classify({ id: 'l', interests: [{ skill: 'x', strength: 1 }] }).quadrant('c'), 'gift');
    a.dispose();
    b.dispose();
  });
}

it('a missing .wasm rejects with SweetspotError, and is not cached', async () => {
  const locateFile = () => `${base}/missing/sweetspot-core.wasm`;
  await assert.rejects(createEngine({ locateFile }), (e) => e instanceof SweetspotError && /404/.test(e.message));
  await assert.rejects(createEngine({ locateFile }), SweetspotError);
  assert.equal(requests.filter((u) => u.startsWith('/missing/')).length, 2);
});
