import fs from 'node:fs';
import path from 'node:path';

// CSV (RFC 4180), for the scripts that read open data files the engine has no importer for (the MIT
// OpenCourseWare export, evaluation pools); skill frameworks go through the engine's importers. ESCO uses CRLF between records and bare LF inside quoted multi-line fields, so
// the parser works on characters, never on lines. Bare LF/CR outside quotes also end a record,
// which keeps it tolerant of LF-only files. Malformed quoting is an error, not a silent guess.
export function parseCsv(text, name = 'csv') {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // UTF-8 BOM
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  const endField = () => { row.push(field); field = ''; };
  const endRecord = () => { endField(); rows.push(row); row = []; };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // Quoted field: read until the closing quote; "" is an escaped quote.
      i++;
      for (;;) {
        if (i >= n) throw new Error(`${name}: unterminated quoted field (record starting near line ${line})`);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (i < n && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`${name}:${line}: unexpected character ${JSON.stringify(next)} after closing quote`);
      }
      continue;
    }
    if (c === ',') { endField(); i++; continue; }
    if (c === '\r') { endRecord(); i += text[i + 1] === '\n' ? 2 : 1; line++; continue; }
    if (c === '\n') { endRecord(); i++; line++; continue; }
    if (c === '"') throw new Error(`${name}:${line}: quote inside an unquoted field`);
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) endRecord(); // last record without a trailing newline
  return rows;
}

/** Reads a CSV file into objects keyed by the header row; a record of another length is an error. */
export function readCsv(file) {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'), path.basename(file));
  return rows.map((r, k) => {
    if (r.length !== header.length) {
      throw new Error(`${path.basename(file)}: record ${k + 2} has ${r.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}
