/**
 * A small CoNLL-U reader (Universal Dependencies): sentences with their text and
 * words, each word with its lemma, part of speech, head and relation, and its
 * character offsets in `# text`. Multiword tokens ("du" = de + le) carry the
 * offsets of their surface form; their parts share them.
 */
export interface UdWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  head: number;
  deprel: string;
  start: number;
  end: number;
}

export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
}

interface Surface {
  form: string;
  /** Word ids this surface token covers: one, or a range for a multiword token. */
  from: number;
  to: number;
}

/** Places each surface token in the text, in order, and gives every word its token's span. */
function placeWords(text: string, surfaces: Surface[], words: UdWord[]): void {
  let at = 0;
  for (const s of surfaces) {
    const found = text.indexOf(s.form, at);
    const start = found >= 0 ? found : at;
    const end = start + s.form.length;
    if (found >= 0) at = end;
    for (const w of words) if (w.id >= s.from && w.id <= s.to) Object.assign(w, { start, end });
  }
}

function parseBlock(lines: string[]): UdSentence | null {
  let id = '';
  let text = '';
  const words: UdWord[] = [];
  const surfaces: Surface[] = [];
  let coveredTo = 0;
  for (const line of lines) {
    if (line.startsWith('# sent_id')) id = line.replace(/^# sent_id\s*=\s*/, '').trim();
    else if (line.startsWith('# text')) text = line.replace(/^# text\s*=\s*/, '');
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 8) continue;
    const range = /^(\d+)-(\d+)$/.exec(cols[0]!);
    if (range) {
      surfaces.push({ form: cols[1]!, from: Number(range[1]), to: Number(range[2]) });
      coveredTo = Number(range[2]);
      continue;
    }
    if (!/^\d+$/.test(cols[0]!)) continue; // empty nodes ("8.1") carry no surface text
    const wid = Number(cols[0]);
    words.push({ id: wid, form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, head: Number(cols[6]), deprel: cols[7]!, start: 0, end: 0 });
    if (wid > coveredTo) surfaces.push({ form: cols[1]!, from: wid, to: wid });
  }
  if (!text || words.length === 0) return null;
  placeWords(text, surfaces, words);
  return { id, text, words };
}

export function parseConllu(source: string): UdSentence[] {
  const out: UdSentence[] = [];
  for (const block of source.split(/\r?\n\s*\r?\n/)) {
    const s = parseBlock(block.split(/\r?\n/));
    if (s) out.push(s);
  }
  return out;
}
