// What Chromium's processes do while a page starts, read from Linux's /proc (no-ops elsewhere): the
// page renderer's minor page faults, how long its main thread ran and how long it waited for a CPU
// (schedstat), what its other threads ran (V8's background compiles among them), and what every
// other Chromium process ran meanwhile. On the two-core machines here a new tab's browser UI (a
// `--top-chrome-webui` renderer) ran 50-90 ms during a page's compile + load, and the page's main
// thread waited about as long as it ran: waitIdle() lets a new tab settle before the navigation,
// as a learner's tab has before they open their courses.
import fs from 'node:fs';

const CHROMIUM = '/usr/lib/chromium/chromium';

// Minor faults from a /proc stat file (field 10, after the parenthesised command name).
const minorFaults = (file) => {
  const stat = fs.readFileSync(file, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
};

// Every thread of every Chromium process: {pid, tid, renderer, run, wait} (ns; a renderer's main
// thread also its minor faults), and each renderer's minor faults (all its threads).
export function sample() {
  const threads = [];
  const faults = new Map();
  let pids = [];
  try {
    pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.startsWith(CHROMIUM)) continue;
      const renderer = cmdline.includes('--type=renderer') && !cmdline.includes('--top-chrome-webui');
      if (renderer) faults.set(pid, minorFaults(`/proc/${pid}/stat`));
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const [run, wait] = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        const minflt = renderer && tid === pid ? minorFaults(`/proc/${pid}/task/${tid}/stat`) : 0;
        threads.push({ pid, tid, renderer, run, wait, minflt });
      }
    } catch {} // the process or thread ended meanwhile
  }
  return { threads, faults };
}

// From one sample to a later one, in ms: the page's renderer is the one whose main thread ran most.
export function between(a, b) {
  const none = { faults: NaN, mainFaults: NaN, mainRun: NaN, mainWait: NaN, workersRun: NaN, othersRun: NaN };
  if (!a || !b) return none;
  const before = new Map(a.threads.map((t) => [`${t.pid}/${t.tid}`, t]));
  const deltas = b.threads.map((t) => {
    const old = before.get(`${t.pid}/${t.tid}`);
    return { ...t, run: (t.run - (old?.run ?? 0)) / 1e6, wait: (t.wait - (old?.wait ?? 0)) / 1e6, minflt: t.minflt - (old?.minflt ?? 0) };
  });
  const mains = deltas.filter((t) => t.renderer && t.pid === t.tid).sort((x, y) => y.run - x.run);
  if (!mains.length) return none;
  const page = mains[0].pid;
  const sum = (ts) => ts.reduce((s, t) => s + t.run, 0);
  return {
    faults: b.faults.get(page) - (a.faults.get(page) ?? 0),
    mainFaults: mains[0].minflt,
    mainRun: mains[0].run,
    mainWait: mains[0].wait,
    workersRun: sum(deltas.filter((t) => t.pid === page && t.tid !== page)),
    othersRun: sum(deltas.filter((t) => t.pid !== page)),
  };
}

// Until Chromium's processes together run under 5 ms in 100 ms (at most `limitMs`).
export async function waitIdle(limitMs = 5000) {
  const total = (s) => (s ? s.threads.reduce((sum, t) => sum + t.run, 0) : 0);
  const end = Date.now() + limitMs;
  let last = sample();
  while (last && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = sample();
    if ((total(next) - total(last)) / 1e6 < 5) return;
    last = next;
  }
}
