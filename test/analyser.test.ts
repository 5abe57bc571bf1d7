import { describe, expect, it } from 'vitest';
import { assembleCorpus, buildDoc } from '../core/corpus/load.js';
import { buildEngine } from '../core/engine.js';
import { verifyClaim } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { groundFindings, isVerbatim } from '../core/ground.js';
import { foldKey } from '../core/text/fold.js';
import type { Report } from '../core/schema.js';

// A corpus written for these tests: none of its names or sentences are in the seeds,
// so the rules are exercised on text they were not written against.
const HAMA = [
  'Frappes près de Hama - Le Courrier du Levant',
  '',
  "Le porte-parole du ministère turc de la Défense, Ahmet Yilmaz, a déclaré mardi, cité par l'agence de presse Anadolu, que douze dépôts de munitions avaient été détruits près de Hama par des drones turcs.",
  '',
  'Il a ajouté que les opérations se poursuivraient toute la semaine dans la région de Hama.',
  '',
  '« Nous avons frappé tous les dépôts de munitions identifiés autour de Hama », a-t-il déclaré aux journalistes.',
  '',
  'Selon des sources locales, des civils auraient été blessés lors des frappes de drones près de Hama.',
  '',
  'Le gouvernement syrien a fermement démenti la destruction des dépôts de munitions près de Hama.',
  '',
  'Le prétendu dépôt de munitions de Hama était un entrepôt agricole, selon des témoins.',
].join('\n');

const RAQQA = [
  'Convoy hit near Raqqa - Levant Wire',
  '',
  'A fuel convoy was destroyed near Raqqa on Sunday, the Syrian Observatory for Human Rights said, citing sources on the ground.',
  '',
  'Local officials denied that any fuel convoy had been hit near Raqqa.',
].join('\n');

/** An engine over documents written for one test. */
const engineOf = (name: string, text: string) => buildEngine(assembleCorpus('/tmp/none', [buildDoc(name, text)], []));

const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('hama.txt', HAMA), buildDoc('raqqa.txt', RAQQA)], []));
const verify = (claim: string) => verifyClaim(engine, claim, offlineAnalyser, { top: 5 });
const has = (values: (string | null)[], expected: string) => values.some((v) => v !== null && foldKey(v).includes(foldKey(expected)));

function everyQuoteGrounded(r: Report) {
  const byId = new Map(r.passages.map((p) => [p.id, p.text]));
  const texts = [
    ...r.sources.map((s) => [s.quote, s.passageId]),
    ...r.attributions.map((a) => [a.quote, a.passageId]),
    ...r.disputes.map((d) => [d.text, d.passageId]),
    ...r.hedges.map((h) => [h.text, h.passageId]),
  ];
  for (const [text, id] of texts) expect(isVerbatim(text!, byId.get(id!) ?? '')).toBe(true);
}

describe('offline analyser', () => {
  it('reads speaker, role and organisation from an apposition, and the citing agency', async () => {
    const r = await verify('Douze dépôts de munitions ont été détruits près de Hama par des drones turcs.');
    expect(r.found).toBe(true);
    const yilmaz = r.attributions.find((a) => a.speaker === 'Ahmet Yilmaz');
    expect(yilmaz).toBeDefined();
    expect(yilmaz!.role).toMatch(/porte-parole/);
    expect(yilmaz!.organization).toMatch(/ministère turc de la Défense/);
    expect(has(r.sources.map((s) => s.outlet), 'Anadolu')).toBe(true);
    expect(r.sources.find((s) => s.outlet === 'Le Courrier du Levant')?.role).toBe('publisher');
    everyQuoteGrounded(r);
  });

  it('follows "Il a ajouté" and "a-t-il déclaré" back to the speaker', async () => {
    const added = await verify('Les opérations se poursuivront toute la semaine dans la région de Hama.');
    expect(added.attributions.some((a) => a.speaker === 'Ahmet Yilmaz' && a.quote.startsWith('Il a ajouté'))).toBe(true);
    const direct = await verify('Nous avons frappé tous les dépôts de munitions identifiés autour de Hama.');
    const quote = direct.attributions.find((a) => a.kind === 'direct');
    expect(quote?.speaker).toBe('Ahmet Yilmaz');
    expect(quote?.quote).toBe('Nous avons frappé tous les dépôts de munitions identifiés autour de Hama');
  });

  it('marks vague sources and hedges', async () => {
    const r = await verify('Des civils ont été blessés lors des frappes de drones près de Hama.');
    expect(r.attributions.some((a) => a.kind === 'vague' && /sources locales/.test(a.speaker))).toBe(true);
    expect(r.hedges.some((h) => /auraient/.test(h.text))).toBe(true);
    everyQuoteGrounded(r);
  });

  it('reports a denial as a dispute, with who denies', async () => {
    const r = await verify('Douze dépôts de munitions ont été détruits près de Hama.');
    const denial = r.disputes.find((d) => /démenti/.test(d.text));
    expect(denial).toBeDefined();
    expect(denial!.by).toMatch(/gouvernement syrien/);
  });

  it('handles English reporting: "X said, citing sources on the ground"', async () => {
    const r = await verify('A fuel convoy was destroyed near Raqqa.');
    expect(r.found).toBe(true);
    expect(has(r.attributions.map((a) => a.speaker), 'Syrian Observatory')).toBe(true);
    expect(r.attributions.some((a) => a.kind === 'vague' && /sources on the ground/i.test(a.speaker))).toBe(true);
    expect(r.disputes.some((d) => /denied/.test(d.text))).toBe(true);
    everyQuoteGrounded(r);
  });

  it('never states the claim as true in its summary', async () => {
    const r = await verify('Douze dépôts de munitions ont été détruits près de Hama.');
    expect(r.summary).toMatch(/not whether it is true/);
  });
});

describe('grounding', () => {
  const passage = { id: 'd#0', docId: 'd', title: null, outlet: null, date: null, text: 'Selon l’agence Tass, « la frappe a tué 93 terroristes ».', score: 1 };
  const ctx = { passages: new Map([[passage.id, passage]]) };
  it('keeps a verbatim quote, up to typographic quotes and spaces', () => {
    const out = groundFindings(
      { summary: '', sources: [{ outlet: 'Tass', role: 'cited', citedBy: null, quote: "Selon l'agence Tass, \"la frappe a tué 93 terroristes\"", passageId: 'd#0' }], attributions: [], disputes: [], hedges: [] },
      ctx,
    );
    expect(out.findings.sources).toHaveLength(1);
    expect(out.warnings).toEqual([]);
  });
  it('drops a fabricated quote, an invented outlet and an unknown passage, with warnings', () => {
    const out = groundFindings(
      {
        summary: '',
        sources: [{ outlet: 'Reuters', role: 'cited', citedBy: null, quote: 'la frappe a tué 93 terroristes', passageId: 'd#0' }],
        attributions: [{ speaker: 'Tass', role: null, organization: null, kind: 'reported', quote: 'la frappe a tué 94 terroristes', passageId: 'd#0' }],
        disputes: [{ text: 'la frappe', by: null, passageId: 'other#3' }],
        hedges: [{ text: 'la frappe a tué', passageId: 'd#0' }],
      },
      ctx,
    );
    expect(out.findings.sources).toEqual([]);
    expect(out.findings.attributions).toEqual([]);
    expect(out.findings.disputes).toEqual([]);
    expect(out.findings.hedges).toHaveLength(1);
    expect(out.warnings.join('\n')).toMatch(/Reuters/);
    expect(out.warnings.join('\n')).toMatch(/not verbatim/);
    expect(out.warnings.join('\n')).toMatch(/not among the report's passages/);
  });
});

describe('grounding of roles', () => {
  it('clears a role the passage does not state, keeping the attribution', () => {
    const passage = { id: 'd#0', docId: 'd', title: null, outlet: null, date: null, text: 'Le porte-parole Igor Ivanov a dit que la frappe a eu lieu.', score: 1 };
    const out = groundFindings(
      {
        summary: '',
        sources: [],
        attributions: [
          { speaker: 'Igor Ivanov', role: 'porte-parole', organization: null, kind: 'reported', quote: 'la frappe a eu lieu', passageId: 'd#0' },
          { speaker: 'Igor Ivanov', role: 'fact-checker at Reuters', organization: null, kind: 'reported', quote: 'la frappe a eu lieu', passageId: 'd#0' },
        ],
        disputes: [],
        hedges: [],
      },
      { passages: new Map([[passage.id, passage]]) },
    );
    expect(out.findings.attributions.map((a) => a.role)).toEqual(['porte-parole', null]);
    expect(out.warnings.join('\n')).toMatch(/cleared the role/);
  });
});

describe('offline analyser on the default corpus', () => {
  it('reads a claim that is itself a denial as contested by the accusations it answers', async () => {
    const { openEngine } = await import('../core/engine.js');
    const seeds = await openEngine('data/corpus');
    const r = await verifyClaim(seeds, 'Syria has always denied using chemical weapons.', offlineAnalyser);
    expect(r.found).toBe(true);
    // The denial is the claim, not a dispute of it; the accusations are.
    expect(r.disputes.some((d) => /toujours nié/.test(d.text))).toBe(false);
    expect(r.disputes.some((d) => /accusé/.test(d.text))).toBe(true);
    // The accusers are not the claim's speakers.
    expect(r.attributions.some((a) => /occidentaux/.test(a.speaker))).toBe(false);
  });
  it('keeps the last named outlet in force for a passage that names none', async () => {
    const { openEngine } = await import('../core/engine.js');
    const seeds = await openEngine('data/corpus');
    const r = await verifyClaim(
      seeds,
      'Des membres des Casques blancs préparent une attaque contre des installations civiles pour ternir leur image.',
      offlineAnalyser,
    );
    expect(r.passages[0]!.text).not.toMatch(/South Front/);
    expect(r.sources.find((s) => s.outlet === 'South Front')?.role).toBe('cited');
  });
  it('gives a passage cut inside a quotation to the speaker the next passage names', async () => {
    const { openEngine } = await import('../core/engine.js');
    const seeds = await openEngine('data/corpus');
    const r = await verifyClaim(seeds, 'Russian aircraft killed at least 200 militants in the last 24 hours.', offlineAnalyser);
    expect(r.attributions.some((a) => a.speaker === 'Oleg Ignatnouk')).toBe(true);
  });
});

describe('voices across passages', () => {
  const text = [
    'Raids sur Deir ez-Zor - La Gazette du Levant',
    '',
    "Le commandant de la garnison de Deir ez-Zor, Karim Haddad, a déclaré lundi que vingt véhicules blindés avaient été détruits près de l'aéroport.",
    '',
    "Il s'est abstenu de donner des détails sur les unités engagées, disant seulement que les blindés appartenaient à une milice locale.",
    '',
    'Related Post',
    '',
    'Les blindés de la milice locale stationnaient depuis deux ans autour de l’aéroport de Deir ez-Zor.',
  ].join('\n');
  const local = engineOf('deir.txt', text);
  it('reads "Il …, disant seulement que" in the voice of the speaker named before', async () => {
    const r = await verifyClaim(local, 'Les blindés appartenaient à une milice locale, selon le commandant.', offlineAnalyser);
    expect(r.attributions.some((a) => a.speaker === 'Karim Haddad' && /disant seulement/.test(a.quote))).toBe(true);
  });
  it('does not carry a voice across page furniture', async () => {
    const r = await verifyClaim(local, 'Les blindés de la milice stationnaient depuis deux ans autour de l’aéroport de Deir ez-Zor.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.passages[0]!.text).toMatch(/stationnaient/);
    expect(r.attributions.map((a) => a.speaker)).not.toContain('Karim Haddad');
  });
});

describe('a link to another article inside the text', () => {
  // Written for this test: the lede cites an agency, a quoted mayor speaks, then a "Lire aussi" link.
  const text = [
    'Inondations dans la vallée - Le Journal des Crues',
    '',
    "Selon l'Agence France-Presse, la préfecture a ordonné l'évacuation de trois villages de la vallée de la Sarre.",
    '',
    "« Les digues ont tenu cette nuit », a déclaré le maire de Sarrebourg, Paul Keller.",
    "",
    "Lire aussi : La tempête a arraché les toitures de l'école de Fénétrange",
  ].join('\n');
  const local = engineOf('crues.txt', text);
  it("gives its headline neither the voice nor the source of the text around it", async () => {
    const r = await verifyClaim(local, "Une tempête a arraché les toitures de l'école de Fénétrange.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.attributions.map((a) => a.speaker)).toEqual([]);
    expect(r.sources.map((s) => s.outlet)).not.toContain('Agence France-Presse');
  });
  it('leaves the text itself its voice and its source', async () => {
    const r = await verifyClaim(local, 'Les digues ont tenu cette nuit à Sarrebourg.', offlineAnalyser);
    expect(r.attributions.map((a) => a.speaker)).toContain('Paul Keller');
  });
});

describe('attributions belong to the sentence that carries the claim', () => {
  // Written for this test: one passage, two speakers, two different statements.
  const text = [
    'Budget de la ville - La Gazette du Port',
    '',
    "Le maire Louis Berthier a affirmé jeudi que la ville rénoverait les trois écoles du quartier nord avant la rentrée. Selon un autre communiqué, l'adjointe aux finances, Claire Dumas, a dit que la ville réduirait ses dépenses de voirie. Il a ajouté.",
  ].join('\n');
  const local = engineOf('port.txt', text);
  it('reports the speaker of the claim, not the next speaker who shares a word or two of it', async () => {
    const r = await verifyClaim(local, 'La ville va rénover les trois écoles du quartier nord avant la rentrée.', offlineAnalyser);
    expect(r.found).toBe(true);
    const speakers = r.attributions.map((a) => a.speaker);
    expect(speakers).toContain('Louis Berthier');
    expect(speakers).not.toContain('Claire Dumas');
    expect(speakers.join(' ')).not.toMatch(/communiqué/);
  });
});

describe('who disputes', () => {
  const doc = [
    'Contrats publics - La Gazette du Nord',
    '',
    "Le maire de Brévannes a rejeté mardi comme « pure diffamation » les accusations de favoritisme portées par l'opposition municipale dans un tract.",
    '',
    "Les accusations de favoritisme ont été réfutées par le cabinet d'audit Clairval.",
    '',
    '« Ces accusations de favoritisme sont sans fondement », a répliqué la mairie de Brévannes.',
  ].join('\n');
  const local = engineOf('gazette.txt', doc);
  it('is the subject of the denial, not the agent of another participle after it; the agent of a passive denial', async () => {
    const r = await verifyClaim(local, "L'opposition municipale de Brévannes accuse le maire de favoritisme dans les contrats publics.", offlineAnalyser);
    const rejected = r.disputes.find((d) => /pure diffamation/.test(d.text));
    expect(rejected?.by).toMatch(/maire/);
    expect(r.disputes.find((d) => /réfutées/.test(d.text))?.by).toMatch(/Clairval/);
    // A denial inside a quotation is its speaker's, not the quotation's first words.
    expect(r.disputes.find((d) => /sans fondement/.test(d.text))?.by).toMatch(/mairie/);
  });
});

describe('a denial that points back at what was said answers the story, far from the carrying passage', () => {
  const doc = [
    'Marché truqué à Valrose',
    '',
    "Un adjoint au maire de Valrose aurait touché 40 000 euros d'un promoteur pour attribuer le marché du nouveau stade.",
    '',
    "Le conseil municipal se réunira jeudi pour examiner le budget de la piscine, dont le coût a doublé depuis l'appel d'offres de l'an dernier, et pour voter les subventions aux associations sportives du quartier nord, qui attendent depuis six mois une réponse de l'adjoint aux sports.",
    '',
    "Les travaux de la rocade ont pris trois mois de retard à cause des pluies de l'automne, selon la direction départementale des routes, qui prévoit désormais une ouverture à la circulation au début de l'été prochain, après la pose des derniers enrobés et des glissières.",
    '',
    "La ligne de bus numéro quatre sera prolongée jusqu'à la zone artisanale en septembre, a annoncé la communauté d'agglomération, qui promet aussi des passages toutes les vingt minutes aux heures de pointe et un nouvel abri près de la gare routière.",
    '',
    'La mairie de Valrose a promptement démenti, se disant « indignée » par ces accusations.',
    '',
    'Le festival de musique aura lieu en juillet comme chaque année.',
    '',
    'Les horaires du marché de plein air changent au printemps.',
  ].join('\n');
  const local = engineOf('valrose.txt', doc);
  it('reports the denial that shares a word of the claim and points back at "ces accusations"', async () => {
    const r = await verifyClaim(local, "Un adjoint au maire de Valrose a reçu 40 000 euros d'un promoteur pour le marché du stade.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.map((d) => d.text)).toContainEqual(expect.stringContaining('a promptement démenti'));
  });
  it('does not report an unrelated sentence of the same document', async () => {
    const r = await verifyClaim(local, "Un adjoint au maire de Valrose a reçu 40 000 euros d'un promoteur pour le marché du stade.", offlineAnalyser);
    expect(r.disputes.every((d) => /démenti/.test(d.text))).toBe(true);
    expect(local.corpus.passages.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a passage voiced by an anonymous source', () => {
  const doc = [
    'Row over the harbour',
    '',
    'The harbour minister Paul Grey said on Monday that the new quay would open in spring, after two years of works and a long dispute with the port authority over who should pay for the dredging of the channel.',
    '',
    'A diplomatic source told Wire Press on Friday that the quay contract had been signed in secret with a foreign dredging company.',
  ].join('\n');
  const local = engineOf('quay.txt', doc);
  it('keeps the source vague and does not lend it the speaker of the passage before', async () => {
    const r = await verifyClaim(local, 'The quay contract was signed in secret with a foreign dredging company.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.attributions.map((a) => `${a.kind}:${a.speaker}`)).toEqual(['vague:A diplomatic source']);
  });
});

describe('the party a claim charges answers it', () => {
  const doc = [
    'Le préfet condamné',
    '',
    "La cour d'appel de Valrose a condamné le préfet de la Côte-Sud pour voie de fait après l'évacuation d'un campement sur la plage de Saint-Aubin, dont les associations contestaient la légalité depuis des mois.",
    '',
    "Les associations se félicitent de cette décision, qui fera date selon leur avocate, tandis que la préfecture examine les suites qu'elle entend donner à l'arrêt rendu mardi.",
    '',
    "Le préfet a assuré avoir agi sur décision du procureur, et non de sa propre initiative, lors de cette évacuation menée à l'aube par les gendarmes.",
  ].join('\n');
  const local = engineOf('prefet.txt', doc);
  it("reports the prefect's own account as contesting the conviction, by the prefect", async () => {
    const r = await verifyClaim(local, "La cour d'appel de Valrose a condamné le préfet de la Côte-Sud pour voie de fait.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes).toContainEqual(expect.objectContaining({ by: 'préfet', text: expect.stringContaining('a assuré avoir agi') }));
  });
  it('does not take an admission for an answer', async () => {
    const admitted = doc.replace('a assuré avoir agi sur décision du procureur, et non de sa propre initiative', 'a reconnu avoir agi de sa propre initiative');
    const other = engineOf('prefet.txt', admitted);
    const r = await verifyClaim(other, "La cour d'appel de Valrose a condamné le préfet de la Côte-Sud pour voie de fait.", offlineAnalyser);
    expect(r.disputes.filter((d) => /reconnu/.test(d.text))).toEqual([]);
  });
});

describe('a claim about what someone said, and the quotation that says it', () => {
  const doc = [
    'Boxing federation answers fraud claims',
    '',
    'The Westmoor Boxing Federation has responded to allegations of fraud in the handling of its grants, its judges and its membership fees, which were reported by several media outlets this week. "Much of what the media reported is not true," the federation said.',
  ].join('\n');
  const local = engineOf('boxing.txt', doc);
  it('keeps the quotation’s speaker though the summary before it shares more of the claim', async () => {
    const r = await verifyClaim(
      local,
      'The Westmoor Boxing Federation said the fraud allegations about its grants, judges and membership fees that the media reported were not true.',
      offlineAnalyser,
    );
    expect(r.found).toBe(true);
    expect(r.attributions.map((a) => `${a.kind}:${a.speaker}`)).toContain('direct:The Westmoor Boxing Federation');
    expect(r.attributions.filter((a) => a.kind !== 'vague').map((a) => a.speaker)).not.toContainEqual(expect.stringMatching(/outlets/));
  });
});

describe('an outlet that reports a claim is a source, not a speaker', () => {
  // Written for this test.
  const text = [
    'Dam project stalls - The Valley Post',
    '',
    'Construction of the Tamar dam was halted on Monday after engineers found cracks in the spillway, the state-run Orinoco news agency reported.',
    '',
    'The chief engineer, Carla Mendes, said the spillway would be rebuilt by June.',
    '',
    'According to the local news site Riverbend Today, the contractor was paid 40 million dollars in advance.',
  ].join('\n');
  const local = engineOf('dam.txt', text);
  it('lists the reporting outlet among the sources and names no speaker for it', async () => {
    const r = await verifyClaim(local, 'Work on the Tamar dam stopped after cracks were found in the spillway.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.sources.some((s) => s.outlet === 'Orinoco' && s.role === 'cited')).toBe(true);
    expect(r.attributions).toEqual([]);
  });
  it('does not lend a passage the voice of the one before when an outlet it cites voices it', async () => {
    const r = await verifyClaim(local, 'The contractor received 40 million dollars in advance.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.sources.map((s) => s.outlet)).toContain('Riverbend Today');
    expect(r.attributions).toEqual([]);
  });
});

describe('a number written in digit groups is one number', () => {
  const text = ['Frais du maire - La Gazette du Port', '', 'Le maire a dépensé 6500 euros de frais de pressing et deux repas à 1200 euros.'].join('\n');
  const local = engineOf('frais.txt', text);
  it('finds "6 500 euros" in "6500 euros", and not "7 500 euros"', async () => {
    expect((await verifyClaim(local, 'Le maire a dépensé 6 500 euros de pressing et 1 200 euros en repas.', offlineAnalyser)).found).toBe(true);
    expect((await verifyClaim(local, 'Le maire a dépensé 7 500 euros de pressing et 1 200 euros en repas.', offlineAnalyser)).found).toBe(false);
  });
});

describe('denials worded as a first person, an emphatic negation, or far from the claim', () => {
  // Written for this test.
  const collector = [
    'Un collectionneur accusé de recel - Le Journal de Brive',
    '',
    "Le collectionneur Paul Mercier est soupçonné d'avoir acheté trois tableaux volés au musée de Tulle en 2019.",
    '',
    '« Je n’ai jamais acheté de tableau volé, je ne savais rien de leur origine », a assuré Paul Mercier devant les enquêteurs.',
  ].join('\n');
  it('reads "Je n’ai jamais acheté…" as the accused’s dispute, and not as his saying the claim', async () => {
    const r = await verifyClaim(engineOf('recel.txt', collector), 'Paul Mercier a acheté des tableaux volés au musée de Tulle.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => d.by === 'Paul Mercier' && /jamais acheté/.test(d.text))).toBe(true);
    expect(r.attributions.map((a) => a.speaker)).not.toContain('Paul Mercier');
    expect(r.hedges.map((h) => h.text)).toContain('Un collectionneur accusé de recel');
  });
  it('does not take "je ne sais pas" for a denial', async () => {
    const text = collector.replace('Je n’ai jamais acheté de tableau volé, je ne savais rien de leur origine', 'Je ne sais pas qui a acheté ces tableaux volés');
    const r = await verifyClaim(engineOf('recel2.txt', text), 'Paul Mercier a acheté des tableaux volés au musée de Tulle.', offlineAnalyser);
    expect(r.disputes).toEqual([]);
  });
  const council = [
    'Council denies receipt claims - Harbour Courier',
    '',
    'A weekly newspaper alleged that a council employee had asked a harbour restaurant to produce a new dinner receipt leaving out the wine.',
    '',
    'The dinner cost 810 dollars and was paid with the mayoral credit card. It was a fundraiser attended by staff and community members, the mayor said.',
    '',
    'The chief executive said a new copy had been requested so that a tax number appeared on it, as the original had none.',
    '',
    'He said the audit team called many suppliers that month to collect copies of invoices for the annual accounts.',
    '',
    '"But at no time was the restaurant asked to leave out the wine or to invent a receipt," he said.',
  ].join('\n');
  it('reports "at no time was the restaurant asked…" though it stands far from the claim', async () => {
    const r = await verifyClaim(engineOf('council.txt', council), 'A council employee asked a restaurant to produce a new receipt leaving out the wine.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => /at no time/.test(d.text))).toBe(true);
  });
  it('reads "Il ne s’agit aucunement de plagiat" as a denial', async () => {
    const text = [
      "Plagiat : l'éditrice répond - La Gazette du Port",
      '',
      "L'écrivain Marc Olier est accusé d'avoir recopié une biographie américaine de Jack London pour écrire la sienne.",
      '',
      "« Il ne s'agit aucunement de plagiat », a expliqué son éditrice, Anne Roux.",
    ].join('\n');
    const r = await verifyClaim(engineOf('plagiat.txt', text), "Marc Olier a recopié une biographie américaine de Jack London.", offlineAnalyser);
    expect(r.disputes.some((d) => /aucunement de plagiat/.test(d.text))).toBe(true);
  });
});

describe('a claim that someone said something, quoted over several sentences', () => {
  // Written for this test.
  const text = [
    'Mercato : le club dément - La Gazette du Port',
    '',
    "Le milieu de terrain Karim Saïdi vers le FC Nantes ? Le directeur sportif de l'AS Brévannes, Luc Ferrand, a coupé court aux rumeurs. « Il n’y a aucune discussion avec le FC Nantes, je démens totalement. Nous comptons sur lui et nous connaissons son potentiel. Il fera une grande saison avec nous », a assuré Ferrand.",
  ].join('\n');
  it('keeps the speaker of a quotation whose first sentence carries the claim, and reads his denial as what the claim reports', async () => {
    const r = await verifyClaim(engineOf('mercato.txt', text), "Brévannes' sporting director Luc Ferrand said there were no talks with FC Nantes about Karim Saïdi.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.attributions.some((a) => a.speaker.includes('Ferrand') && a.kind === 'direct')).toBe(true);
    expect(r.disputes).toEqual([]);
    expect(r.hedges.map((h) => h.text).join(' ')).not.toMatch(/potentiel/);
  });
});

describe('contesting in ordinary words: bogus, not sharing the need, unjustified', () => {
  // Written for this test.
  const text = [
    'La centrale de Valmont à l’arrêt - La Gazette du Port',
    '',
    "Les deux réacteurs de la centrale de Valmont seront mis à l'arrêt à la demande de l'autorité de sûreté, pour renforcer une digue jugée trop fragile.",
    '',
    "L'exploitant appliquera la décision, tout en disant ne pas partager « la nécessité d'arrêter les deux réacteurs » pendant les travaux.",
  ].join('\n');
  it('reads "ne pas partager la nécessité de…" as the operator contesting the shutdown', async () => {
    const r = await verifyClaim(engineOf('valmont.txt', text), "L'autorité de sûreté a demandé l'arrêt des deux réacteurs de Valmont pour renforcer une digue.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => /ne pas partager/.test(d.text))).toBe(true);
  });
  it('reads "a bogus, absurd lawsuit" as a contest', async () => {
    const en = [
      'Singer sued by former dresser - Harbour Courier',
      '',
      'A former dresser on the singer’s tour has sued her, claiming she was made to work unpaid overtime.',
      '',
      '“Someone was recruited to file a bogus, absurd lawsuit about overtime,” her spokesman said.',
    ].join('\n');
    const r = await verifyClaim(engineOf('dresser.txt', en), 'A former dresser sued the singer over unpaid overtime on her tour.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => /bogus/.test(d.text))).toBe(true);
  });
});

describe('a negative accusation is contested, a report of non-existence is carried, by a denial', () => {
  // Written for this test.
  const text = [
    'Le zoo de Valmont épinglé - La Gazette du Port',
    '',
    "Les services de l'État ont indiqué que l'exploitant du zoo de Valmont n'a tenu aucun de ses engagements et ont relevé de nombreuses non-conformités. « Faux ! », tranche la gérante du zoo, Marie Lenoir.",
  ].join('\n');
  it('reads « Faux ! » as the manager contesting "n’a tenu aucun engagement"', async () => {
    const r = await verifyClaim(engineOf('zoo.txt', text), "Selon les services de l'État, l'exploitant du zoo de Valmont n'a tenu aucun de ses engagements.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => /Faux/.test(d.text))).toBe(true);
  });
});

describe('contest by characterisation, and a speaker whose saying is the claim', () => {
  // Written for this test.
  const text = [
    'Amende de la CNIL - La Gazette du Port',
    '',
    "La CNIL a infligé une amende de 40 millions d'euros au moteur de recherche Quaero pour des manquements au RGPD.",
    '',
    "Quaero, qui ne comprend pas cette décision, a affirmé avoir travaillé dur pour rendre son recueil du consentement simple et transparent.",
    '',
    "La gérante du zoo de Valmont, Marie Lenoir, évoque un « acharnement » des services de l'État contre le parc.",
  ].join('\n');
  const local = engineOf('cnil.txt', text);
  it('reads "ne comprend pas cette décision" as contesting the fine', async () => {
    const r = await verifyClaim(local, "La CNIL a infligé à Quaero une amende de 40 millions d'euros pour des manquements au RGPD.", offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.disputes.some((d) => /ne comprend pas cette décision/.test(d.text))).toBe(true);
  });
  it('keeps Quaero as the speaker of what Quaero said, though it contests the fine in the same sentence', async () => {
    const r = await verifyClaim(local, 'Quaero said it had worked hard to make its consent process simple and transparent.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.attributions.map((a) => a.speaker)).toContain('Quaero');
  });
  it('reads "évoque un « acharnement »" as contesting', async () => {
    const r = await verifyClaim(local, "Les services de l'État mènent un acharnement contre le zoo de Valmont.", offlineAnalyser);
    expect(r.disputes.some((d) => /acharnement/.test(d.text))).toBe(true);
  });
});

describe('speakers named together, and the voice the claim names', () => {
  // Written for this test.
  const text = [
    'Grève au port - La Gazette du Port',
    '',
    'Au lendemain de la grève du port, les syndicats FO et Force Portuaire estiment que les dockers sont en danger. Ils réclament deux grutiers de plus par équipe.',
    '',
    'La direction du port dénonce « une grève du port sans préavis ».',
  ].join('\n');
  const local = engineOf('port-greve.txt', text);
  it('keeps both names of a coordinated subject, and gives them the pronoun after', async () => {
    const r = await verifyClaim(local, 'Les syndicats réclament deux grutiers de plus par équipe au port.', offlineAnalyser);
    expect(r.attributions.map((a) => a.speaker)).toContain('FO et Force Portuaire');
  });
  it('reports the speaker the claim names when the text gives it, not another voice sharing a word', async () => {
    const r = await verifyClaim(local, 'Pour la direction, la grève du port est une grève sans préavis.', offlineAnalyser);
    const speakers = r.attributions.map((a) => a.speaker);
    expect(speakers.some((s) => /direction/.test(s))).toBe(true);
    expect(speakers.some((s) => /Force Portuaire/.test(s))).toBe(false);
  });
});

describe('disputes of a claim of fraud, of an argument, and a denier who goes on denying', () => {
  // Written for this test.
  const vote = [
    'Port council vote tainted by fraud, union says',
    '',
    "The dockers' union said on Monday that the port council vote was tainted by fraud, citing ballots cast twice.",
    '',
    'Council chairman Omar Hale acknowledged there may have been delays in the count but denied there had been fraud.',
    '',
    'The count ended on Sunday night. Turnout was low in the northern wards.',
  ].join('\n');
  const trial = [
    'Harbour trial',
    '',
    "The defence argued that the harbour master Owen Tate had acted in self-defence when he struck the pilot.",
    '',
    "Prosecutor Jane Hill on Friday began countering the defence's contention that Tate had acted in self-defence.",
  ].join('\n');
  const minister = [
    'Le ministre et la blague - La Gazette du Port',
    '',
    "Le ministre des Finances Paul Arnaud nie avoir comparé les députés de l'opposition à des moutons lors d'un dîner à Lorient, selon Le Courrier du Port.",
    '',
    "Le conseil municipal a voté le budget du port jeudi soir, après trois heures de débat sur les quais.",
    '',
    "Le trafic des ferries a repris vendredi matin entre Lorient et Groix, après deux jours de tempête sur la côte.",
    '',
    "Le ministre a rapidement réfuté être l'auteur de tels propos.",
  ].join('\n');
  const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('vote.txt', vote), buildDoc('trial.txt', trial), buildDoc('minister.txt', minister)], []));
  it('a denial of fraud disputes a claim of fraud; the allegation itself does not', async () => {
    const r = await verifyClaim(engine, "The dockers' union says the port council vote was tainted by fraud.", offlineAnalyser);
    expect(r.disputes.map((d) => d.text).join(' | ')).toMatch(/denied there had been fraud/);
    expect(r.disputes.every((d) => !/union said/.test(d.text))).toBe(true);
  });
  it('countering a contention disputes it, by the one who counters', async () => {
    const r = await verifyClaim(engine, 'The defence argued that Owen Tate acted in self-defence.', offlineAnalyser);
    expect(r.disputes.find((d) => /countering/.test(d.text))?.by).toBe('Jane Hill');
  });
  it('the agent of "contesté par les X" is X; a denier who denies again far from the claim disputes it again', async () => {
    const r = await verifyClaim(engine, "Selon Le Courrier du Port, Paul Arnaud aurait comparé les députés de l'opposition à des moutons lors d'un dîner.", offlineAnalyser);
    expect(r.disputes.some((d) => /rapidement réfuté/.test(d.text) && d.by === 'Paul Arnaud')).toBe(true);
  });
});

describe('wires credited at the end, and a denier of what a paper said', () => {
  // Written for this test.
  const quake = [
    'Quake toll rises',
    '',
    'Officials announced overnight that the death toll from the Sunday earthquake in Lanfeng had risen to 212 people.',
    '',
    'Rescue teams worked through the night in the county of Lanfeng, where roads were cut by landslides.',
    '',
    'abc/de (Reuters, AFP, dpa)',
  ].join('\n');
  const paper = [
    'Harbour Corp under fire',
    '',
    'Harbour Corp has rejected fresh allegations of inflated sales, calling the Courier Weekly report misleading.',
    '',
    'The Courier Weekly published invoices which appeared to indicate an effort to inflate sales at Harbour Corp’s Dubai office.',
  ].join('\n');
  const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('quake.txt', quake), buildDoc('paper.txt', paper)], []));
  it('lists every wire of "(Reuters, AFP, dpa)" as a source of the story', async () => {
    const r = await verifyClaim(engine, 'The death toll from the Lanfeng earthquake rose to 212.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.sources.map((s) => s.outlet).sort()).toEqual(['AFP', 'Reuters', 'dpa']);
  });
  it('does not give a paper’s claim to the company that rejects it', async () => {
    const r = await verifyClaim(engine, 'The Courier Weekly said its invoices appeared to indicate Harbour Corp inflated sales at its Dubai office.', offlineAnalyser);
    expect(r.attributions.map((a) => a.speaker)).not.toContain('Harbour Corp');
    expect(r.disputes.some((d) => /rejected/.test(d.text))).toBe(true);
  });
});

describe('what a lede sources: its own sentence, or the whole story when it credits it', () => {
  // Written for this test: long enough that each paragraph is a passage of its own.
  const para = (s: string) => `${s} ${'Les quais étaient calmes en fin de journée, sans incident signalé par la capitainerie du port de commerce. '.repeat(5)}`;
  const cited = [
    'Accord sur le port',
    '',
    para("Selon le site d'information Le Fil Marin, la mairie et la région ont conclu un accord pour rénover le port de Lorient."),
    '',
    para('Les travaux de la criée dureront deux ans.'),
    '',
    para('La nouvelle digue du port de Lorient protégera les chalutiers des tempêtes d’hiver.'),
  ].join('\n');
  const credited = ['Accord sur la digue', '', 'Avec AFP', '', para('La mairie a voté les travaux.'), '', para('La nouvelle digue du port de Vannes protégera les chalutiers.')].join('\n');
  const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('lorient.txt', cited), buildDoc('vannes.txt', credited)], []));
  it('does not give a later passage the source the lede cites for its own sentence', async () => {
    const r = await verifyClaim(engine, 'La nouvelle digue du port de Lorient protégera les chalutiers des tempêtes.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.sources.map((s) => s.outlet)).not.toContain('Le Fil Marin');
  });
  it('gives every passage the agency a credit line names', async () => {
    const r = await verifyClaim(engine, 'La nouvelle digue du port de Vannes protégera les chalutiers.', offlineAnalyser);
    expect(r.sources.map((s) => s.outlet)).toContain('AFP');
  });
});

describe('a lawyer named after "selon son avocat"', () => {
  // Written for this test.
  const text = [
    'Le skipper et le tweet - La Gazette du Port',
    '',
    "Selon son avocat, le skipper a dicté ce message par téléphone à son équipe, qui l'a ensuite publié. « C'est de l'humour », a insisté Me Yann Morel.",
  ].join('\n');
  const local = engineOf('skipper.txt', text);
  it('gives an outlet reporting it no voice: "rapporte Infos Armor"', async () => {
    const doc = engineOf('armor.txt', 'Port fermé\n\nLe port de Brest a été fermé samedi soir après la tempête, rapporte Infos Armor qui cite la capitainerie.');
    const r = await verifyClaim(doc, 'Le port de Brest a été fermé samedi soir après la tempête.', offlineAnalyser);
    expect(r.attributions.map((a) => a.speaker)).not.toContain('Infos Armor');
    expect(r.sources.map((s) => s.outlet)).toContain('Infos Armor');
  });
  it('is the lawyer the same passage names with a lawyer’s title', async () => {
    const r = await verifyClaim(local, 'Le skipper a dicté son message par téléphone à son équipe, selon son avocat.', offlineAnalyser);
    expect(r.attributions.map((a) => a.speaker)).toContain('Me Yann Morel');
  });
});

describe('disputes that point back with a possessive, a pronoun after the subject, illegality', () => {
  // Written for this test.
  const science = [
    'Fossil claim doubted',
    '',
    `Marine biologist Ada Quill of the Harbour Institute claims that she found fossils of giant squid in a meteorite. ${'The harbour was quiet on the evening of the launch of the new research vessel. '.repeat(6)}`,
    '',
    `But her claim has been roundly disputed by other scientists. ${'The weather over the bay stayed calm for the whole week of the regatta. '.repeat(6)}`,
  ].join('\n');
  const football = ['Harbour FC sting', '', 'Harbour FC coach Tom Reed was the latest to be named in the newspaper investigation and he has denied asking for payments.'].join('\n');
  const wolf = [
    'Loup abattu',
    '',
    'Un loup a été abattu légalement samedi dans le massif du Beaufortain sur arrêté du préfet.',
    '',
    '« Le loup est traqué dans la plus parfaite illégalité », a déploré l’association Canis.',
  ].join('\n');
  const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('science.txt', science), buildDoc('football.txt', football), buildDoc('wolf.txt', wolf)], []));
  it('"her claim has been disputed by other scientists" disputes what she claims', async () => {
    const r = await verifyClaim(engine, 'Ada Quill says she found fossils of giant squid in a meteorite.', offlineAnalyser);
    expect(r.disputes.find((d) => /roundly disputed/.test(d.text))?.by).toBe('other scientists');
  });
  it('"X was named … and he has denied" is X’s denial', async () => {
    const r = await verifyClaim(engine, 'Harbour FC coach Tom Reed was named in the newspaper investigation.', offlineAnalyser);
    expect(r.disputes.find((d) => /denied/.test(d.text))?.by).toBe('Tom Reed');
  });
  it('"dans la plus parfaite illégalité" disputes a claim that it was legal', async () => {
    const r = await verifyClaim(engine, 'Le loup du Beaufortain a été abattu légalement sur arrêté du préfet.', offlineAnalyser);
    expect(r.disputes.some((d) => /illégalité/.test(d.text))).toBe(true);
  });
});

describe('which outlets a carrying passage gives', () => {
  // Written for this test: long paragraphs, so that each is a passage.
  const pad = (s: string) => `${s} ${'Le vent soufflait encore fort sur la rade en fin de soirée, selon les marins du port. '.repeat(5)}`;
  const text = [
    'Tempête sur la côte',
    '',
    pad("Plus tôt dans la journée, le syndicat des marins avait déclaré à l'agence de presse Armor Presse que trois chalutiers étaient bloqués à Brest. Le syndicat a affirmé que les quais de Brest et de Lorient étaient inondés."),
    '',
    "Les médias locaux ont rapporté samedi l'arrivée de renforts de pompiers à Brest et à Lorient. « Les digues ont tenu », a insisté le maire Paul Keller à France Inter.",
    '',
    'Source: Le Courrier du Ponant',
  ].join('\n');
  const local = engineOf('tempete.txt', text);
  it('names the publisher of a "Source:" footer, leaves out an outlet named about something else, keeps where the speaker said it', async () => {
    const r = await verifyClaim(local, 'Des renforts de pompiers sont arrivés à Brest et à Lorient.', offlineAnalyser);
    const outlets = r.sources.map((s) => s.outlet);
    expect(outlets).toContain('Le Courrier du Ponant');
    expect(outlets).not.toContain('Armor Presse');
    const dykes = await verifyClaim(local, 'Le maire Paul Keller assure que les digues ont tenu.', offlineAnalyser);
    expect(dykes.sources.map((s) => s.outlet)).toContain("France Inter");
  });
});

describe('a claim of staged attacks', () => {
  // Written for this test.
  const text = [
    'Provocations au port',
    '',
    "Le ministère de l'Intérieur a affirmé que des militants préparent des provocations contre le port de Brest.",
    '',
    'Le collectif Marée Noire est connu pour mener des attaques mises en scène contre les installations du port de Brest.',
    '',
    'Le collectif Marée Noire a démenti préparer des provocations contre le port de Brest.',
  ].join('\n');
  const local = engineOf('provocations.txt', text);
  it('is not disputed by a sentence alleging staged attacks too; a denial still disputes it', async () => {
    const r = await verifyClaim(local, 'Des militants préparent des provocations contre le port de Brest.', offlineAnalyser);
    const texts = r.disputes.map((d) => d.text).join(' | ');
    expect(texts).not.toMatch(/mises en scène/);
    expect(texts).toMatch(/démenti/);
  });
});

describe('a claim that gives an outlet as its source', () => {
  // Written for this test.
  const text = [
    'Port ransomware',
    '',
    'The Harbour Herald obtained a copy of the ransom note, which asked for 13 bitcoins to unlock the port systems. Mayor Anne Roux said the city would not pay.',
  ].join('\n');
  const local = engineOf('ransom-note.txt', text);
  it('lists the outlet, and no one around it as the claim’s speaker', async () => {
    const r = await verifyClaim(local, "D'après le Harbour Herald, les pirates réclamaient 13 bitcoins pour débloquer les systèmes du port.", offlineAnalyser);
    expect(r.sources.map((s) => s.outlet)).toContain('The Harbour Herald');
    expect(r.attributions).toEqual([]);
  });
});

describe('narration after a quoted passage', () => {
  // Written for this test: long paragraphs, so that each is a passage.
  const pad = (s: string) => `${s} ${'The courtroom was quiet as the jurors listened to the last arguments of the day. '.repeat(5)}`;
  const text = [
    'Harbour trial',
    '',
    pad('Defence lawyer Mark Dell said the prosecution case was full of gaps and built on a series of maybes.'),
    '',
    pad('Owen Tate is charged with fraud, but jurors can also choose a lesser charge of false accounting.'),
    '',
    pad('The harbour records were kept in the basement of the port authority for twenty years.'),
  ].join('\n');
  const local = engineOf('tate-trial.txt', text);
  it('gives a sentence about a named subject of its own no inherited voice', async () => {
    const r = await verifyClaim(local, 'Jurors in the Owen Tate trial can choose a lesser charge of false accounting instead of fraud.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.attributions.map((a) => a.speaker)).not.toContain('Mark Dell');
  });
});
