// Type-ahead search over the taxonomy's skill labels and aliases: accent- and case-insensitive,
// every word of the query must appear; labels rank above aliases, prefixes above inner matches.

export function fold(s) {
  return String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function createSkillIndex(taxonomy) {
  const entries = [];
  for (const s of (taxonomy && Array.isArray(taxonomy.skills)) ? taxonomy.skills : []) {
    if (!s || typeof s.id !== 'string') continue;
    const label = typeof s.label === 'string' && s.label ? s.label : s.id;
    const aliases = Array.isArray(s.aliases) ? s.aliases.filter((a) => typeof a === 'string' && a) : [];
    entries.push({ id: s.id, label, aliases, keys: [fold(label), ...aliases.map(fold)] });
  }
  entries.sort((a, b) => a.label.localeCompare(b.label));
  const byId = new Map(entries.map((e) => [e.id, e]));

  function score(key, words, phrase) {
    if (!words.every((w) => key.includes(w))) return -1;
    if (key === phrase) return 0;
    if (key.startsWith(phrase)) return 1;
    if ((' ' + key).includes(' ' + phrase)) return 2;
    return 3;
  }

  /** Up to `limit` matches: [{id, label, alias?}] where alias is the alias that matched. */
  function search(query, { limit = 30, exclude } = {}) {
    const phrase = fold(query).trim().replace(/\s+/g, ' ');
    if (!phrase) return [];
    const words = phrase.split(' ');
    const hits = [];
    for (const e of entries) {
      if (exclude && exclude.has(e.id)) continue;
      let best = -1;
      let alias;
      const l = score(e.keys[0], words, phrase);
      if (l >= 0) best = l;
      else {
        for (let i = 1; i < e.keys.length; i++) {
          const a = score(e.keys[i], words, phrase);
          if (a >= 0 && (best < 0 || a < best)) { best = a; alias = e.aliases[i - 1]; }
        }
        if (best >= 0) best += 4; // an alias match ranks after label matches of the same kind
      }
      if (best >= 0) hits.push({ rank: best, entry: e, alias });
    }
    hits.sort((a, b) => a.rank - b.rank || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label));
    return hits.slice(0, limit).map((h) => ({ id: h.entry.id, label: h.entry.label, ...(h.alias ? { alias: h.alias } : {}) }));
  }

  return { search, label: (id) => byId.get(id)?.label ?? id, has: (id) => byId.has(id), size: entries.length };
}
