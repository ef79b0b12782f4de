// The fixed cost of a call (issue 14: <= 5 µs): engine.classify of a tiny learner on an empty
// catalog, in Node, for each module a page can load (the full module, the learner module), each
// called two ways: a new result per call, and {into} (the previous result refilled). One
// measurement shared by run.mjs and page-start.mjs, so both print the same numbers for the same
// thing (they used to time it two ways: 4.8 vs 7.8 µs on one machine).
//
// Interleaved rounds after a time-based warm-up: V8 tiers JS and wasm up only after enough calls,
// and a fixed few rounds measured some variants before it and some after.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const EMPTY_CATALOG = { organization: {}, catalog: { courses: [] } };
const TINY_LEARNER = { id: 'u-1' };
const AS_OF = '2026-01-01';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Engines on the empty catalog for one web/ directory (a package with its dist/): the full module
// (node.js) and, when built, the learner module (learner-node.js, which reads snapshots only).
async function emptyCatalogEngines(web, prefix = '') {
  const { createEngine } = await import(pathToFileURL(path.join(web, 'src', 'node.js')).href);
  const full = await createEngine();
  full.load(EMPTY_CATALOG);
  const engines = [{ label: `${prefix}full module`, engine: full }];
  let learnerEntry = null;
  try {
    learnerEntry = await import(pathToFileURL(path.join(web, 'src', 'learner-node.js')).href);
  } catch {
    // an older package without the learner module
  }
  if (learnerEntry) {
    const learner = await learnerEntry.createEngine();
    learner.loadSnapshot(full.compileCatalog(EMPTY_CATALOG));
    engines.push({ label: `${prefix}learner module`, engine: learner });
  }
  return engines;
}

/**
 * Measures every module of `web` (and of `baseWeb`, labelled "before: ", when given).
 * @returns {Promise<Array<{label: string, wall: number, cpu: number, intoWall: number, intoCpu: number}>>}
 *          medians per call, in µs
 */
export async function measureFixedCost({ web, baseWeb = null, rounds = 15, batch = 2000, warmupMs = 1000 }) {
  const engines = [...(baseWeb ? await emptyCatalogEngines(baseWeb, 'before: ') : []), ...(await emptyCatalogEngines(web))];
  const variants = [];
  for (const { label, engine } of engines) {
    const options = { asOf: AS_OF };
    variants.push({ label, way: 'new', run: () => engine.classify(TINY_LEARNER, options) });
    let last = null;
    const intoOptions = { asOf: AS_OF, into: null };
    variants.push({
      label,
      way: 'into',
      run: () => {
        intoOptions.into = last;
        last = engine.classify(TINY_LEARNER, intoOptions);
      },
    });
  }
  for (const v of variants) Object.assign(v, { spent: 0, wall: [], cpu: [] });
  const timeBatch = (v) => {
    const c0 = cpuNow();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) v.run();
    return [performance.now() - t0, cpuNow() - c0];
  };
  while (variants.some((v) => v.spent < warmupMs)) for (const v of variants) v.spent += timeBatch(v)[0];
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      const [wall, cpu] = timeBatch(v);
      v.wall.push((wall / batch) * 1000);
      v.cpu.push((cpu / batch) * 1000);
    }
  }
  for (const { engine } of engines) engine.dispose();
  return engines.map(({ label }) => {
    const [v, into] = variants.filter((x) => x.label === label);
    return { label, wall: median(v.wall), cpu: median(v.cpu), intoWall: median(into.wall), intoCpu: median(into.cpu) };
  });
}

/** The rows of measureFixedCost as printed lines, with the goal judged on CPU time. */
export function fixedCostLines(rows) {
  const verdict = (us) => (us <= 5 ? 'met' : 'NOT met');
  return rows.map(
    (r) =>
      `  ${r.label.padEnd(26)} new result ${r.wall.toFixed(2).padStart(6)} µs wall, ${r.cpu.toFixed(2).padStart(6)} µs CPU (goal <= 5 µs: ${verdict(r.cpu)});  ` +
      `{into} ${r.intoWall.toFixed(2).padStart(6)} µs wall, ${r.intoCpu.toFixed(2).padStart(6)} µs CPU (${verdict(r.intoCpu)})`,
  );
}
