/**
 * What a document has named so far, for the words that point back: "il a
 * ajouté", "it said", "le diplomate", "la même source", "selon ce dernier".
 * A pronoun reaches a few sentences back, to one person when it is singular and
 * to a description only when its gender does not contradict it.
 */
import { uRe } from '../../text/regex.js';
import { TITLE_WORD, isPlural, isSingularPronoun, type SpeakerParts } from './speakers.js';

/** A pronoun reaches back this many sentences for its speaker, no further. */
const ANAPHORA_REACH = 2;
// "le diplomate", "cette même source", "the ministry": a definite role noun with nothing after it.
const ROLE_ANAPHOR_RE = uRe(/^(?:le|la|l['’]|ce|cet|cette|the|this)\s*(?:même\s+|dernier\s+|same\s+)?(\p{Ll}[\p{Ll}-]{2,})$/u);
// A definite description of three words or more, all lower case but for a place or a club: "le cuisinier
// savoyard", "le célèbre journaliste sportif", "the 52-year-old striker".
const EPITHET_RE = uRe(/^(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*(?:[\p{Ll}\d-]+\s+){1,6}[\p{Ll}\d'’-]+$/u);
// A body, not a person: "la direction du port" is no epithet of the man quoted before it.
const BODY_WORD_RE = /\b(?:direction|mairie|ministère|gouvernement|parquet|police|gendarmerie|société|entreprise|groupe|compagnie|commission|conseil|tribunal|cour|préfecture|agence|association|syndicats?|fédération|club|équipe|armée|opposition|majorité|company|group|ministry|government|court|council|agency|board|union|team|department|office|authority|committee|party|parti|administration|municipalité|justice)\b/iu;
// Heads that point back whatever the antecedent's description says.
const GENERIC_ANAPHOR_RE = /^(?:source|dernier|dernière|latter|responsable|official|intéressé|intéressée)$/u;
// "the company", "l'entreprise": a firm's generic noun, for the firm named last — when its name says it is one
// (an acronym, "Deutsche Telekom", "Olin Corp."), never a person's name.
const FIRM_ANAPHOR_RE = /^(?:company|firm|group|operator|carrier|manufacturer|airline|retailer|insurer|lender|automaker|carmaker|entreprise|société|groupe|opérateur|compagnie|constructeur|firme|enseigne|assureur)$/u;
const BUSINESS_ONLY_RE = /^(?:airline|carrier|retailer|insurer|lender|automaker|carmaker|enseigne|assureur)$/u;
const FIRM_NAME_RE = uRe(
  /(?:^|\s)(?:\p{Lu}{2,}[\p{Lu}\d&-]*|[\p{L}]*(?:Telekom|Telecom|Tel|Bank|Banque|Airlines|Airways|Motors|Energy|Énergie|Pharma|Petroleum|Oil|Gas|Systems|Technologies|Holdings?|Group|Groupe|Corp\.?|Corporation|Inc\.?|Ltd\.?|plc|SA|AG|GmbH|NV|Co\.?|Company))(?:\s|$)/u,
);
const FEMININE_RE = /^(?:elle|elles|cette\s+dernière|celle-ci)$/iu;
const MASCULINE_RE = /^(?:il|ils|ce\s+dernier|celui-ci)$/iu;

// "l'Association internationale des fédérations d'athlétisme (IAAF)", "the World Health Organization (WHO)".
const ACRONYM_RE = uRe(/(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,8}?)\s*\((\p{Lu}{2,8})\)/gu);

// "Public Health Minister Anutin Charnvirakul", "le ministre de la Santé Paul Roux", "la juge, Anne Petit":
// a title written once before the name, which "Mr Anutin … the minister said" points back to.
const EN_TITLED_RE = uRe(String.raw`((?:\p{Lu}[\p{L}-]+\s+){0,3}${TITLE_WORD})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`, 'gu');
const FR_ROLE = String.raw`(?:ministre|président|présidente|directeur|directrice|maire|procureur|procureure|porte-parole|secrétaire|juge|avocat|avocate|gouverneur|ambassadeur|ambassadrice|chef|cheffe|patron|patronne|préfet|préfète|député|députée|sénateur|sénatrice|commissaire|entraîneur|sélectionneur|capitaine|dirigeant|dirigeante|responsable|syndicaliste|délégué|déléguée|représentant|représentante|élu|élue|édile|conseiller|conseillère|adjoint|adjointe|militant|militante|expert|experte|chercheur|chercheuse|médecin|professeur|professeure|enquêteur|enquêtrice)`;
// (A title does not end on a preposition, and a name ends before the next capital: "le ministre des Finances
// Paul Arnaud" is Paul Arnaud, minister of Finance — not "Finances Paul".)
const FR_TITLED_RE = uRe(String.raw`\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Dd]e\s+la|[Ss]on|[Ss]a|[Ll]eur|[Uu]ne?(?:\s+autre)?)\s*(${FR_ROLE}(?:\s+[\p{L}'’-]+){0,5}?)(?<!\s(?:de|des|du|d['’]|la|le|les|l['’]))(?:\s+|\s*,\s*(?=(?:(?:Me|Maître|M\.|Mme|Dr)\s+)?\p{Lu}\p{Ll}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*[,;:)»]))(?:(?:Me|Maître|M\.|Mme|Dr)\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?![\s-]+\p{Lu})`, 'gu');

export type Entity = { kind: 'speaker'; parts: SpeakerParts } | { kind: 'outlet'; name: string };

export class Antecedents {
  private sentence = 0;
  private named: SpeakerParts | null = null;
  /** Sentence where the named speaker was last named or referred to. */
  private namedAt = -99;
  /** The last unnamed speaker ("the company", "le groupe"), for a pronoun when no named one is nearer. */
  private described: SpeakerParts | null = null;
  private describedAt = -99;
  /** The last anonymous source, for "the source" / "la source" after it. */
  private source: SpeakerParts | null = null;
  private sourceAt = -99;
  /** The last speaker or outlet mentioned, whichever came later ("selon ce dernier"). */
  last: Entity | null = null;
  /** The last outlet named, however far back ("le quotidien" points to it). */
  lastOutlet: string | null = null;

  /** Acronym → the name it was introduced with, as the document spelt it. */
  private readonly expansions = new Map<string, string>();

  /** Each word of a name → the title the document gave it ("Anutin" → "Public Health Minister"). */
  private readonly titles = new Map<string, string>();
  /** Names the document gave a title, with the title and the sentence, latest last. */
  private readonly titled: Array<{ name: string; title: string; at: number }> = [];

  /** Moves on to the next sentence of the document, learning the acronyms and titles it introduces. */
  next(text = ''): void {
    this.sentence++;
    if (text.includes('(')) for (const m of text.matchAll(ACRONYM_RE)) this.expansions.set(m[2]!, m[1]!);
    for (const re of [EN_TITLED_RE, FR_TITLED_RE]) {
      for (const m of text.matchAll(re)) {
        for (const word of m[2]!.split(/\s+/)) if (!this.titles.has(word)) this.titles.set(word, m[1]!);
        this.titled.push({ name: m[2]!, title: m[1]!, at: this.sentence });
        // "Le conseiller d'Etat Mauro Poggia, …, s'est montré plus disert. Il indique que…": a titled
        // person opening a sentence is whom its next pronoun means, speaking or not.
        if (m.index! <= 4 && this.sentence > this.namedAt) {
          this.named = { speaker: m[2]!, role: m[1]!.trim(), organization: null, named: true };
          this.namedAt = this.sentence;
        }
      }
    }
  }

  /** The titles the document gave the words of a name. */
  private titleOf(name: string): string {
    return name.split(/\s+/).map((w) => this.titles.get(w) ?? '').join(' ');
  }

  speaker(parts: SpeakerParts): void {
    if (parts.named) {
      this.named = parts;
      this.namedAt = this.sentence;
    } else {
      this.described = parts;
      this.describedAt = this.sentence;
    }
    this.last = { kind: 'speaker', parts };
  }

  outlet(name: string): void {
    this.last = { kind: 'outlet', name };
    this.lastOutlet = name;
  }

  /** The speaker a pronoun stands for: recent, and one person when the pronoun is singular. */
  pronoun(pronoun: string): SpeakerParts | null {
    // "The company said… It added that…": an unnamed speaker, when it is the nearer one
    // and its gender does not contradict the pronoun ("le joueur… Elle estime" is not him).
    const gender = FEMININE_RE.test(pronoun) ? 'f' : MASCULINE_RE.test(pronoun) ? 'm' : null;
    const fits = (p: SpeakerParts) => !(gender && p.gender && p.gender !== gender);
    const useDescribed = this.described !== null && this.describedAt > this.namedAt && fits(this.described);
    const s = useDescribed ? this.described : this.named;
    const at = useDescribed ? this.describedAt : this.namedAt;
    if (!s || this.sentence - at > ANAPHORA_REACH) return null;
    if (isSingularPronoun(pronoun) && isPlural(s.speaker)) return null;
    if (useDescribed) this.describedAt = this.sentence;
    else this.namedAt = this.sentence;
    return s;
  }

  /** A role noun that points back: the recent named speaker, if its description holds that noun. */
  /** Records an anonymous source ("une source policière", "a source from CAS") for "la source" and "the source" after it. */
  anonymousSource(parts: SpeakerParts): void {
    this.source = parts;
    this.sourceAt = this.sentence;
  }

  description(np: string): SpeakerParts | null {
    const t = np.trim();
    const m = ROLE_ANAPHOR_RE.exec(t.charAt(0).toLowerCase() + t.slice(1));
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    // "the source" after "a source from CAS": the anonymous source, when it came after the last named speaker.
    if (head === 'source' && this.source && this.sourceAt >= this.namedAt && this.sentence - this.sourceAt <= ANAPHORA_REACH + 1) return this.source;
    const s = this.named;
    if (!s || this.sentence - this.namedAt > ANAPHORA_REACH + 1) return this.titleHolder(head);
    // "insiste la fédération" after "a répliqué l'IAAF": the acronym's expansion describes it too.
    const expansion = this.expansions.get(s.speaker) ?? (s.organization ? this.expansions.get(s.organization) : undefined) ?? '';
    const described = `${s.role ?? ''} ${s.organization ?? ''} ${s.speaker} ${expansion} ${this.titleOf(s.speaker)}`.toLowerCase();
    // (A head only a business takes — "the airline", "l'enseigne" — also takes a one-word name: "Ryanair".)
    const firm = FIRM_ANAPHOR_RE.test(head) && (FIRM_NAME_RE.test(s.speaker) || (BUSINESS_ONLY_RE.test(head) && !/\s/u.test(s.speaker)));
    if (!firm && !GENERIC_ANAPHOR_RE.test(head) && !described.includes(head.slice(0, Math.min(5, head.length)))) return this.titleHolder(head);
    this.namedAt = this.sentence;
    return s;
  }

  /**
   * "« … », a réagi Marc Veyrat. « … », a ajouté le cuisinier au sempiternel chapeau noir": a description
   * with its own modifiers, the way a text names again whom it just quoted, is the speaker just named.
   * A bare role ("le procureur") may be someone new; an epithet of three words or more is not.
   */
  epithet(np: string, goesOn = false): SpeakerParts | null {
    // (After a verb of going on — "a ajouté le cuisinier" — a bare role is enough.)
    const shaped = EPITHET_RE.test(np.trim()) || (goesOn && ROLE_ANAPHOR_RE.test(np.trim().replace(/^./u, (c) => c.toLowerCase())));
    if (!shaped || BODY_WORD_RE.test(np) || !this.named || this.sentence - this.namedAt > ANAPHORA_REACH) return null;
    this.namedAt = this.sentence;
    return this.named;
  }

  /**
   * "The Prime Minister said" after "Prime Minister Jacinda Ardern": a capitalised title with its
   * article, for the one person the document gave that very title.
   */
  capitalisedTitle(np: string): SpeakerParts | null {
    const m = /^(?:the|le|la|l['’])\s*(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4})$/iu.exec(np.trim());
    if (!m) return null;
    const title = m[1]!.toLowerCase();
    const holders = new Set(this.titled.filter((t) => t.title.toLowerCase() === title).map((t) => t.name));
    if (holders.size !== 1) return null;
    const name = [...holders][0]!;
    return { speaker: name, role: m[1]!, organization: null, named: true };
  }

  /**
   * "le ministre" several sentences after "Le ministre de l'Industrie, Eric Besson": the one
   * person the document gave that title, however far back — when no one else holds it.
   */
  private titleHolder(head: string): SpeakerParts | null {
    if (GENERIC_ANAPHOR_RE.test(head)) return null;
    const stem = head.slice(0, Math.min(5, head.length));
    const holders = new Set(this.titled.filter((t) => t.title.toLowerCase().includes(stem)).map((t) => t.name));
    if (holders.size !== 1) return null;
    const name = [...holders][0]!;
    const title = this.titled.find((t) => t.name === name)!.title;
    return { speaker: name, role: title, organization: null, named: true };
  }
}
