/**
 * `found` as an alignment: a passage that gives another number, the opposite
 * outcome, the other polarity or another actor does not carry the claim, and
 * the report says what differs, verbatim; paraphrases, numbers written in
 * words and claims in the other language are still found.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine, openEngine, type Engine } from '../core/engine.js';
import { assembleCorpus, buildDoc } from '../core/corpus/load.js';
import { verifyClaim } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { groundMismatches } from '../core/ground.js';
import { numberMentions, compatible } from '../core/retrieve/numbers.js';
import { coverageOf, type Hit } from '../core/retrieve/search.js';
import { decideFound, undecidedHits } from '../core/retrieve/found.js';
import { buildConcepts, type Concept } from '../core/retrieve/query.js';
import { tokenize } from '../core/text/tokens.js';
import { defaultLexicon } from '../core/engine.js';
import type { Report, ReportPassage } from '../core/schema.js';

/** An engine over documents written for one test. */
const engineOf = (...docs: ReturnType<typeof buildDoc>[]) => buildEngine(assembleCorpus('/tmp/none', docs, []));

// One topic per document, so each passage is one story.
const DOCS: Record<string, string> = {
  'fishing.txt': `Bilan de la saison de pêche\n\nLes gardes-côtes ont intercepté 40 bateaux de pêche illégaux au large de Brest cet été, selon la préfecture maritime.\n`,
  'pool.txt': `Conseil municipal\n\nLe conseil municipal de Quimper a rejeté mardi le projet de nouvelle piscine, jugé trop coûteux par la majorité.\n`,
  'lake.txt': `Qualité de l'eau\n\nLes inspecteurs n'ont trouvé aucune trace de plomb dans l'eau du lac de Vassivière, a indiqué l'agence régionale de santé.\n`,
  'forest.txt': `Incendie\n\nLes pompiers ont maîtrisé dans la nuit l'incendie qui ravageait la forêt de Brocéliande depuis trois jours.\n`,
  'tram.txt': `Transport news\n\nThe city of Lyonesse spent 35 million euros on its new tram line, the auditor's report shows.\n`,
  'storm.txt': `Weather news\n\nThe storm flooded the harbour of Porthaven overnight but caused no casualties, the mayor said.\n`,
  'border.txt': `Border news\n\nMorvania attacked the border posts of Vessania on Sunday, the defence ministry said in a statement.\n`,
  'schools.txt': `Education news\n\nThe regional council approved a new budget for public schools on Monday after a long debate.\n`,
  'factory.txt': `Industrie\n\nL'usine de Dunmore a fermé ses portes le 3 mars 2019, laissant deux cents salariés sans emploi.\n`,
  'airline.txt': `Aviation\n\nNorthwind Airways on Monday rejected a report blaming its crew for the crash near Porthaven in May.\n`,
  'club.txt': `Sport\n\nLe club de football de Kerlouan n'a recruté que deux joueurs cet été, faute de moyens.\n`,
  'spies.txt': `Espionnage\n\nUne unité du renseignement militaire norvégien a surveillé les ports de Kirkenes pendant deux ans, selon le quotidien Nordlys.\n`,
  'athlete.txt': `Athlétisme\n\nSelon la fédération, la sprinteuse Lina Marsac n'a pas pu être jointe lors de trois contrôles inopinés aux adresses indiquées.\n`,
  'mill.txt': `Industrie textile\n\nLa filature de Lannilis a été fermée en 2005, après des protestations des riverains contre le bruit.\n`,
  'ruling.txt': `Judge Lets Airline Suit Go Forward\nPORTHAVEN — A federal judge on Tuesday rejected a request by Northwind Airways to dismiss the passengers' lawsuit.\n`,
  'rates.txt': `Taux\n\nLe gouverneur Ramon Ibáñez a déclaré que la banque centrale de Westland ne baisserait pas ses taux cette année.\n`,
  'papers.txt': `Revue de presse\n\nLe maire de Porthaven a admis mardi avoir caché l'audit des travaux du port, a rapporté le Courier.\n`,
  'lawsuit.txt': `Courts\n\nThe ferry operator sued the harbour authority for breach of contract, according to court papers filed in the county of Westmarch.\n`,
  'river.txt': `Pollution de la Vire\n\nLe président de la fédération de pêche de la Manche a porté plainte lundi contre la laiterie de Condé après la pollution de la Vire, qui a tué des milliers de poissons sur plusieurs kilomètres en aval de l'usine, a-t-on appris auprès de la préfecture, qui a ouvert une enquête administrative.\n\n« On a déjà récupéré deux tonnes de poissons morts sur les berges. Quatorze espèces ont été touchées, dont l'anguille et la truite de mer », a déploré le président de la fédération, qui n'avait jamais vu une telle pollution en trente ans.\n`,
  'hearing.txt': `Hearing news\n\nThe nurses' lawyer said the regulator relies on allegations from anonymous sources which have not been identified.\n`,
  'attendance.txt': `Schools news\n\n"Failure to ensure regular attendance is an offence and may lead to prosecution," the acting director of Westmoor schools wrote to parents.\n`,
  'tool.txt': `Accessibilité\n\nSelon la société Nordica, l'outil de son concurrent ne répondait pas aux besoins des usagers, et les problèmes rencontrés par les usagers aveugles étaient nombreux.\n`,
  'market.txt': `Market news\n\nThe weekend fish market of Porthaven drew a record crowd of buyers, the organisers said.\n`,
  'inspection.txt': `Education news\n\nThe inspector called Westmoor academy a text-book example of a failing school after a two-day visit.\n`,
  'defence.txt': `Court news\n\nThe attorney for the Kerlouan fishermen described the cannery's behaviour as a clear example of negligence.\n`,
  'envoys.txt': `Diplomacy\n\nThe envoy said the minister's remarks had nothing to do with reality. A source said the ministry, as usual, does not accept that its figures are corrected.\n`,
};

let engine: Engine;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'claimtrail-found-'));
  for (const [name, text] of Object.entries(DOCS)) await writeFile(join(dir, name), text);
  engine = await openEngine(dir, { snapshot: false });
});

const verify = (claim: string) => verifyClaim(engine, claim, offlineAnalyser);

/** Every difference names texts that stand verbatim in the claim and in a listed passage. */
function expectGrounded(r: Report): void {
  for (const m of r.mismatches) {
    expect(r.claim).toContain(m.claimText);
    expect(r.passages.find((p) => p.id === m.passageId)?.text).toContain(m.passageText);
  }
}

function expectNotCarried(r: Report, claimText: string, passageText: string): void {
  expect(r.found).toBe(false);
  expect(r.mismatches).toContainEqual(expect.objectContaining({ claimText, passageText }));
  expectGrounded(r);
  // The summary says what differs and never that the claim is true.
  expect(r.summary).toContain(`"${passageText}" where the claim says "${claimText}"`);
  expect(r.summary).not.toMatch(/\b(?:is|are) (?:true|correct|confirmed)\b/i);
  expect(r.sources).toEqual([]);
  expect(r.attributions).toEqual([]);
}

describe('a near miss is not found, and the report says what differs', () => {
  it('another number for the same noun (140 for 40)', async () => {
    expectNotCarried(await verify('Les gardes-côtes ont intercepté 140 bateaux de pêche illégaux au large de Brest.'), '140', '40');
    expectNotCarried(await verify('The coastguard intercepted 140 illegal fishing boats off Brest.'), '140', '40');
  });
  it('a decimal that is not the same amount (3.5 million for 35 million)', async () => {
    expectNotCarried(await verify('The city of Lyonesse spent 3.5 million euros on its new tram line.'), '3.5 million', '35 million');
  });
  it('the opposite outcome (adopted for rejected), in either language', async () => {
    expectNotCarried(await verify('Le conseil municipal de Quimper a adopté mardi le projet de nouvelle piscine.'), 'adopté', 'rejeté');
    expectNotCarried(await verify('The Quimper city council adopted the new swimming pool project on Tuesday.'), 'adopted', 'rejeté');
    expectNotCarried(await verify('Le conseil régional a rejeté lundi le budget des écoles publiques.'), 'rejeté', 'approved');
  });
  it('deaths where the passage says there were no casualties', async () => {
    expectNotCarried(await verify('The storm that flooded the harbour of Porthaven overnight caused several deaths.'), 'deaths', 'no casualties');
    expectNotCarried(await verify('The storm flooded the harbour of Porthaven and killed two people.'), 'killed', 'no casualties');
  });
  it('a negated finding (found lead / found no trace)', async () => {
    expectNotCarried(await verify("Les inspecteurs ont trouvé des traces de plomb dans l'eau du lac de Vassivière."), 'trouvé', "n'ont trouvé");
  });
  it('another day, or another month next to a number, in either language', async () => {
    expectNotCarried(await verify('The regional council approved a new budget for public schools on Friday.'), 'Friday', 'Monday');
    expectNotCarried(await verify('Morvania a attaqué les postes frontières de Vessania samedi.'), 'samedi', 'Sunday');
    expectNotCarried(await verify('The factory at Dunmore closed on 3 April 2019.'), 'April', 'mars');
    const same = await verify('The regional council approved a new budget for public schools on Monday.');
    expect(same.found).toBe(true);
  });
  it('accepted for rejected, a month after "in", another airline of the same kind', async () => {
    expectNotCarried(await verify('Northwind Airways accepted a report blaming its crew for the crash near Porthaven.'), 'accepted', 'rejected');
    expectNotCarried(await verify('Northwind Airways rejected a report blaming its crew for the crash near Porthaven in June.'), 'June', 'May');
    expectNotCarried(await verify('Southwind Airways rejected a report blaming its crew for the crash near Porthaven.'), 'Southwind Airways', 'Northwind Airways');
    expect((await verify('Northwind Airways rejected a report blaming its crew for the crash near Porthaven.')).found).toBe(true);
  });
  it('another nationality qualifying the same noun, in either language', async () => {
    expectNotCarried(await verify('Une unité du renseignement militaire suédois a surveillé les ports de Kirkenes pendant deux ans.'), 'suédois', 'norvégien');
    expectNotCarried(await verify('A Swedish military intelligence unit watched the ports of Kirkenes for two years.'), 'Swedish', 'norvégien');
    expect((await verify('A Norwegian military intelligence unit watched the ports of Kirkenes for two years.')).found).toBe(true);
  });
  it('another year for the same event', async () => {
    expectNotCarried(await verify('La filature de Lannilis a été fermée en 2012 après des protestations des riverains.'), '2012', '2005');
    expect((await verify('La filature de Lannilis a été fermée en 2005 après des protestations des riverains.')).found).toBe(true);
  });
  it('another place in the same frame ("county of Eastmarch" / "county of Westmarch")', async () => {
    expectNotCarried(await verify('The ferry operator sued the harbour authority for breach of contract in the county of Eastmarch.'), 'Eastmarch', 'Westmarch');
    expect((await verify('The ferry operator sued the harbour authority for breach of contract in the county of Westmarch.')).found).toBe(true);
  });
  it('a figure the document gives otherwise in another passage, for the same noun', async () => {
    expectNotCarried(
      await verify('Selon le président de la fédération de pêche de la Manche, douze espèces de poissons ont été touchées par la pollution de la Vire.'),
      'douze',
      'Quatorze',
    );
    expect((await verify('Selon le président de la fédération de pêche de la Manche, quatorze espèces de poissons ont été touchées par la pollution de la Vire.')).found).toBe(true);
  });
  it('another actor in the claim’s actor’s place', async () => {
    expectNotCarried(await verify('Kaltoria attacked the border posts of Vessania on Sunday.'), 'Kaltoria', 'Morvania');
  });
});

describe('a negation by meaning is no polarity mismatch', () => {
  it.each([
    "The envoy said the minister's remarks were unrelated to reality.",
    'A source said the ministry kept refusing, as usual, to accept that its figures are corrected.',
  ])('"%s" is found', async (claim) => {
    const r = await verify(claim);
    expect(r.mismatches).toEqual([]);
    expect(r.found).toBe(true);
  });
});

describe('negations a translation or a noun carries', () => {
  it.each([
    // "non" negates the word after it, as "not been identified" does.
    "Selon l'avocat des infirmières, le régulateur s'appuie sur des allégations de sources anonymes non identifiées.",
    // "Failure to ensure" is "not ensuring".
    'The acting director of Westmoor schools wrote that not ensuring regular attendance is an offence that may lead to prosecution.',
    // The negation moved to another word in translation ("did not meet" / "ne répondait pas"; "rencontrés" elsewhere).
    "Nordica said its competitor's tool did not meet the needs of users.",
  ])('"%s" is found, with nothing differing', async (claim) => {
    const r = await verify(claim);
    expect(r.mismatches).toEqual([]);
    expect(r.found).toBe(true);
  });
  it('still reads an affirmed claim against a negated passage across languages', async () => {
    expectNotCarried(await verify('Selon la société Nordica, l’outil de son concurrent répondait aux besoins des usagers.'), 'répondait', 'ne répondait');
  });
});

describe('a compound written in one word or two', () => {
  const termsOf = (claim: string, word: string) =>
    buildConcepts(claim, 'en', engine.index, defaultLexicon()).find((c) => c.word === word)?.alternatives.map((a) => a.term) ?? [];
  it('looks for "week-end" as the corpus writes it, "weekend"', async () => {
    expect(termsOf('The week-end fish market of Porthaven drew a record crowd.', 'week-end')).toContain('weekend');
    expect((await verify('The week-end fish market of Porthaven drew a record crowd of buyers.')).found).toBe(true);
  });
  it('looks for "textbook", which the corpus never writes, as "text" and "book"', async () => {
    expect(termsOf('The inspector called Westmoor academy a textbook example of a failing school.', 'textbook')).toEqual(['textbook', 'text', 'book']);
    expect((await verify('The inspector called Westmoor academy a textbook example of a failing school.')).found).toBe(true);
  });
});

describe("English synonyms of a word's first sense", () => {
  it('finds "attorney … behaviour … example" for "lawyer … conduct … case"', async () => {
    const claim = "The lawyer for the Kerlouan fishermen described the cannery's conduct as a clear case of negligence.";
    const lawyer = buildConcepts(claim, 'en', engine.index, defaultLexicon()).find((c) => c.word === 'lawyer');
    expect(lawyer?.alternatives.map((a) => a.term)).toContain('attorney');
    const r = await verify(claim);
    expect(r.found).toBe(true);
    expect(r.passages[0]!.docId).toBe('defence');
  });
});

describe('a hyphenated compound is translated whole', () => {
  it('gives "porte-parole" the terms of "spokesperson", and keeps both of its words', () => {
    const concepts = buildConcepts('Le porte-parole du club a démenti.', 'fr', engine.index, defaultLexicon());
    const compound = concepts.find((c) => c.word === 'porte-parole');
    const terms = compound?.alternatives.map((a) => a.term) ?? [];
    expect(terms).toEqual(expect.arrayContaining(['spokesperson', 'port', 'parol']));
    expect(concepts.filter((c) => c.word === 'parole')).toEqual([]);
  });
});

describe('what the passage does say is still found', () => {
  it.each([
    ['the claim as written', 'Morvania attacked the border posts of Vessania on Sunday.'],
    ['the same amount', 'The city of Lyonesse spent 35 million euros on its new tram line.'],
    ['a number in words for the passage’s digits', 'Les gardes-côtes ont intercepté quarante bateaux de pêche illégaux au large de Brest.'],
    ['an English claim with the number in words, on a French passage', 'The coastguard intercepted forty illegal fishing boats off Brest.'],
    ['a paraphrase with a synonym and another word order', 'Dans la nuit, les pompiers ont maîtrisé le feu qui ravageait depuis trois jours la forêt de Brocéliande.'],
    ['an English paraphrase of a French passage', 'Firefighters brought the fire in the Brocéliande forest under control overnight.'],
    ['a French claim on an English passage', 'Le conseil régional a approuvé lundi un nouveau budget pour les écoles publiques.'],
    ['a French claim whose negation agrees with the English passage', 'La tempête a inondé le port de Porthaven pendant la nuit sans faire de victimes.'],
    ['"ne … que" (only), which negates nothing', 'Le club de football de Kerlouan a recruté deux joueurs cet été.'],
    // The negation governs "joignable", not the addresses of its complement.
    ['a negation that both sides share, before a complement', "Lina Marsac n'aurait pas été jointe aux adresses indiquées lors de trois contrôles inopinés."],
    // "Sunday" names the paper, not a day: no difference with a passage dated otherwise.
    ['a day inside a name', "Le maire de Porthaven a admis avoir caché l'audit des travaux du port, selon le Sunday Courier."],
  ])('%s', async (_what, claim) => {
    const r = await verify(claim);
    expect(r.found).toBe(true);
    expect(r.summary).toMatch(/^The claim is carried by/);
  });

  it('a name written without its accent, and a dateline or a headline line that is no actor', async () => {
    const accent = await verify('Le gouverneur Ramon Ibanez a déclaré que la banque centrale de Westland ne baisserait pas ses taux.');
    expect(accent.found).toBe(true);
    expect(accent.mismatches).toEqual([]);
    const dateline = await verify("A Westland federal judge rejected a request by Northwind Airways to dismiss the passengers' lawsuit.");
    expect(dateline.mismatches).toEqual([]);
    expect(dateline.found).toBe(true);
  });

  it('a French claim finds the English passage through the inverted lexicon, and not without it', async () => {
    const claim = 'Le conseil régional a approuvé lundi un nouveau budget pour les écoles publiques.';
    const r = await verify(claim);
    expect(r.lang).toBe('fr');
    expect(r.passages[0]!.docId).toBe('schools');
    const { Lexicon } = await import('../core/retrieve/lexicon.js');
    const bare = await verifyClaim({ ...engine, lexicon: Lexicon.parse('') }, claim, offlineAnalyser);
    expect(bare.found).toBe(false);
  });
});

describe('the inverted lexicon', () => {
  it('gives English words for inflected French words', () => {
    const lex = defaultLexicon();
    expect(lex.translateFrench('rejetée')).toContain('reject');
    expect(lex.translateFrench('détruits')).toContain('destroy');
    expect(lex.translateFrench('écoles')).toContain('school');
    expect(lex.translateFrench('xqzvw')).toEqual([]);
  });
});

describe('two neighbouring passages', () => {
  const hit = (docId: string, n: number, matched: number[]): Hit => ({
    passage: { id: `${docId}#${n}`, docId, n, start: 0, end: 1, text: 'x' },
    score: 1,
    coverage: 0.4,
    specificCoverage: 1,
    matched,
  });
  // Five concepts of equal weight: a passage holding two covers less than half the claim.
  const union = (a: Hit, b: Hit) => ({ coverage: new Set([...a.matched, ...b.matched]).size / 5, specificCoverage: 1 });
  const agree = () => ({ mismatches: [], mismatched: [], unheld: [], coverage: 0.4, specificCoverage: 1 });
  it('carry a claim neither carries alone, and both are read', () => {
    const [a, b] = [hit('d', 2, [0, 1]), hit('d', 3, [2, 3])];
    const decision = decideFound([a, b], agree, union);
    expect(decision.found).toBe(true);
    expect(decision.together.map((h) => h.passage.id)).toEqual(['d#2', 'd#3']);
  });
  it('only when they are neighbours of one document, both agree with the claim, and together they cover it', () => {
    expect(decideFound([hit('d', 2, [0, 1]), hit('d', 4, [2, 3])], agree, union).found).toBe(false);
    expect(decideFound([hit('d', 2, [0, 1]), hit('e', 3, [2, 3])], agree, union).found).toBe(false);
    expect(decideFound([hit('d', 2, [0, 1]), hit('d', 3, [1])], agree, union).found).toBe(false);
    const differs = (h: Hit) => (h.passage.n === 3 ? { ...agree(), mismatches: [{ claimText: '2012', passageText: '2005', passageId: 'd#3' }] } : agree());
    expect(decideFound([hit('d', 2, [0, 1]), hit('d', 3, [2, 3])], differs, union).found).toBe(false);
  });
});

describe('undecided passages a judging model may read', () => {
  const hit = (docId: string, n: number, specificCoverage: number): Hit => ({
    passage: { id: `${docId}#${n}`, docId, n, start: 0, end: 1, text: 'x' },
    score: 1,
    coverage: 0.4,
    specificCoverage,
    matched: [],
  });
  const agree = () => ({ mismatches: [], mismatched: [], unheld: [], coverage: 0.4, specificCoverage: 0 });
  const undecided = { found: false, together: [], mismatches: [] };
  // The claim's one name stands in the lede (spec 1), not in the passage that carries the rest (spec 0).
  const union = (a: Hit, b: Hit) => ({ coverage: 0.45, specificCoverage: Math.max(a.specificCoverage, b.specificCoverage) });
  it("include a passage whose document names the claim's names in another head passage", () => {
    const ids = undecidedHits([hit('d', 3, 0), hit('d', 0, 1)], undecided, agree, union).map((h) => h.passage.id);
    expect(ids).toEqual(['d#3', 'd#0']);
  });
  it('not one whose document never names them', () => {
    const ids = undecidedHits([hit('d', 3, 0), hit('e', 0, 1)], undecided, agree, union).map((h) => h.passage.id);
    expect(ids).toEqual(['e#0']);
  });
});

describe('coverage', () => {
  const concept = (word: string, frame: boolean): Concept => ({ word, frame, specific: false, number: false, untranslated: false, alternatives: [] });
  it('does not count a missing word of the attribution frame against a passage, and counts one it has', () => {
    const concepts = [concept('maire', false), concept('caché', false), concept('déclaré', true)];
    const weights = [2, 2, 1];
    expect(coverageOf(concepts, weights, (i) => i !== 2)).toBe(1);
    expect(coverageOf(concepts, weights, (i) => i !== 1)).toBeCloseTo(3 / 5);
    expect(coverageOf(concepts.map((c) => ({ ...c, frame: false })), weights, (i) => i !== 2)).toBeCloseTo(4 / 5);
  });
  it('marks verbs of saying and prepositions of attribution as the frame, not what is said', () => {
    const frames = (claim: string) => buildConcepts(claim, 'fr', engine.index, engine.lexicon).filter((c) => c.frame).map((c) => c.word);
    expect(frames("D'après la radio, le maire a déclaré avoir caché l'audit.")).toEqual(['après', 'déclaré']);
    expect(frames('Le maire a caché l’audit après les travaux.')).toEqual([]);
  });
});

describe('numbers', () => {
  const read = (text: string, lang: 'fr' | 'en') => numberMentions(tokenize(text), text, lang);
  it('reads digits, words, scales and approximations in both languages', () => {
    const values = (text: string, lang: 'fr' | 'en') => read(text, lang).map((m) => m.value);
    expect(values('3,5 millions de personnes', 'fr')).toEqual([3_500_000]);
    expect(values('3.5 million people', 'en')).toEqual([3_500_000]);
    expect(values('10 000 soldats', 'fr')).toEqual([10_000]);
    expect(values('quatre-vingt-dix-neuf ans', 'fr')).toEqual([99]);
    expect(values('vingt et un jours', 'fr')).toEqual([21]);
    expect(values('forty-two days', 'en')).toEqual([42]);
    expect(values('une quarantaine de bateaux', 'fr')).toEqual([40]);
    expect(values('placés en quarantaine', 'fr')).toEqual([]);
    expect(values('un homme', 'fr')).toEqual([]);
  });
  it('lets an approximation or a bound meet a close number, not a far one', () => {
    const [approx] = read('une quarantaine', 'fr');
    const [forty] = read('around forty', 'en');
    const [hundredForty] = read('140', 'en');
    const [moreThan100] = read('plus de 100', 'fr');
    expect(compatible(approx!, forty!)).toBe(true);
    expect(compatible(approx!, hundredForty!)).toBe(false);
    expect(compatible(moreThan100!, hundredForty!)).toBe(true);
  });
  it('reads "près de 900" and "autour de 900" as approximate: 895 meets them, 600 does not', () => {
    const [nearly] = read('près de 900 jouets', 'fr');
    const [around] = read('autour de 900 jouets', 'fr');
    const [exact] = read('895 jouets', 'fr');
    const [far] = read('600 jouets', 'fr');
    expect([nearly!.bound, around!.bound]).toEqual(['approx', 'approx']);
    expect(compatible(nearly!, exact!)).toBe(true);
    expect(compatible(around!, far!)).toBe(false);
  });
});

describe('grounding differences', () => {
  const passage: ReportPassage = { id: 'd#0', docId: 'd', title: null, outlet: null, date: null, text: 'Ils ont vu 40 navires.', score: 1 };
  const passages = new Map([[passage.id, passage]]);
  it('keeps a difference quoted verbatim on both sides', () => {
    const out = groundMismatches([{ claimText: '140', passageText: '40', passageId: 'd#0' }], 'Ils ont vu 140 navires.', passages);
    expect(out.mismatches).toHaveLength(1);
    expect(out.warnings).toEqual([]);
  });
  it('drops one whose passage text, claim text or passage is not there, and says so', () => {
    const out = groundMismatches(
      [
        { claimText: '140', passageText: '41', passageId: 'd#0' },
        { claimText: '150', passageText: '40', passageId: 'd#0' },
        { claimText: '140', passageText: '40', passageId: 'other#3' },
      ],
      'Ils ont vu 140 navires.',
      passages,
    );
    expect(out.mismatches).toEqual([]);
    expect(out.warnings).toHaveLength(3);
    expect(out.warnings.join('\n')).toMatch(/not verbatim in passage d#0[\s\S]*not in the claim[\s\S]*not among the report's passages/);
  });
});

describe('a name the document gives need not be repeated in the carrying passage', () => {
  // Written for this test.
  const text = [
    'Effondrement à Castelnau : une enquête ouverte',
    '',
    "Un immeuble de quatre étages s'est effondré dimanche soir à Castelnau, faisant trois morts et onze blessés. Les secours ont travaillé toute la nuit pour dégager les décombres, sous une pluie battante, avec l'aide de chiens dressés et de grues venues des communes voisines.",
    '',
    "Les familles relogées ont été accueillies dans un gymnase par la Croix-Rouge, qui a distribué des couvertures, des repas chauds et des vêtements. La mairie a ouvert une cellule d'aide psychologique et promis un relogement durable avant la fin du mois.",
    '',
    'Le parquet a ouvert une information judiciaire contre X pour homicides involontaires et blessures involontaires, selon une source judiciaire.',
  ].join('\n');
  const engine = engineOf(buildDoc('castelnau.txt', text));
  it('finds the inquiry "after the Castelnau collapse" in the paragraph that does not name Castelnau', async () => {
    const r = await verifyClaim(engine, "Une information judiciaire pour homicides et blessures involontaires a été ouverte après l'effondrement de Castelnau.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.passages[0]!.text).toMatch(/information judiciaire/);
  });
  it('still wants a name the document never gives', async () => {
    const r = await verifyClaim(engine, "Une information judiciaire pour homicides et blessures involontaires a été ouverte après l'effondrement de Montauban.", offlineAnalyser);
    expect(r.found).toBe(false);
  });
});

describe('sums with a scale letter, and "nowhere near"', () => {
  // Written for this test.
  const text = [
    'Inquiry costs questioned - Harbour Courier',
    '',
    'Officials on the £13m harbour inquiry are accused of wasting money on retreats abroad, the report says.',
    '',
    'The minister said the recent rain had not been anywhere near enough to refill the reservoirs.',
  ].join('\n');
  const engine = engineOf(buildDoc('sums.txt', text));
  it('tells £31m from £13m, and finds £13m', async () => {
    const wrong = await verifyClaim(engine, 'Officials on the £31m harbour inquiry wasted money on retreats abroad.', offlineAnalyser);
    expect(wrong.found).toBe(false);
    expect(wrong.mismatches.some((m) => m.claimText.includes('31m') && m.passageText.includes('13m'))).toBe(true);
    expect((await verifyClaim(engine, 'Officials on the £13m harbour inquiry wasted money on retreats abroad.', offlineAnalyser)).found).toBe(true);
  });
  it('reads "nowhere near enough" as the negation "not anywhere near enough" is', async () => {
    const r = await verifyClaim(engine, 'The minister said the recent rain was nowhere near enough to refill the reservoirs.', offlineAnalyser);
    expect(r.found).toBe(true);
  });
});

describe('a long claim reworded beyond the dictionaries', () => {
  // Written for this test.
  const text = [
    'Quota deal struck - Harbour Courier',
    '',
    'The Federation of Breton Fishermen said reductions in the hake quotas would lead only to enforced discarding of marketable fish at sea.',
    '',
    'Ministers met for two days before the agreement was reached at dawn.',
  ].join('\n');
  const engine = engineOf(buildDoc('quota.txt', text));
  it('is found when every name is there and nothing differs, though few of its words are', async () => {
    const r = await verifyClaim(engine, "A Breton fishermen's body warned that smaller hake quotas would force crews to discard fish that could have been sold at market.", offlineAnalyser);
    expect(r.found).toBe(true);
  });
  it('is not found when a name of it is missing', async () => {
    const r = await verifyClaim(engine, "A Galician fishermen's body warned that smaller hake quotas would force crews to discard fish that could have been sold at market.", offlineAnalyser);
    expect(r.found).toBe(false);
  });
});

describe('a claim’s negation put on another word of the passage’s sentence', () => {
  // Written for this test.
  const text = [
    'Farm talks stall - Harbour Courier',
    '',
    'The farm minister said the government was ready to resume talks with the growers but that, despite repeated proposals, the growers had not come up with any concrete suggestion so far.',
  ].join('\n');
  const other = ['Dairy prices - Valley Post', '', 'The dairy farmers sent three written proposals to the regional council on Monday, the cooperative said.'].join('\n');
  const engine = engineOf(buildDoc('farm.txt', text), buildDoc('dairy.txt', other));
  it('is no mismatch: "offered no concrete proposal" / "had not come up with any concrete suggestion"', async () => {
    const r = await verifyClaim(engine, 'The farm minister said the government was ready to resume talks with the growers, who had so far offered no concrete proposal.', offlineAnalyser);
    expect(r.found).toBe(true);
  });
  it('is one against a sentence with no negation at all', async () => {
    const r = await verifyClaim(engine, 'The cooperative said the dairy farmers sent no written proposals to the regional council on Monday.', offlineAnalyser);
    expect(r.found).toBe(false);
  });
});

describe('dates, clock times, "yet to", nationalities and admissions', () => {
  // Written for this test.
  const trial = [
    'Jury retires in harbour fraud trial',
    'ANNA PRICE, Harbour Courier • Mar 12, 2024 at 3:40 PM',
    '',
    'Six jurors began deliberating on Tuesday in the fraud trial of former harbour master Owen Tate, who denies taking bribes.',
    '',
    'Earlier report 12:07 p.m.: the defence closed its case in the Owen Tate fraud trial.',
  ].join('\n');
  const leak = [
    'Telecom leak - Valley Post',
    '',
    'Norvel Telecom on Monday acknowledged a data breach but said it was yet to find out whether any customer data had been taken.',
    '',
    'Field reporters found that the tainted milk had sickened at least 30 children, the Korean Daily Herald newspaper reported on Friday.',
  ].join('\n');
  const minister = [
    'Le ministre et la blague',
    '',
    "Le ministre des Finances Paul Arnaud nie avoir comparé les députés de l'opposition à des moutons lors d'un dîner à Lorient.",
  ].join('\n');
  const engine = engineOf(buildDoc('trial.txt', trial), buildDoc('leak.txt', leak), buildDoc('minister.txt', minister));
  it('does not read "Mar 12" or "12:07" as twelve of anything', async () => {
    const r = await verifyClaim(engine, 'Twelve jurors began deliberating in the Owen Tate fraud trial.', offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => /twelve/i.test(m.claimText) && /Six/.test(m.passageText))).toBe(true);
  });
  it('reads "was yet to find" as "did not yet know"', async () => {
    const r = await verifyClaim(engine, 'Norvel Telecom confirmed a data breach but said it did not yet know whether customer data had been taken.', offlineAnalyser);
    expect(r.found).toBe(true);
  });
  it('takes "Korean" and a paper whose name holds "Korea…" for the same country, not a swapped actor', async () => {
    const herald = leak.replace('Korean Daily Herald', 'Korea Daily Herald');
    const local = engineOf(buildDoc('leak.txt', herald));
    const r = await verifyClaim(local, 'A Korean newspaper reported that tainted milk sickened at least 30 children.', offlineAnalyser);
    expect(r.found).toBe(true);
  });
  it('tells "a reconnu" from "nie"', async () => {
    const r = await verifyClaim(engine, "Paul Arnaud a reconnu avoir comparé les députés de l'opposition à des moutons lors d'un dîner.", offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => m.claimText === 'reconnu' && m.passageText === 'nie')).toBe(true);
  });
});

describe('an amount glued to its currency code', () => {
  // Written for this test.
  const text = ['Tram plan', '', 'The regional council will spend some EUR40 billion to help the affected valleys cope with the new tram line.'].join('\n');
  const engine = engineOf(buildDoc('tram-plan.txt', text));
  it('reads "EUR40 billion" as 40 billion: found for 40, a mismatch for 140', async () => {
    expect((await verifyClaim(engine, 'The regional council will spend 40 billion euros to help the affected valleys.', offlineAnalyser)).found).toBe(true);
    const wrong = await verifyClaim(engine, 'The regional council will spend 140 billion euros to help the affected valleys.', offlineAnalyser);
    expect(wrong.found).toBe(false);
    expect(wrong.mismatches.some((m) => m.claimText.includes('140') && m.passageText.includes('40'))).toBe(true);
  });
});

describe('refusing to do it is not doing it', () => {
  // Written for this test.
  const text = ['Tir autorisé', '', "Un loup a été abattu samedi en Savoie au lendemain de l'autorisation par le préfet d'un tir de prélèvement dans le massif du Beaufortain."].join('\n');
  const engine = engineOf(buildDoc('loup.txt', text));
  it('"a refusé d’autoriser" differs from "l’autorisation par le préfet"', async () => {
    const r = await verifyClaim(engine, "Le préfet a refusé d'autoriser un tir de prélèvement contre le loup dans le massif du Beaufortain.", offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => /refusé d'autoriser/.test(m.claimText))).toBe(true);
    expect((await verifyClaim(engine, "Le préfet a autorisé un tir de prélèvement contre le loup dans le massif du Beaufortain.", offlineAnalyser)).found).toBe(true);
  });
});

describe('the opposite outcome of someone else', () => {
  // Written for this test.
  const text = [
    'Harbour FC sting',
    '',
    `Harbour FC coach Tom Reed, named by the agents to undercover reporters, has denied the claims about managers and called them lies. ${'The club played at home on Saturday in front of a quiet crowd. '.repeat(6)}`,
    '',
    `Agent Pino Marra, who spoke to undercover reporters about managers, said on Friday that his claims had been lies. ${'The league will meet next week to discuss the new season calendar. '.repeat(6)}`,
  ].join('\n');
  const engine = engineOf(buildDoc('sting.txt', text));
  it('is no mismatch when the passage does not name the claim’s actor', async () => {
    const r = await verifyClaim(engine, 'Agent Pino Marra admits that the claims he made about managers to undercover reporters were lies.', offlineAnalyser);
    expect(r.found).toBe(true);
  });
});

describe('a figure for another noun, a verdict', () => {
  // Written for this test.
  const river = [
    'Pollution de la Sèvre',
    '',
    'Tout est mort sur une portion de 7 km et 30 mètres de large.',
    '',
    `Le président de la fédération de pêche déplore la mort de plus de trois tonnes de poissons dans la Sèvre. ${'Les pêcheurs se sont réunis samedi au bord de la rivière pour constater les dégâts. '.repeat(5)}`,
  ].join('\n');
  const trial = ['Harbour trial', '', 'Harbour master Owen Tate has been found guilty on all five charges of fraud by a Brest jury.'].join('\n');
  const engine = engineOf(buildDoc('sevre.txt', river), buildDoc('verdict.txt', trial));
  it('does not take "30 mètres de large" for "trente tonnes de poissons"', async () => {
    const r = await verifyClaim(engine, 'Le président de la fédération de pêche déplore la mort de plus de trente tonnes de poissons dans la Sèvre.', offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => m.claimText === 'trente' && m.passageText === 'trois')).toBe(true);
  });
  it('tells "acquitted" from "found guilty"', async () => {
    const r = await verifyClaim(engine, 'A Brest jury acquitted harbour master Owen Tate of all five fraud charges.', offlineAnalyser);
    expect(r.found).toBe(false);
  });
});

describe('a nationality swapped on the same noun, the claim’s country named about something else', () => {
  // Written for this test.
  const text = [
    'Tariffs on harbour goods',
    '',
    'Making good on a pledge to punish the theft of Norwegian designs, the trade office listed 818 Danish products worth $34 billion that would face duties from July 6.',
  ].join('\n');
  const engine = engineOf(buildDoc('tariffs.txt', text));
  it('is a mismatch: "818 Norwegian products" against "818 Danish products"', async () => {
    const r = await verifyClaim(engine, 'The trade office listed 818 Norwegian products worth $34 billion that would face duties from July 6.', offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => m.claimText === 'Norwegian' && m.passageText === 'Danish')).toBe(true);
  });
});

describe('an acronym and its expansion, an appeal overturned', () => {
  // Written for this test.
  const text = [
    'Port report',
    '',
    'The minister accused Harbour Rights Watch of waging a vindictive campaign against the port authority.',
    '',
    "An appeals court on Monday overturned the harbour master's fraud conviction and his six-year sentence.",
  ].join('\n');
  const engine = engineOf(buildDoc('hrw.txt', text));
  it('reads "HRW" as "Harbour Rights Watch", no swapped actor', async () => {
    const r = await verifyClaim(engine, 'The minister accused HRW of waging a vindictive campaign against the port authority.', offlineAnalyser);
    expect(r.mismatches).toEqual([]);
  });
  it('tells "upheld" from "overturned"', async () => {
    const r = await verifyClaim(engine, "An appeals court on Monday upheld the harbour master's fraud conviction and his six-year sentence.", offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => m.claimText === 'upheld' && m.passageText === 'overturned')).toBe(true);
  });
});

describe('no intention of doing it', () => {
  // Written for this test.
  const text = ['Port ransomware', '', 'Mayor Anne Roux said the city has no intention of paying the ransom demanded by the hackers who locked the port systems.'].join('\n');
  const engine = engineOf(buildDoc('ransom.txt', text));
  it('differs from "would pay"', async () => {
    const r = await verifyClaim(engine, 'Mayor Anne Roux said the city would pay the ransom demanded by the hackers who locked the port systems.', offlineAnalyser);
    expect(r.found).toBe(false);
    expect(r.mismatches.some((m) => /no intention of paying/.test(m.passageText))).toBe(true);
  });
});

describe('a first name shortened', () => {
  // Written for this test.
  const text = ['Cycling ban', '', 'Australian rider Robert Tanner has been provisionally suspended for an alleged doping violation, the union said.'].join('\n');
  const engine = engineOf(buildDoc('tanner.txt', text));
  it('is the same name: "Rob Tanner" is no swapped actor for "Robert Tanner"', async () => {
    const r = await verifyClaim(engine, 'Australian rider Rob Tanner has been provisionally suspended for an alleged doping violation.', offlineAnalyser);
    expect(r.mismatches).toEqual([]);
  });
});
