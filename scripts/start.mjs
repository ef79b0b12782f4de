// npm start: the main job on the bundled demo data. For now, the CLI's table for a sample learner.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'examples/intranet/data/sample-classify.json');
const result = spawnSync(path.join(root, 'build/native/sweetspot'), ['classify', sample, '--format', 'table'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
