// A small static file server for the demo portal and the browser tests. Serves only the files under
// a few allowed roots, on 127.0.0.1, with a strict Content-Security-Policy. No directory listings,
// no traversal outside a root (checked after decoding and after resolving symlinks), GET and HEAD
// only. Usage:
//
//   import { serve } from './serve.mjs';
//   const server = await serve({ port: 0 });   // 0: an ephemeral port
//   console.log(server.url);
//   await server.close();
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'";

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// URL prefix -> folder (relative to the repository). The demo portal is the site root; the package
// is served under /web/ (only the folders a browser needs).
export const DEFAULT_ROOTS = {
  '/': 'examples/intranet',
  '/web/dist/': 'web/dist',
  '/web/src/': 'web/src',
  '/web/styles/': 'web/styles',
};

function normalizeRoots(roots) {
  return Object.entries(roots)
    .map(([prefix, dir]) => {
      if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`serve: root prefix must start and end with "/": ${prefix}`);
      return { prefix, dir: path.resolve(repoRoot, dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length); // longest prefix first
}

// Maps a request path onto a file inside one of the roots, or returns null.
export function resolveRequest(urlPath, roots) {
  let decoded;
  try { decoded = decodeURIComponent(urlPath); } catch { return null; }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  for (const { prefix, dir } of roots) {
    if (!decoded.startsWith(prefix)) continue;
    const rest = decoded.slice(prefix.length);
    if (rest.split('/').some((s) => s.startsWith('.') && s.length > 0)) return null; // no dotfiles
    const file = path.resolve(dir, rest || '.');
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return { file, dir };
  }
  return null;
}

async function realFile(file, dir) {
  let stat;
  try {
    stat = await fs.promises.stat(file);
    if (stat.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = await fs.promises.stat(file);
    }
    if (!stat.isFile()) return null;
    const real = await fs.promises.realpath(file);
    const realDir = await fs.promises.realpath(dir);
    if (!real.startsWith(realDir + path.sep)) return null; // a symlink out of the root
    return { file: real, size: stat.size };
  } catch {
    return null;
  }
}

const baseHeaders = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cache-Control': 'no-cache',
};

const REVISIONED = /\.[0-9a-f]{16}\.sscat$/;

function sendError(res, status, message) {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${status} ${message}\n`);
}

/**
 * Starts the server. Options: port (default: PORT or 0), host (default 127.0.0.1), roots (URL prefix
 * -> folder relative to the repository; default DEFAULT_ROOTS), log (a function, or false).
 * Resolves to { url, port, server, close() }.
 */
export async function serve({ port = Number(process.env.PORT ?? 0), host = '127.0.0.1', roots = DEFAULT_ROOTS, log = false } = {}) {
  const table = normalizeRoots(roots);
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return sendError(res, 405, 'Method Not Allowed');
      }
      const url = new URL(req.url, 'http://localhost');
      const hit = resolveRequest(url.pathname, table);
      const found = hit && (await realFile(hit.file, hit.dir));
      if (!found) {
        if (log) log(`404 ${url.pathname}`);
        return sendError(res, 404, 'Not Found');
      }
      const type = MIME[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
      // A catalog snapshot named by its content's hash (examples/intranet/build-snapshot.mjs) never
      // changes: the browser keeps it and does not ask again.
      const cache = REVISIONED.test(found.file) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
      res.writeHead(200, { ...baseHeaders, ...cache, 'Content-Type': type, 'Content-Length': found.size });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
    } catch (err) {
      if (log) log(`500 ${err && err.message}`);
      if (!res.headersSent) sendError(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });
  // Connections are tracked so close() does not wait for idle keep-alive sockets.
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const actual = server.address().port;
  return {
    server,
    port: actual,
    url: `http://${host}:${actual}/`,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}
