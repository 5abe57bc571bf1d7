/**
 * A speaker check set derived from dependency trees: every reporting use of a
 * verb of saying — the verb has a reported clause (`ccomp`), or is inserted
 * ("…, a dit X": `parataxis`) — whose subject (`nsubj`) is the speaker.
 * Derived in code from the trees, never typed by hand.
 */
import type { UdSentence, UdWord } from './conllu.js';

export type UdLang = 'fr' | 'en';

// Lemmas of verbs of saying: general language, as a dictionary lists them.
const SAY_LEMMAS: Record<UdLang, Set<string>> = {
  fr: new Set(
    `dire déclarer affirmer annoncer indiquer estimer souligner ajouter expliquer préciser assurer confirmer rappeler
     répondre reconnaître admettre démentir nier raconter écrire rapporter prévenir avertir insister noter observer
     révéler soutenir prétendre juger dénoncer accuser promettre répéter signaler confier lancer conclure témoigner
     protester affirmer avouer concéder marteler relever commenter s'exclamer constater regretter déplorer
     mentionner certifier garantir expliciter répliquer rétorquer objecter suggérer`.split(/\s+/),
  ),
  en: new Set(
    `say tell state claim deny announce report add explain insist note argue suggest warn admit acknowledge confirm
     reveal write assert maintain allege stress tweet reply respond recall predict concede declare testify contend
     affirm emphasize emphasise remark comment complain observe mention disclose reiterate vow promise urge`.split(/\s+/),
  ),
};

export interface SpeakerExample {
  lang: UdLang;
  sentId: string;
  text: string;
  verb: { form: string; start: number; end: number };
  /** Character span of the subject's whole subtree, and its head word. */
  gold: { text: string; start: number; end: number; head: string; names: string[] };
  pronoun: boolean;
}

function subtree(words: UdWord[], root: UdWord): UdWord[] {
  const ids = new Set([root.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const w of words) {
      if (!ids.has(w.id) && ids.has(w.head) && w.deprel !== 'punct') {
        ids.add(w.id);
        grew = true;
      }
    }
  }
  return words.filter((w) => ids.has(w.id));
}

/** The head's names: itself, and what stands in apposition or as its name ("le président du club, Angel Torres"). */
function namesOf(words: UdWord[], head: UdWord): string[] {
  // Sequoia attaches "Laurent" of "le procureur Laurent Zuchowicz" as a bare nmod (no "de").
  const bareName = (w: UdWord) =>
    w.deprel.startsWith('nmod') && w.upos === 'PROPN' && !words.some((c) => c.head === w.id && c.deprel === 'case');
  const appositions = words.filter((w) => w.head === head.id && (/^(?:appos|flat|conj)/.test(w.deprel) || bareName(w)));
  const flats = words.filter((w) => appositions.some((a) => a.id === w.head) && w.deprel.startsWith('flat'));
  return [head, ...appositions, ...flats].map((w) => w.form);
}

/** The verb reports speech here: it governs a clause, or it is inserted into one. */
function isReportingUse(words: UdWord[], verb: UdWord): boolean {
  if (verb.deprel.startsWith('parataxis')) return true;
  return words.some((w) => w.head === verb.id && (w.deprel.startsWith('ccomp') || w.deprel.startsWith('parataxis')));
}

export function speakerExamples(sentences: UdSentence[], lang: UdLang): SpeakerExample[] {
  const out: SpeakerExample[] = [];
  for (const s of sentences) {
    for (const verb of s.words) {
      if (verb.upos !== 'VERB' || !SAY_LEMMAS[lang].has(verb.lemma.toLowerCase())) continue;
      const subject = s.words.find((w) => w.head === verb.id && w.deprel === 'nsubj');
      if (!subject || !isReportingUse(s.words, verb)) continue;
      const span = subtree(s.words, subject);
      const start = Math.min(...span.map((w) => w.start));
      const end = Math.max(...span.map((w) => w.end));
      out.push({
        lang,
        sentId: s.id,
        text: s.text,
        verb: { form: verb.form, start: verb.start, end: verb.end },
        gold: { text: s.text.slice(start, end), start, end, head: subject.form, names: namesOf(s.words, subject) },
        pronoun: subject.upos === 'PRON',
      });
    }
  }
  return out;
}

/** Sentences with no verb of saying at all: where any speaker reported is a false one. */
export function controlSentences(sentences: UdSentence[], lang: UdLang, limit: number): UdSentence[] {
  const none = sentences.filter((s) => !s.words.some((w) => SAY_LEMMAS[lang].has(w.lemma.toLowerCase())));
  // Every k-th sentence: a spread over the treebank that is the same on every run.
  const step = Math.max(1, Math.floor(none.length / limit));
  return none.filter((_, i) => i % step === 0).slice(0, limit);
}
