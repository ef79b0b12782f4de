// Candidate pool for the hand judging behind labels.json (run by hand, never by builds or tests):
// every (course, skill) where a full-ESCO label or alias occurs as a run of words anywhere in the
// course's title, a tag or the summary (boundaries ignored, all overlaps kept), so that the pool holds
// whatever any matcher could suggest.
//   node make-pool.mjs SAMPLE.json POOL.json FULL_ESCO_DIR SUBSET_ESCO_DIR OCW_DIR
// SAMPLE.json lists the course slugs; the directories hold skills_en.csv and ocw_oer_export.csv.
import fs from 'node:fs';
import { parseCsv } from '../../../scripts/csv.mjs';
const rows = (f) => { const [h, ...r] = parseCsv(fs.readFileSync(f, 'utf8'), f); return r.map((x) => Object.fromEntries(h.map((k, i) => [k, x[i] ?? '']))); };
const fold = (w) => (w.length > 3 && w.endsWith('s') && !/[sui]s$/.test(w) ? w.slice(0, -1) : w);
const norm = (s) => s.toLowerCase().replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').split(/[^a-z0-9+#.]+/).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean).map(fold);
const STOP = new Set(['a','an','and','as','at','by','for','from','in','into','is','it','of','on','or','the','to','with','use','work','new','i','ii','iii','iv','part','topic']);
const skills = rows(`${process.argv[4]}/skills_en.csv`);
const subset = new Set(rows(`${process.argv[5]}/skills_en.csv`).map((r) => r.conceptUri));
const pats = new Map();
for (const s of skills) {
  for (const [t, kind] of [[s.preferredLabel, 'label'], ...s.altLabels.split('\n').map((a) => [a.trim(), 'alias'])]) {
    const toks = norm(t); if (!toks.length || toks.length > 12) continue;
    if (toks.length === 1 && (STOP.has(toks[0]) || toks[0].length < 2)) continue;
    const k = toks.join(' '); if (!pats.has(k)) pats.set(k, []); pats.get(k).push([s.conceptUri, kind, t]);
  }
}
const courses = rows(`${process.argv[6]}/ocw_oer_export.csv`).map((r) => ({ id: r.CR_URL.split('/').filter(Boolean).pop(), title: r.CR_TITLE, summary: r.CR_ABSTRACT, tags: r.CR_KEYWORDS.split('|').filter(Boolean) }));
const want = new Set(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
const out = [];
for (const c of courses.filter((c) => want.has(c.id))) {
  const cand = new Map();
  const fields = [['title', c.title], ...c.tags.map((t) => ['tags', t]), ['summary', c.summary]];
  for (const [f, text] of fields) {
    const toks = norm(text);
    for (let i = 0; i < toks.length; i++) for (let j = i + 1; j <= Math.min(toks.length, i + 12); j++) {
      const hit = pats.get(toks.slice(i, j).join(' ')); if (!hit) continue;
      for (const [uri, kind, t] of hit) { if (!cand.has(uri)) cand.set(uri, []); cand.get(uri).push(`${f}:${t}`); }
    }
  }
  out.push({ id: c.id, title: c.title, tags: c.tags, cands: [...cand].map(([uri, ev]) => ({ uri, label: skills.find((s) => s.conceptUri === uri).preferredLabel, sub: subset.has(uri), ev: [...new Set(ev)].slice(0, 4) })) });
}
fs.writeFileSync(process.argv[3], JSON.stringify(out, null, 1));
console.log(out.length, out.reduce((n, c) => n + c.cands.length, 0));
