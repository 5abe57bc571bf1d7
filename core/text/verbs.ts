/**
 * Reporting, denial, accusation and hedge verbs in every inflected form, French
 * and English (data/lexicon/verbs-fr.tsv from verbiste's conjugation tables,
 * verbs-en.tsv by rule: see data/lexicon/README.md). A lookup of single words,
 * and a finder that groups a verb with its auxiliary ("avait déclaré",
 * "a-t-il assuré", "has repeatedly denied").
 *
 * French is matched accent-exact: "note" (noun and verb) and "noté" are different
 * words, and a missing accent is rarer in edited news than the collisions a fold
 * would bring ("publie"/"publié", "démenti"/"démentie" are fine, "révèle"/"révélé" differ in tense).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type VerbClass = 'say' | 'deny' | 'accuse' | 'hedge';
export type VerbLang = 'fr' | 'en';
export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  /** Comma list of tenses: fr inf,pres,impf,ps,fut,cond,subj,pp,ppr; en base,3sg,past,pp,ing. */
  tense: string;
  lang: VerbLang;
  /** The form is often not a reporting verb (a noun, an adjective, a verb of many senses). */
  ambiguous?: true;
}
export interface VerbSpan {
  start: number;
  end: number;
  form: string;
}
export interface VerbMatch extends VerbInfo, VerbSpan {
  aux?: VerbSpan;
}

const FILES: Record<VerbLang, string> = {
  fr: fileURLToPath(new URL('../../data/lexicon/verbs-fr.tsv', import.meta.url)),
  en: fileURLToPath(new URL('../../data/lexicon/verbs-en.tsv', import.meta.url)),
};

// Lemmas whose every form is ambiguous: verbs of opinion or action first, speech
// second ("il pense", "lancer une offensive", "find", "hold", "call").
const WEAK_LEMMAS = new Set([
  'penser', 'croire', 'considérer', 'juger', 'lancer', 'poursuivre', 'faire', 'mettre', 'demander', 'appeler',
  'établir', 'relever', 'pointer', 'trancher', 'souffler', 'glisser', 'lâcher', 'attribuer', 'charger', 'taxer',
  'qualifier', 'observer', 'exposer', 'avancer', 'rejeter', 'repousser', 'écarter', 'balayer', 'conter', 'prévoir',
  'think', 'believe', 'find', 'feel', 'hold', 'consider', 'expect', 'ask', 'call', 'rule', 'point', 'judge',
  'guess', 'reason', 'attack', 'charge', 'brand', 'label', 'attribute', 'hold', 'counter', 'object', 'cry',
  'appear', 'seem', 'agree', 'text', 'brief', 'leak', 'post', 'challenge', 'discount',
]);
// Forms that are first a noun or an adjective in general language.
const NOUN_FORMS = new Set([
  // French: "une note", "un écrit", "ledit", "le rapporté"…, "les aveux" is not a form.
  'note', 'notes', 'écrit', 'écrits', 'dit', 'dits', 'dite', 'dites', 'avertis', 'annonce', 'annonces',
  'commentaire', 'réponse', 'promesse', 'promesses', 'témoin', 'aveu', 'rappel', 'critique', 'critiques',
  'garantie', 'garanties', 'certifié', 'publié', 'précise', 'juge', 'juges', 'estime', 'conclu', 'confiance',
  'prétendu', 'prétendue', 'prétendus', 'prétendues', 'reproche', 'reproches', 'accusé', 'accusés', 'accusée',
  'accusées', 'condamné', 'condamnés', 'condamnée', 'condamnées', 'insinue', 'inquiète', 'inquiet', 'inquiètes',
  'alerte', 'alertes', 'regrets', 'exclamation',
  // English: base and 3sg forms that are common nouns.
  'report', 'reports', 'claim', 'claims', 'note', 'notes', 'state', 'states', 'tweet', 'tweets', 'dispute',
  'disputes', 'reply', 'replies', 'estimate', 'estimates', 'blame', 'warn', 'comment', 'comments', 'answer',
  'recall', 'recalls', 'issue', 'issues',
  'answers', 'promise', 'promises', 'vow', 'vows', 'pledge', 'pledges', 'appeal', 'appeals', 'request',
  'requests', 'demand', 'demands', 'email', 'emails', 'blog', 'blogs', 'quote', 'quotes', 'fault', 'protest',
  'protests', 'signal', 'signals', 'alert', 'alerts', 'forecast', 'forecasts', 'hint', 'hints', 'detail',
  'details', 'outline', 'outlines', 'shout', 'whisper', 'caution', 'regret', 'regrets', 'slam', 'blast',
  'censure', 'rebuff', 'rebuke', 'contest', 'contests', 'denial', 'release', 'mention', 'mentions', 'remark',
  'remarks', 'retort', 'record', 'guarantee', 'guarantees', 'stress', 'plead', 'recall', 'urge', 'urges',
  'alleged',
]);
// "la note", "une annonce", "the report", "a claim": a determiner makes a noun of it.
const DETERMINERS: Record<VerbLang, Set<string>> = {
  fr: new Set(['la', 'une', 'un', 'des', 'du', 'cette', 'ce', 'cet', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'votre', 'mon', 'ma', 'mes', 'aux', 'au']),
  en: new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'every', 'each', 'any', 'some']),
};
/**
 * Without a language, a determiner of either language makes a noun ("ce point" reads
 * English "point"), but for English "a", which is French "a" (has) as well.
 */
function isDeterminer(w: string, lang: VerbLang, anyLang: boolean): boolean {
  if (DETERMINERS[lang].has(w)) return true;
  return anyLang && w !== 'a' && (DETERMINERS.fr.has(w) || DETERMINERS.en.has(w));
}
// French "le"/"les" are also object clitics ("comme le note le ministre"), so they stay out.

// Locution verbs: reporting only when the rest of the locution follows.
const LOCUTIONS: Record<string, RegExp> = {
  faire: /^\s*(?:savoir|valoir|état)\b/iu,
  mettre: /^\s*en\s+(?:garde|cause|avant|doute)\b/iu,
  exclamer: /^/u, // reflexive, "s'est exclamé": the verb alone suffices
  point: /^\s*out\b/iu,
  rule: /^\s*out\b/iu,
};

// Form → its raw lines, parsed on lookup: start-up stays a few milliseconds.
let tables: Record<VerbLang, Map<string, string[]>> | null = null;
const parsed = new Map<string, VerbInfo>();

function index(tsv: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let pos = 0;
  while (pos < tsv.length) {
    let nl = tsv.indexOf('\n', pos);
    if (nl < 0) nl = tsv.length;
    if (tsv.charCodeAt(pos) !== 35 /* # */) {
      const tab = tsv.indexOf('\t', pos);
      if (tab > pos && tab < nl) {
        const form = tsv.slice(pos, tab);
        const line = tsv.slice(pos, nl);
        const list = map.get(form);
        if (list) list.push(line);
        else map.set(form, [line]);
      }
    }
    pos = nl + 1;
  }
  return map;
}

function infoOf(line: string, lang: VerbLang): VerbInfo | null {
  const key = `${lang}\t${line}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const [form, lemma, cls, tense] = line.split('\t');
  if (!form || !lemma || !cls || !tense) return null;
  const info: VerbInfo = { lemma, cls: cls as VerbClass, tense, lang };
  if (WEAK_LEMMAS.has(lemma) || NOUN_FORMS.has(form) || lemma in LOCUTIONS) info.ambiguous = true;
  parsed.set(key, info);
  return info;
}

function load(): Record<VerbLang, Map<string, string[]>> {
  if (tables) return tables;
  const read = (lang: VerbLang) => {
    try {
      return readFileSync(FILES[lang], 'utf8');
    } catch {
      return ''; // no data file: no verb is found, the analyser falls back to its own cues
    }
  };
  tables = { fr: index(read('fr')), en: index(read('en')) };
  return tables;
}

/** Every reading of a word: one per lemma and class ("dit" is only dire; "rejeter" is deny). */
export function reportingVerbs(word: string, lang?: VerbLang): VerbInfo[] {
  const t = load();
  const w = word.toLowerCase().replace(/’/g, "'");
  const langs: VerbLang[] = lang ? [lang] : ['fr', 'en'];
  return langs.flatMap((l) => (t[l].get(w) ?? []).flatMap((line) => infoOf(line, l) ?? []));
}

/** The first reading of a word as a reporting verb, or null. Case-insensitive, accent-exact. */
export function reportingVerb(word: string, lang?: VerbLang): VerbInfo | null {
  return reportingVerbs(word, lang)[0] ?? null;
}

/** Whether a word is a past participle of a verb of that class (any class if none). */
export function isParticipleOf(word: string, cls?: VerbClass): boolean {
  return reportingVerbs(word).some((v) => (!cls || v.cls === cls) && v.tense.split(',').includes('pp'));
}

const FR_AUX = new Set([
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avais', 'avions', 'aviez', 'avaient', 'aura', 'aurai',
  'auras', 'aurons', 'aurez', 'auront', 'aurait', 'aurais', 'aurions', 'auriez', 'auraient', 'eut', 'eurent',
  'ait', 'aient', 'ayant', 'avoir', 'est', 'suis', 'es', 'sommes', 'êtes', 'sont', 'était', 'étaient', 'sera',
  'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient', 'étant', 'être',
]);
const EN_AUX_PP = new Set(['has', 'had', 'have', 'having']);
const EN_AUX_BASE = new Set(['will', 'would', 'did', 'does', 'do', 'could', 'should', 'may', 'might', 'can', 'must']);
const FR_ADVERBS = new Set([
  'également', 'notamment', 'aussi', 'encore', 'toujours', 'déjà', 'ensuite', 'pourtant', 'alors', 'enfin',
  'même', 'ainsi', 'bien', 'pas', 'jamais', 'plus', 'hier', 'souvent', 'longtemps', 'surtout', 'donc',
  'récemment', 'aujourd', 'hui', 'elle', 'il', 'ils', 'elles', 'on', 't',
  // "a à nouveau dénoncé", "a de nouveau affirmé", "a pour sa part déclaré", "a quant à lui prévenu"
  'à', 'de', 'nouveau', 'pour', 'sa', 'son', 'leur', 'part', 'quant', 'lui', 'néanmoins', 'toutefois', 'cependant',
  // "a par ailleurs indiqué", "a d'ailleurs précisé", "a en outre affirmé", "a en effet déclaré"
  'par', 'ailleurs', 'en', 'outre', 'effet', 'revanche',
]);
const EN_ADVERBS = new Set(['not', 'also', 'never', 'always', 'already', 'again', 'still', 'since', 'long', 'now', 'just', 'even', 'once', 'ever', 'earlier', 'later', 'then', 'too', 'often', 'soon', 'yet']);

interface Token {
  start: number;
  end: number;
  form: string;
}
const WORD_RE = /\p{L}+/gu;

/** The words of a text with their offsets; apostrophes and hyphens split words ("n'a", "a-t-il"). */
function tokens(text: string): Token[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, form: m[0] }));
}

const isAdverb = (t: Token, lang: VerbLang) => {
  const w = t.form.toLowerCase();
  if (lang === 'fr') return FR_ADVERBS.has(w) || (w.length > 5 && w.endsWith('ment'));
  return EN_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
};

/**
 * The auxiliary before tokens[i], across at most 3 adverbs or an inverted
 * pronoun ("a-t-il"), with nothing but spaces, hyphens and apostrophes between.
 */
function auxiliaryBefore(text: string, toks: Token[], i: number, v: VerbInfo): VerbSpan | undefined {
  const tenses = v.tense.split(',');
  const lang = v.lang;
  let skipped = 0;
  for (let j = i - 1; j >= 0 && skipped <= 3; j--) {
    if (!/^[\s'’-]*$/u.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) return undefined;
    const w = toks[j]!.form.toLowerCase();
    const isAux =
      lang === 'fr'
        ? FR_AUX.has(w) && tenses.includes('pp')
        : (EN_AUX_PP.has(w) && tenses.includes('pp')) || (EN_AUX_BASE.has(w) && tenses.includes('base'));
    if (isAux) return { start: toks[j]!.start, end: toks[j]!.end, form: toks[j]!.form };
    if (!isAdverb(toks[j]!, lang)) return undefined;
    skipped++;
  }
  return undefined;
}

/** Reporting-verb groups of a text, in order, with their offsets and auxiliary if any. */
export function findReportingVerbs(text: string, lang?: VerbLang): VerbMatch[] {
  const toks = tokens(text);
  const out: VerbMatch[] = [];
  toks.forEach((tok, i) => {
    const v = reportingVerb(tok.form, lang);
    if (!v) return;
    const prev = toks[i - 1];
    const glued = prev && /^\s+$/u.test(text.slice(prev.end, tok.start));
    if (v.ambiguous && glued && isDeterminer(prev.form.toLowerCase(), lang ?? v.lang, !lang)) return;
    const locution = LOCUTIONS[v.lemma];
    if (locution && !locution.test(text.slice(tok.end))) return;
    const match: VerbMatch = { ...v, start: tok.start, end: tok.end, form: tok.form };
    const aux = auxiliaryBefore(text, toks, i, v);
    if (aux) match.aux = aux;
    out.push(match);
  });
  return out;
}
