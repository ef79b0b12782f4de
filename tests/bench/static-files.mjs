// The benchmarks' pages load the package from disk over HTTP: one file server for all of them.
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };

/**
 * Answers `res` with the file `pathname` names under one of `roots` ({'/prefix/': dir}); false when
 * no root has it (the caller answers 404). Paths that climb out of their root are refused.
 * `headers` are added to the answer (e.g. cache-control, for a benchmark of repeat visits).
 */
export function serveStaticFile(res, pathname, roots, headers = {}) {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
    fs.createReadStream(file).pipe(res);
    return true;
  }
  return false;
}
