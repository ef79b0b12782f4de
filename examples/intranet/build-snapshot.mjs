#!/usr/bin/env node
// Compiles the demo's organization + catalog + taxonomy (data/*.json) into a catalog snapshot
// (docs/snapshot.md) at a revisioned URL: compiled/catalog.<first 16 hex of its SHA-256>.sscat,
// named by compiled/snapshot.json. The server sends content-hashed snapshots as immutable
// (scripts/serve.mjs), so a learner's browser downloads the catalog once per revision and loads it
// on the learner module without parsing JSON (app.js). scripts/build.sh runs this after the
// WebAssembly build; compiled/ is generated, never committed. Deterministic: the same documents
// give the same bytes and the same name, and an unchanged snapshot is left alone.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'compiled');
const read = (name) => fs.readFileSync(path.join(here, 'data', `${name}.json`), 'utf8');

const { createEngine } = await import(pathToFileURL(path.join(here, '../../web/src/node.js')).href);
const engine = await createEngine();
const bytes = engine.compileCatalog({ taxonomy: read('taxonomy'), organization: read('organization'), catalog: read('catalog') });
const { courses } = engine.loadSnapshot(bytes); // checked: it loads
engine.dispose();

const name = `catalog.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.sscat`;
fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync(out)) if (/^catalog\.[0-9a-f]{16}\.sscat$/.test(f) && f !== name) fs.rmSync(path.join(out, f));
if (!fs.existsSync(path.join(out, name))) fs.writeFileSync(path.join(out, name), bytes);
const manifest = `${JSON.stringify({ snapshot: name, bytes: bytes.length, courses })}\n`;
const manifestFile = path.join(out, 'snapshot.json');
if (!fs.existsSync(manifestFile) || fs.readFileSync(manifestFile, 'utf8') !== manifest) fs.writeFileSync(manifestFile, manifest);
console.log(`demo snapshot: examples/intranet/compiled/${name} (${bytes.length} bytes, ${courses} courses)`);
