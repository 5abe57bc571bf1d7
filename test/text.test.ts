import { describe, expect, it } from 'vitest';
import { foldForGrounding, foldKey, containsFolded, cleanInput, stripAccents } from '../core/text/fold.js';
import { forEachWord, forEachWordSpan, scanWords, tokenize } from '../core/text/tokens.js';
import { WordTable } from '../core/text/wordTable.js';
import { splitSentences } from '../core/text/sentences.js';
import { nameKey, termOf } from '../core/text/terms.js';
import { detectLang } from '../core/lang.js';
import { uRe } from '../core/text/regex.js';

describe('folding', () => {
  it('grounding folds whitespace and typographic quotes only', () => {
    expect(foldForGrounding('l’armée  «  syrienne »')).toBe(foldForGrounding("l'armée \"syrienne\""));
    // Case and accents still matter for a verbatim quote.
    expect(foldForGrounding('Armée')).not.toBe(foldForGrounding('armee'));
  });
  it('keys fold case, accents, quotes and hyphens for names', () => {
    expect(foldKey('Al-Qaïda')).toBe(foldKey('al qaida'));
    expect(containsFolded('rapporte al-Masdar news.', 'Al Masdar News')).toBe(true);
    expect(containsFolded('Reuters', '')).toBe(false);
  });
  it('cleans zero-width and control characters from input', () => {
    expect(cleanInput('Id\u200Blib\u0000 a\u0007  b ')).toBe('Idlib a b');
  });
  it('uRe gives \\b a Unicode meaning', () => {
    expect(/\bdéclaré\b/u.test('a déclaré que')).toBe(false);
    expect(uRe(/\bdéclaré\b/u).test('a déclaré que')).toBe(true);
    expect(uRe(/\bdéclaré\b/u).test('a déclarée que')).toBe(false);
  });
});

describe('tokens and terms', () => {
  it('strips French elision and keeps offsets', () => {
    const text = "L'armée d’Alep qu'il";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['armée', 'Alep', 'il']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('drops stopwords and stems French and English', () => {
    expect(termOf('les', 'fr')).toBeNull();
    expect(termOf('the', 'en')).toBeNull();
    expect(termOf('présumée', 'fr')).toBe(termOf('présumés', 'fr'));
    expect(termOf('destroyed', 'en')).toBe(termOf('destroy', 'en'));
    // Content words a generic stopword list would drop must survive.
    expect(termOf('forty', 'en')).not.toBeNull();
  });
  it.each([
    ['Idlib', 'Idleb'],
    ['Nosra', 'Nusra'],
    ['Cham', 'Sham'],
    ['Qaïda', 'Qaeda'],
    ['Alep', 'Aleppo'],
    ['Konachenkov', 'Konashenkov'],
    ['Daech', 'Daesh'],
  ])('name key joins transliterations %s / %s', (a, b) => {
    expect(nameKey(a)).not.toBeNull();
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it('name keys keep different names apart', () => {
    expect(nameKey('Moscou')).not.toBe(nameKey('Damas'));
  });
});

describe('sentences and language', () => {
  it('does not split after initials and titles', () => {
    const s = splitSentences('Le général O. Yegorov a parlé. M. Dupont répond. Fin.');
    expect(s.map((x) => x.text)).toEqual(['Le général O. Yegorov a parlé.', 'M. Dupont répond.', 'Fin.']);
  });
  it('detects French and English claims', () => {
    expect(detectLang('Les Casques blancs ont été dissous par l’ONU en 2021.')).toBe('fr');
    expect(detectLang('Al-Qaeda is expanding its presence in Idlib.')).toBe('en');
    expect(detectLang('12345 !!!')).toBe('other');
  });
});

describe('whole-word name matching', () => {
  it('finds a name as words, not inside another word', async () => {
    const { containsWords } = await import('../core/text/fold.js');
    expect(containsWords('selon RT, hier', 'rt')).toBe(true);
    expect(containsWords('un rapport publié', 'RT')).toBe(false);
    expect(containsWords('rapporte al-Masdar news.', 'Al Masdar')).toBe(true);
  });
});

describe('word scanning', () => {
  // The pattern the scanner stands for: the speed-up must not change a single word.
  const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’\u02BC][\p{L}\p{N}\p{M}]+)*/gu;
  it.each([
    "L'armée a dit qu'aujourd'hui « rien » n'a changé — 3,5 % ; l’Élysée’s 'quoted' word'",
    'Ελληνικά, русский, العربية, 中文 and 𝐁𝐨𝐥𝐝 𝒮𝒸𝓇𝒾𝓅𝓉 letters, e\u0301te\u0301 with marks',
    "trailing apostrophe' and ''double'' and rock'n'roll, O'Neill's",
  ])('finds the same words as the pattern in %s', (text) => {
    const scanned: string[] = [];
    scanWords(text, (start, end) => scanned.push(text.slice(start, end)));
    expect(scanned).toEqual([...text.matchAll(WORD_RE)].map((m) => m[0]));
    const visited: string[] = [];
    forEachWord(text, (w) => visited.push(w));
    expect(tokenize(text).map((t) => t.text)).toEqual(visited);
  });
});

describe('WordTable: words looked up by their span in a text', () => {
  it('finds each added word from any text that holds it, and only that word', () => {
    const table = new WordTable();
    const words = Array.from({ length: 5000 }, (_, i) => `mot${i}é`);
    words.forEach((w, i) => table.add(w, i, -i));
    const text = `… ${words[4321]} et ${words[7]}s`;
    const at = text.indexOf(words[4321]!);
    const entry = table.find(text, at, at + words[4321]!.length);
    expect([table.first[entry], table.second[entry]]).toEqual([4321, -4321]);
    const seven = text.indexOf(words[7]!);
    expect(table.first[table.find(text, seven, seven + words[7]!.length)]).toBe(7);
    // A prefix or an extension of a word is another word.
    expect(table.find(text, seven, seven + words[7]!.length + 1)).toBe(-1);
    expect(table.find(text, at, at + 3)).toBe(-1);
  });
  it('gives indexing the words tokenize gives, elision and possessive removed', () => {
    const text = "L'armée d’Assad's voisins aujourd'hui, Qu'il";
    const spans: string[] = [];
    forEachWordSpan(text, (s, e) => spans.push(text.slice(s, e)));
    expect(spans).toEqual(tokenize(text).map((t) => t.text));
  });
});

describe('stripAccents', () => {
  const slow = (t: string) => t.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  it('folds every Latin letter, alone or inside a word, as decomposing and recomposing does', () => {
    for (let c = 0; c < 0x250; c++) {
      const ch = String.fromCharCode(c);
      expect(stripAccents(`a${ch}b`)).toBe(slow(`a${ch}b`));
    }
  });
  it('folds combining marks, other scripts and ligatures as before', () => {
    for (const s of ['e\u0301te\u0301', 'Łódź', 'İstanbul', '東京', 'ﬁn', 'Ǆemal', 'straße']) expect(stripAccents(s)).toBe(slow(s));
    expect(stripAccents('présumée Qaïda')).toBe('presumee Qaida');
  });
});
