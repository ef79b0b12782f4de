// npm start: serves the demo intranet portal (examples/intranet/) and the JS package (web/) on
// 127.0.0.1 and prints the URL. The npm script runs bootstrap and build first; this builds the
// WebAssembly module only if it is still missing (e.g. when run directly with `node`).
// PORT picks the port; by default 8080, or a free one when 8080 is taken. Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve, repoRoot } from './serve.mjs';

const distReady = () => fs.existsSync(path.join(repoRoot, 'web/dist')) &&
  fs.readdirSync(path.join(repoRoot, 'web/dist')).some((f) => f.endsWith('.wasm'));

if (!distReady()) {
  console.log('sweetspot: building the WebAssembly module (web/dist is missing)…');
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/build.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !distReady()) {
    console.error('sweetspot: the build did not produce web/dist; run `npm run build` and look at its output.');
    process.exit(1);
  }
}

async function start() {
  const log = process.env.SWEETSPOT_LOG ? (m) => console.log(m) : false;
  if (process.env.PORT !== undefined && process.env.PORT !== '') {
    return serve({ port: Number(process.env.PORT), log });
  }
  try {
    return await serve({ port: 8080, log });
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    return serve({ port: 0, log });
  }
}

let server;
try {
  server = await start();
} catch (err) {
  console.error(`sweetspot: cannot start the server: ${err.message}`);
  process.exit(1);
}
console.log(`Sweetspot demo portal: ${server.url}`);
console.log('Serving examples/intranet/ and web/ on 127.0.0.1 only. Press Ctrl-C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) process.exit(130);
    stopping = true;
    await server.close();
    console.log('\nsweetspot: stopped.');
    process.exit(0);
  });
}
