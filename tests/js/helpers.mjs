// Shared by the JS test files: paths, the engine, the native CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = `${ROOT}build/native/sweetspot`;
export const DIST = `${ROOT}web/dist/`;

export { createEngine, SweetspotError, QUADRANTS, FLAGS, today } from '../../web/src/node.js';

export function readJSON(relative) {
  return JSON.parse(readFileSync(ROOT + relative, 'utf8'));
}

export function hasCLI() {
  return existsSync(CLI);
}

/** Runs the native CLI: {status, stdout, stderr}. */
export function runCLI(args, input) {
  const r = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { execFileSync };
