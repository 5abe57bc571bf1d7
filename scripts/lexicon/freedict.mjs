// Read a FreeDict dictd database (.index + .dict.dz) into entries.
// The .dict.dz is dictzip, i.e. gzip with an extra header field: zlib reads it.
// Each entry body is: a headword line ("word /pron/ <pos, gender>") then
// translation lines, either "N. a, b, c" (sense N) or "a, b, c" (one sense);
// indented lines are notes, examples and cross-references.

import fs from 'node:fs';
import zlib from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64num = (s) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** split on commas/semicolons that are outside (), [] and {} */
function splitItems(text) {
  const items = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  return items.map((s) => s.trim()).filter(Boolean);
}

/**
 * @returns {{headword:string, pos:string, senses:string[][]}[]} in index order
 */
export function readFreedict(indexPath, dictPath) {
  const data = zlib.gunzipSync(fs.readFileSync(dictPath));
  const entries = [];
  for (const line of fs.readFileSync(indexPath, 'utf8').split('\n')) {
    const [headword, off, len] = line.split('\t');
    if (!len || headword.startsWith('00-database') || headword.startsWith('00database')) continue;
    const body = data.subarray(b64num(off), b64num(off) + b64num(len)).toString('utf8');
    const lines = body.split('\n');
    const first = lines.shift();
    const posMatch = /<([^>]*)>\s*$/.exec(first);
    const pos = posMatch ? posMatch[1].split(',')[0].trim() : '';
    const senses = [];
    let current = null;
    for (const l of lines) {
      if (!l.trim() || /^\s/.test(l)) continue; // notes, examples, "see:" links
      const m = /^(\d+)\.\s*(.*)$/.exec(l);
      if (m) {
        current = [];
        senses.push(current);
        current.push(...splitItems(m[2]));
      } else {
        if (!current) {
          current = [];
          senses.push(current);
        }
        current.push(...splitItems(l));
      }
    }
    entries.push({ headword, pos, senses: senses.filter((s) => s.length) });
  }
  return entries;
}
