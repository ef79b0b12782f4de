// The golden corpus: every tests/golden/inputs/*.json plus the demo samples of external.json.
// The command comes from the name's prefix (classify-, audit-, validate-), "-pretty" in the name
// adds --pretty. Expected output, written by scripts/update-golden.mjs from the native CLI:
// expected/NAME.json = what `sweetspot COMMAND FILE` prints on stdout (exit 0), or
// expected/NAME.err = what it prints on stderr (exit 1, invalid input).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GOLDEN = fileURLToPath(new URL('./', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMANDS = ['classify', 'audit', 'validate'];

export function goldenCases() {
  const cases = readdirSync(`${GOLDEN}inputs`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.slice(0, -5), input: `${GOLDEN}inputs/${f}` }));
  const external = JSON.parse(readFileSync(`${GOLDEN}external.json`, 'utf8'));
  for (const e of external) cases.push({ name: e.name, input: ROOT + e.path });
  return cases.map((c) => {
    const command = c.name.split('-')[0];
    if (!COMMANDS.includes(command)) throw new Error(`golden input ${c.name}: name must start with classify-, audit- or validate-`);
    return { ...c, command, pretty: c.name.includes('-pretty') };
  });
}

export function cliArgs(c) {
  return [c.command, c.input, ...(c.pretty ? ['--pretty'] : [])];
}

/** {kind: 'json'|'err', text, path} of a case's expected output, or null when none was written. */
export function expectedOf(c) {
  for (const kind of ['json', 'err']) {
    const path = `${GOLDEN}expected/${c.name}.${kind}`;
    if (existsSync(path)) return { kind, path, text: readFileSync(path, 'utf8') };
  }
  return null;
}
