#!/usr/bin/env node
/**
 * Writes data/lexicon/verbs-fr.tsv and verbs-en.tsv: every inflected form of
 * the reporting, denial, accusation and hedge verbs listed below.
 *
 *   node scripts/lexicon/build-verbs.mjs --verbiste /usr/share/verbiste-0.1 --out data/lexicon
 *
 * French forms come from verbiste's conjugation tables (verbs-fr.xml maps a verb
 * to a template "aim:er"; the template's endings follow the stem, the verb less
 * the part after ':'). English forms are made by rule plus an irregular table.
 * Lines: form<TAB>lemma<TAB>class<TAB>tenses, tenses a comma list when one form
 * has several (FR "dit": pres,ps,pp); sorted by form then lemma. Plain Node.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Verba dicendi of general French, grouped by what they do to a statement.
// A reflexive or a locution is listed by its conjugated verb ("s'exclamer" → exclamer,
// "mettre en garde" → mettre): the caller checks the rest of the locution.
const FR = {
  say: [
    'dire', 'déclarer', 'affirmer', 'annoncer', 'souligner', 'avertir', 'indiquer', 'préciser', 'ajouter',
    'estimer', 'assurer', 'expliquer', 'rapporter', 'confirmer', 'prévenir', 'signaler', 'révéler', 'écrire',
    'publier', 'raconter', 'noter', 'observer', 'communiquer', 'promettre', 'rappeler', 'répondre', 'répéter',
    'insister', 'marteler', 'soutenir', 'prétendre', 'reconnaître', 'admettre', 'avouer', 'concéder', 'évoquer',
    'relater', 'tweeter', 'avancer', 'certifier', 'garantir', 'mentionner', 'commenter', 'conclure', 'juger',
    'considérer', 'penser', 'croire', 'lancer', 'confier', 'poursuivre', 'témoigner', 'protester', 'réagir',
    'exclamer', 'inquiéter', 'alerter', 'mettre', 'faire', 'déplorer', 'regretter', 'informer', 'citer',
    'poster', 'démontrer', 'raconter', 'répliquer', 'rétorquer', 'objecter', 'souhaiter', 'exiger', 'demander',
    'réclamer', 'requérir', 'appeler', 'plaider', 'revendiquer', 'proclamer', 'clamer', 'assener', 'asséner', 'réaffirmer',
    'réitérer', 'rectifier', 'nuancer', 'résumer', 'détailler', 'décrire', 'exposer', 'énoncer', 'formuler',
    'suggérer', 'supposer', 'glisser', 'lâcher', 'murmurer', 'souffler', 'crier', 'écrier', 'menacer', 'jurer', 'attester', 'établir', 'constater', 'remarquer', 'relever', 'pointer',
    'diagnostiquer', 'prédire', 'prévoir', 'anticiper', 'avertir', 'aviser', 'notifier', 'divulguer', 'dévoiler',
    'dévoiler', 'ébruiter', 'claironner', 'proclamer', 'trancher', 'conclure', 'résumer', 'interpréter',
    'analyser', 'souligner', 'insinuer', 'sous-entendre', 'expliciter', 'mentionner', 'narrer', 'conter',
    'spécifier', 'stipuler', 'décréter', 'signifier', 'admettre', 'reconnaître', 'concéder', 'convenir',
  ],
  deny: [
    'démentir', 'nier', 'réfuter', 'rejeter', 'contester', 'récuser', 'infirmer', 'désavouer', 'balayer',
    'contredire', 'dénier', 'repousser', 'écarter', 'relativiser', 'minimiser',
  ],
  accuse: [
    'accuser', 'dénoncer', 'fustiger', 'reprocher', 'incriminer', 'imputer', 'blâmer', 'condamner', 'critiquer',
    'qualifier', 'attribuer', 'stigmatiser', 'vilipender', 'épingler', 'taxer',
  ],
  hedge: ['sembler', 'paraître', 'apparaître'],
};
// Verbs verbiste lacks, conjugated on the template of a regular verb of their group.
const FR_FALLBACK = { tweeter: 'aim:er' };

// English reporting verbs; irregular ones carry [past, pp] in EN_IRREGULAR.
const EN = {
  say: [
    'say', 'tell', 'state', 'claim', 'announce', 'report', 'add', 'warn', 'note', 'allege', 'insist', 'confirm',
    'write', 'explain', 'argue', 'assert', 'declare', 'reveal', 'tweet', 'post', 'stress', 'suggest',
    'acknowledge', 'admit', 'maintain', 'reply', 'respond', 'recall', 'predict', 'concede', 'describe',
    'estimate', 'believe', 'think', 'testify', 'urge', 'contend', 'affirm', 'emphasise', 'emphasize', 'point',
    'observe', 'remark', 'comment', 'mention', 'disclose', 'inform', 'notify', 'indicate', 'signal', 'promise',
    'vow', 'pledge', 'swear', 'repeat', 'reiterate', 'reaffirm', 'conclude', 'speak', 'tell', 'quote', 'cite',
    'recount', 'relate', 'narrate', 'answer', 'retort', 'counter', 'object', 'protest', 'complain', 'lament',
    'regret', 'exclaim', 'shout', 'cry', 'whisper', 'mutter', 'caution', 'alert', 'advise', 'recommend',
    'propose', 'demand', 'ask', 'request', 'call', 'plead', 'appeal', 'concur', 'agree', 'assure', 'guarantee',
    'certify', 'attest', 'verify', 'publish', 'announce', 'proclaim', 'boast', 'brag', 'hint', 'imply',
    'speculate', 'forecast', 'foresee', 'find', 'feel', 'hold', 'explain', 'detail', 'outline', 'summarise',
    'summarize', 'clarify', 'specify', 'stipulate', 'acknowledge', 'recognise', 'recognize', 'confess',
    'divulge', 'leak', 'blog', 'write', 'text', 'email', 'brief', 'testify', 'suggest', 'contend', 'posit',
    'reason', 'surmise', 'guess', 'reckon', 'judge', 'consider', 'expect',
  ],
  deny: [
    'deny', 'reject', 'dismiss', 'refute', 'dispute', 'contradict', 'debunk', 'rebuff', 'rebut', 'repudiate',
    'disavow', 'disclaim', 'contest', 'challenge', 'discount', 'disprove', 'retract', 'recant', 'rule',
    'downplay',
  ],
  accuse: [
    'accuse', 'blame', 'condemn', 'criticise', 'criticize', 'denounce', 'slam', 'blast', 'decry', 'censure',
    'charge', 'fault', 'castigate', 'chastise', 'rebuke', 'lambast', 'lambaste', 'attack', 'incriminate',
    'implicate', 'indict', 'impute', 'attribute', 'brand', 'label', 'call',
  ],
  hedge: ['seem', 'appear'],
};
const EN_IRREGULAR = {
  say: ['said', 'said'], tell: ['told', 'told'], write: ['wrote', 'written'], think: ['thought', 'thought'],
  speak: ['spoke', 'spoken'], swear: ['swore', 'sworn'], find: ['found', 'found'], feel: ['felt', 'felt'],
  hold: ['held', 'held'], foresee: ['foresaw', 'foreseen'], forecast: ['forecast', 'forecast'],
  leak: ['leaked', 'leaked'], brief: ['briefed', 'briefed'], text: ['texted', 'texted'],
};
// Final consonant doubled before -ed/-ing (stress on the last syllable, or British -l).
const EN_DOUBLE = new Set(['admit', 'slam', 'blog', 'brag', 'rebut', 'concur', 'signal']);
// British -l doubling: "signalled"; both spellings are kept for these.
const EN_BOTH_L = new Set(['signal']);

function parseArgs(argv) {
  const args = { verbiste: '/usr/share/verbiste-0.1', out: 'data/lexicon', header: '' };
  for (let i = 2; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

const text = (s) => s.replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** verbiste templates: name → { tense: [[endings of person 1], …] }. */
function parseTemplates(xml) {
  const templates = new Map();
  const tenseOf = {
    'infinitive/infinitive-present': 'inf', 'indicative/present': 'pres', 'indicative/imperfect': 'impf',
    'indicative/future': 'fut', 'indicative/simple-past': 'ps', 'conditional/present': 'cond',
    'subjunctive/present': 'subj', 'participle/present-participle': 'ppr', 'participle/past-participle': 'pp',
  };
  for (const m of xml.matchAll(/<template name="([^"]+)">([\s\S]*?)<\/template>/g)) {
    const t = {};
    for (const mood of m[2].matchAll(/<(infinitive|indicative|conditional|subjunctive|participle)>([\s\S]*?)<\/\1>/g)) {
      for (const tense of mood[2].matchAll(/<([a-z-]+)>([\s\S]*?)<\/\1>/g)) {
        const key = tenseOf[`${mood[1]}/${tense[1]}`];
        if (!key) continue;
        t[key] = [...tense[2].matchAll(/<p>([\s\S]*?)<\/p>|<p\s*\/>/g)].map((p) =>
          [...(p[1] ?? '').matchAll(/<i>([^<]*)<\/i>/g)].map((i) => text(i[1])),
        );
      }
    }
    templates.set(text(m[1]), t);
  }
  return templates;
}

/** verbiste's verb list: infinitive → template names (a verb may have two). */
function parseVerbs(xml) {
  const verbs = new Map();
  for (const m of xml.matchAll(/<v>\s*<i>([^<]+)<\/i>\s*<t>([^<]+)<\/t>/g)) {
    const list = verbs.get(text(m[1])) ?? [];
    list.push(text(m[2]));
    verbs.set(text(m[1]), list);
  }
  return verbs;
}

function frenchRows(dir) {
  const templates = parseTemplates(readFileSync(join(dir, 'conjugation-fr.xml'), 'utf8'));
  const verbs = parseVerbs(readFileSync(join(dir, 'verbs-fr.xml'), 'utf8'));
  const rows = [];
  const missing = [];
  for (const [cls, lemmas] of Object.entries(FR)) {
    for (const lemma of new Set(lemmas)) {
      const names = verbs.get(lemma) ?? (FR_FALLBACK[lemma] ? [FR_FALLBACK[lemma]] : undefined);
      if (!names) {
        missing.push(lemma);
        continue;
      }
      for (const name of names) {
        const t = templates.get(name);
        const suffix = name.slice(name.indexOf(':') + 1);
        if (!t || !lemma.endsWith(suffix)) {
          missing.push(`${lemma} (${name})`);
          continue;
        }
        const stem = lemma.slice(0, lemma.length - suffix.length);
        for (const [tense, persons] of Object.entries(t)) {
          for (const endings of persons) for (const e of endings) rows.push([stem + e, lemma, cls, tense]);
        }
      }
    }
  }
  return { rows, missing };
}

function enForms(base) {
  const irr = EN_IRREGULAR[base];
  let s;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) s = `${base}es`;
  else if (/[^aeiou]y$/.test(base)) s = `${base.slice(0, -1)}ies`;
  else s = `${base}s`;
  let ed;
  let ing;
  if (base.endsWith('ee')) [ed, ing] = [`${base}d`, `${base}ing`];
  else if (base.endsWith('ie')) [ed, ing] = [`${base}d`, `${base.slice(0, -2)}ying`];
  else if (base.endsWith('e')) [ed, ing] = [`${base}d`, `${base.slice(0, -1)}ing`];
  else if (/[^aeiou]y$/.test(base)) [ed, ing] = [`${base.slice(0, -1)}ied`, `${base}ing`];
  else if (EN_DOUBLE.has(base)) {
    const d = base + base.at(-1);
    [ed, ing] = [`${d}ed`, `${d}ing`];
  } else [ed, ing] = [`${base}ed`, `${base}ing`];
  const out = [[base, 'base'], [s, '3sg'], [irr?.[0] ?? ed, 'past'], [irr?.[1] ?? ed, 'pp'], [ing, 'ing']];
  if (EN_BOTH_L.has(base)) out.push([`${base}ed`, 'past'], [`${base}ed`, 'pp'], [`${base}ing`, 'ing']);
  return out;
}

function englishRows() {
  const rows = [];
  for (const [cls, lemmas] of Object.entries(EN)) {
    for (const lemma of new Set(lemmas)) for (const [form, tense] of enForms(lemma)) rows.push([form, lemma, cls, tense]);
  }
  return rows;
}

/** One line per form, lemma and class; its tenses merged in a fixed order. */
function toTsv(rows, order, header) {
  const merged = new Map();
  for (const [form, lemma, cls, tense] of rows) {
    if (!form) continue;
    const key = `${form.toLowerCase()}\t${lemma}\t${cls}`;
    const set = merged.get(key) ?? new Set();
    set.add(tense);
    merged.set(key, set);
  }
  const lines = [...merged].map(([k, set]) => `${k}\t${order.filter((t) => set.has(t)).join(',')}`);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${header}\n${lines.join('\n')}\n`;
}

const args = parseArgs(process.argv);
const fr = frenchRows(args.verbiste);
if (fr.missing.length) console.error(`not in verbiste: ${fr.missing.join(', ')}`);
const frTsv = toTsv(fr.rows, ['inf', 'pres', 'impf', 'ps', 'fut', 'cond', 'subj', 'pp', 'ppr'],
  `# form\tlemma\tclass\ttenses — French verb forms from verbiste${args.header ? ` ${args.header}` : ''}; GPL-2+; rebuild: scripts/lexicon/build-verbs.sh`);
const enTsv = toTsv(englishRows(), ['base', '3sg', 'past', 'pp', 'ing'],
  '# form\tlemma\tclass\ttenses — English verb forms generated by rule in scripts/lexicon/build-verbs.mjs');
writeFileSync(join(args.out, 'verbs-fr.tsv'), frTsv);
writeFileSync(join(args.out, 'verbs-en.tsv'), enTsv);
console.error(`verbs-fr.tsv: ${frTsv.split('\n').length - 2} lines; verbs-en.tsv: ${enTsv.split('\n').length - 2} lines`);
