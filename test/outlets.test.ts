import { describe, expect, it } from 'vitest';
import { OutletRegistry } from '../core/text/outlets.js';
import { findMediaMentions } from '../core/text/mediaMentions.js';
import { assembleCorpus, buildDoc } from '../core/corpus/load.js';
import { buildEngine } from '../core/engine.js';
import { docEvents } from '../core/analyse/offline/events.js';
import { groundFindings } from '../core/ground.js';
import { screenFindings } from '../core/llm/safety.js';
import { nameIsSupported } from '../core/names.js';

const registry = new OutletRegistry();
const names = (text: string) => registry.find(text).map((m) => m.name);

describe('outlet names that are also ordinary phrases', () => {
  it('does not read common phrases as outlets', () => {
    expect(names('Le ministre était sur le point de démissionner.')).toEqual([]);
    expect(names('La libération de la ville a duré trois jours.')).toEqual([]);
    expect(names('Depuis la Libération, la place porte son nom.')).toEqual([]);
    expect(names('Le monde entier regardait la finale.')).toEqual([]);
    expect(names('Prices rose at the times of greatest demand.')).toEqual([]);
    expect(names('The Independent Commission published its findings.')).toEqual([]);
  });
  it('reads them as outlets when written as names or in a citation frame', () => {
    expect(names('Libération a révélé que le contrat était signé.')).toEqual(['Libération']);
    expect(names('Le ministre a démenti, selon Libération, tout accord.')).toEqual(['Libération']);
    expect(names('Le Point affirme que la réunion a eu lieu.')).toEqual(['Le Point']);
    expect(names('The mayor told The Times he would resign.')).toEqual(['The Times']);
  });
  it('matches coined names in any position', () => {
    expect(names('Mediapart a publié les documents.')).toEqual(['Mediapart']);
  });
});

describe('French contracted articles', () => {
  it('reads "au Figaro", "du Monde", "aux Échos" as the outlet, and grounds the name on them', () => {
    expect(names('Le ministre a confié au Figaro que la réforme serait votée.')).toEqual(['Le Figaro']);
    expect(names('Selon une enquête des Échos publiée mardi, le plan est prêt.')).toEqual(['Les Échos']);
    expect(names('Un objectif confirmé au Monde par l’entourage du président.')).toEqual(['Le Monde']);
    expect(names('Il a fait le tour du monde en voilier.')).toEqual([]);
    expect(nameIsSupported('Le Figaro', { passage: 'Le ministre a confié au Figaro que la réforme serait votée.' })).toBe(true);
    expect(nameIsSupported('Le Figaro', { passage: 'Le ministre a confié à la presse que la réforme serait votée.' })).toBe(false);
  });
});

describe('media noun frames name unseen outlets', () => {
  const framed = (text: string) => findMediaMentions(text).map((m) => m.name);
  it('finds the name after French and English media nouns', () => {
    expect(framed('Le maire a parlé au quotidien Nord Matin hier.')).toContain('Nord Matin');
    expect(framed('The mayor told the newspaper Valley Herald on Monday.')).toContain('Valley Herald');
  });
});

describe('document publisher', () => {
  it('takes the title suffix as publisher', () => {
    const doc = buildDoc('a.txt', 'Le conseil vote le budget | Gazette du Nord\n\nLe conseil municipal a voté le budget mardi soir.\n');
    expect(doc.outlet).toBe('Gazette du Nord');
  });
  it('keeps an agency the lede cites out of the publisher', () => {
    const doc = buildDoc('b.txt', "Le port a rouvert\n\nLe port a rouvert lundi, selon l'agence Presse Boréale.\n\nLes navires attendaient depuis une semaine.\n");
    expect(doc.outlet).toBeNull();
  });
  it('takes a footer "Source : X" line as publisher', () => {
    const doc = buildDoc('c.txt', 'Le port a rouvert\n\nLe port a rouvert lundi après une semaine de grève.\n\nSource : Gazette du Nord\n');
    expect(doc.outlet).toBe('Gazette du Nord');
  });
  it('takes a wire dateline as publisher', () => {
    const doc = buildDoc('d.txt', 'Port reopens\n\nHARBOURTOWN (Wire Press) - The port reopened on Monday after a week-long strike.\n');
    expect(doc.outlet).toBe('Wire Press');
  });
  it('takes the other dateline forms: no city, a city and its region, the pipe form', () => {
    expect(buildDoc('e.txt', 'Port reopens\n\n(Wire Press) – The port reopened on Monday.\n').outlet).toBe('Wire Press');
    expect(buildDoc('f.txt', 'Port reopens\n\nHARBOURTOWN, Me. (Wire Press) — The port reopened on Monday.\n').outlet).toBe('Wire Press');
    expect(buildDoc('k.txt', 'Crash inquiry\n\nHARBOURTOWN, July 16 (Wire Press) -- The inquiry closed.\n').outlet).toBe('Wire Press');
    expect(buildDoc('g.txt', 'Le port rouvre\n\nBrest, France | Presse Boréale | lundi 06/09/2021 - Le port a rouvert.\n').outlet).toBe('Presse Boréale');
  });
  it('does not take a short word after a headline for a masthead', () => {
    expect(buildDoc('h.txt', 'Measles outbreak false - MoH\n\nThe ministry denied the reports.\n').outlet).toBeNull();
    expect(buildDoc('i.txt', 'Port reopens - Harbour Daily\n\nThe port reopened.\n').outlet).toBe('Harbour Daily');
  });
  it('records the publisher naming itself as publisher, not as a source it cites', async () => {
    const engine = buildEngine(assembleCorpus('/tmp/none', [buildDoc('j.txt', 'Port reopens\n\n(Wire Press) – The port reopened on Monday, the harbour master told Wire Press.\n')], []));
    const events = docEvents(engine.corpus.docs[0]!, engine.outlets);
    expect(events.sources.filter((s) => s.outlet === 'Wire Press').map((s) => s.role)).toEqual(['publisher']);
  });
});

describe('one name check for grounding and the LLM safety filter', () => {
  const doc = buildDoc('e.txt', 'Le port a rouvert\n\nLe port a rouvert lundi après une semaine de grève.\n\nSource : Gazette du Nord\n');
  const p = doc.passages.find((x) => /grève/.test(x.text))!;
  const passage = { id: p.id, docId: doc.id, title: doc.title, outlet: doc.outlet, date: doc.date, text: p.text, score: 1 };
  const finding = (outlet: string) => ({
    summary: '',
    sources: [{ outlet, role: 'publisher' as const, citedBy: null, quote: 'Le port a rouvert lundi', passageId: p.id }],
    attributions: [],
    disputes: [],
    hedges: [],
  });
  const survives = (outlet: string) => {
    const screened = screenFindings(finding(outlet), { given: new Map([[p.id, passage]]) }).findings;
    const grounded = groundFindings(finding(outlet), { passages: new Map([[p.id, passage]]) }).findings;
    return { safety: screened.sources.length, grounding: grounded.sources.length };
  };
  it('keeps the publisher its footer names, in both', () => {
    expect(doc.passages.some((x) => /Gazette/.test(x.text))).toBe(false);
    expect(survives('Gazette du Nord')).toEqual({ safety: 1, grounding: 1 });
  });
  it('drops an outlet the document names nowhere, in grounding', () => {
    expect(survives('Courrier du Sud').grounding).toBe(0);
    expect(nameIsSupported('Courrier du Sud', { passage: p.text, docOutlet: doc.outlet })).toBe(false);
  });
  it('wants whole words: a name inside another word is no support', () => {
    expect(nameIsSupported('Dem', { passage: 'Les Democrats ont voté.' })).toBe(false);
  });
});

describe('English and French media frames', () => {
  const framed = (text: string) => findMediaMentions(text).map((m) => m.name);
  it('reads names before and after media nouns', () => {
    expect(framed('The Kuna news agency reported the vote.')).toContain('Kuna');
    expect(framed('Officials spoke to Harbour TV on Friday.')).toContain('Harbour TV');
    expect(framed('state news agency Petra said the border was open')).toContain('Petra');
    expect(framed('Lac Bleu, la radio publique, a diffusé l’entretien.')).toContain('Lac Bleu');
    expect(framed("l'agence Presse Boréale a confirmé")).toContain('Presse Boréale');
  });
  it('reads the masthead of a known outlet after a lower-case article', () => {
    expect(names('the Guardian reported that the talks failed')).toEqual(['the Guardian']);
  });
  it('takes no function word or weekday for a name', () => {
    expect(framed('the network of tunnels Hamas built')).toEqual([]);
    expect(framed('they updated the site Monday')).toEqual([]);
    expect(framed('the Democratic Party said')).toEqual([]);
  });
});

describe('what a media noun does not name', () => {
  it('names no outlet in "a radio interview X" or "national TV", and still "la chaîne Nile TV"', () => {
    expect(findMediaMentions('On Monday, the governor said in a radio interview Westland’s central bank would cut rates.')).toEqual([]);
    expect(findMediaMentions('Speaking to Westland national TV, the deputy minister expressed concern.')).toEqual([]);
    expect(findMediaMentions('selon la chaîne Nile TV, le barrage a cédé').map((m) => m.name)).toEqual(['Nile TV']);
  });
  it('knows The Sunday Times as a name', () => {
    expect(new OutletRegistry().find('She wrote in her column in The Sunday Times that the lunch took place.').map((m) => m.name)).toContainEqual(
      expect.stringMatching(/Sunday Times/),
    );
  });
});

describe('credits that name the publisher: a wire line, "X staff", a bracketed dateline list, a repost credit', () => {
  it.each([
    ['Le port rouvre\n\nATS\n\n13.8.2021 - 10:19\n\nLe port a rouvert lundi.\n', 'ATS'],
    ['Port reopens\n\nHarbour Daily staff\n\nThe port reopened on Monday.\n', 'Harbour Daily'],
    ['Port reopens\n\nAnna Bell (@annab) Published May 2, 2024\n\nLimassol, (NPA - Harbour Wire / Coast News - 2nd May, 2024) The port reopened on Monday.\n', 'NPA'],
    ['Le port rouvre\n\nLe port a rouvert lundi après une grève.\n\n(Le Parisien)\n\nPar le blog des dockers\n', 'Le Parisien'],
  ])('%#: %s', (text, outlet) => {
    expect(buildDoc('p.txt', text).outlet).toBe(outlet);
  });
  it('leaves a bracketed place or a lone word in brackets alone', () => {
    expect(buildDoc('q.txt', 'Port reopens\n\nLimassol (Cyprus) is busy again after the strike.\n').outlet).toBeNull();
    expect(buildDoc('r.txt', 'Le port rouvre\n\nLe port a rouvert lundi.\n\n(Mise à jour)\n').outlet).toBeNull();
  });
  it('reads a site named by its domain after a citation frame, and not "un site Internet"', () => {
    expect(findMediaMentions('Interrogée par harbourdaily.fr, la direction précise que le port rouvre.').map((m) => m.name)).toEqual(['harbourdaily.fr']);
    expect(findMediaMentions('Les salariés de shopvite.com, un site Internet de déstockage, ont débrayé.').map((m) => m.name)).toEqual([]);
  });
});

describe('a media noun with no name points back to the outlet named before', () => {
  it('reads "au quotidien" and "the newspaper" as the paper named earlier', () => {
    const doc = buildDoc('s.txt', "La société attaque\n\nLa société poursuit le quotidien Courrier du Port en diffamation.\n\nLe député Paul Roux avait déclaré dans une interview au quotidien que la société mentait.\n");
    const engine = buildEngine(assembleCorpus('/tmp/none', [doc], []));
    const events = docEvents(engine.corpus.docs[0]!, engine.outlets);
    const cited = events.sources.filter((s) => s.outlet === 'Courrier du Port').map((s) => s.sentence.text.slice(0, 10));
    expect(cited).toEqual(['La société', 'Le député ']);
  });
  it('names nothing when no outlet came before', () => {
    const doc = buildDoc('t.txt', 'Port reopens\n\nThe newspaper said the port reopened on Monday.\n');
    const engine = buildEngine(assembleCorpus('/tmp/none', [doc], []));
    expect(docEvents(engine.corpus.docs[0]!, engine.outlets).sources).toEqual([]);
  });
});

describe('a byline role line, a dated wire dateline, an interview given to an outlet', () => {
  it.each([
    ["Le tribunal tranche\n\nAlice Martin\nChargée de l'actualité de Portail Net\n14 décembre 2023\n\nLe tribunal a jugé.\n", 'Portail Net'],
    ['Court rules\n\nJane Doe\nStaff writer at the Harbour Herald\n\nThe court ruled on Monday.\n', 'Harbour Herald'],
    ['Watchdog fines firm\n\nSept. 2 (Wire Press) — A watchdog on Thursday fined the firm.\n', 'Wire Press'],
  ])('%#', (text, outlet) => expect(buildDoc('v.txt', text).outlet).toBe(outlet));
  it('reads "dans un entretien à X" as an outlet, "an interview with X" only for a masthead', () => {
    const found = (t: string) => findMediaMentions(t).map((m) => m.name);
    expect(found('Dans un entretien à Radiosport, mercredi soir, le joueur a confirmé.')).toEqual(['Radiosport']);
    expect(found('Dans une interview accordée au Courrier du Port, le maire a dit.')).toEqual(['Courrier du Port']);
    expect(found('In an interview with the Daily Courier, the mayor said.')).toEqual(['Daily Courier']);
    expect(found('In an interview with John Smith, the mayor said.')).toEqual([]);
  });
});

describe('the gazetteer knows the major wires and networks, not ordinary phrases', () => {
  it('names CNBC, UPI and NBC where a sentence cites them', () => {
    expect(names('a company spokesperson said, according to CNBC.')).toEqual(['CNBC']);
    expect(names('The figures were first reported by UPI on Monday.')).toEqual(['UPI']);
  });
  it('does not take "24 heures", "Marianne" or "time" for an outlet', () => {
    expect(names('Le port a rouvert en 24 heures, a dit Marianne Roux.')).toEqual([]);
    expect(names('Time will tell, the mayor said.')).toEqual([]);
  });
});

describe('a one-word title between quotation marks', () => {
  it('reads « Libération » as the paper, la Libération not', () => {
    expect(names('La société poursuit le journal « Libération » en diffamation.')).toEqual(['Libération']);
    expect(names('Depuis la Libération, la ville a changé.')).toEqual([]);
    expect(names('Le mot « libération » revient souvent.')).toEqual([]);
  });
});

describe('a masthead told or cited, a described outlet, and the bylines that credit one', () => {
  const found = (t: string) => findMediaMentions(t).map((m) => m.name);
  it('reads a masthead after a frame of telling or citing, a one-word one only with its article', () => {
    expect(found('Last night the mayor told the Harbour Herald that the dinner was council business.')).toEqual(['Harbour Herald']);
    expect(found('The council told the Herald it would appeal.')).toEqual(['Herald']);
    expect(found('“We acted at once,” the company told KTV4 News in a statement.')).toEqual(['KTV4 News']);
    expect(found('According to the Valley Tribune, the dam was closed.')).toEqual(['Valley Tribune']);
    // No masthead word, no article, or a capitalised word extending the name: no outlet.
    expect(found('The mayor told Herald Smith that he would resign.')).toEqual([]);
    expect(found('She told Herald the news.')).toEqual([]);
    expect(found('The firm spoke to the Independent Commission on Monday.')).toEqual([]);
    expect(found('He told the Post Office staff to go home.')).toEqual([]);
  });
  it('reads the name, not its description: a compound adjective, a domain before its kind', () => {
    expect(found('The Kremlin-backed Pravdino television network said the cracks were old.')).toEqual(['Pravdino']);
    expect(found('The story was first reported by the Polish epoznan.pl online news portal.')).toEqual(['epoznan.pl']);
  });
  it.each([
    ['Wine fraud\n\nDecember 21, 2007|By Bob Secter, Lakeside Tribune staff reporter\n\nFake bottles were sold.\n', 'Lakeside Tribune'],
    ['Plant leak\n\nMcINTOSH, Ala. (WKRG) – A chlorine leak sent two workers to hospital.\n', 'WKRG'],
    ['Building collapse\n\nBy Ann Lee and Raj Patel MUMBAI (Reuters) - Police arrested the owner on Wednesday.\n', 'Reuters'],
    ['Effondrement\n\nPar Anne Roy, journaliste au Courrier du Port\n\nLe bâtiment s’est effondré.\n', 'Courrier du Port'],
  ])('%#: the publisher a byline or dateline names', (text, outlet) => expect(buildDoc('w.txt', text).outlet).toBe(outlet));
  it('takes nothing from brackets in a byline that hold no wire or masthead', () => {
    expect(buildDoc('x.txt', 'Collapse\n\nBy Ann Lee MUMBAI (India) - Police arrested the owner.\n').outlet).toBeNull();
  });
});

describe('a masthead that reports, and a byline with its masthead on one line', () => {
  const found = (t: string) => findMediaMentions(t).map((m) => m.name);
  it('reads "yesterday’s Harbour Star Times alleged" as an outlet, a person’s name before a verb not', () => {
    expect(found("An article in yesterday's Harbour Star Times alleged that a receipt had been made up.")).toEqual(['Harbour Star Times']);
    expect(found('Le Courrier Express a révélé que le maire avait menti.')).toEqual(['Le Courrier Express']);
    expect(found('Li Sun said the port would reopen.')).toEqual([]);
    expect(found('Maria Lopez said the port would reopen.')).toEqual([]);
  });
  it.each([
    ["Faux meubles\n\nPar Marie Potard · L'ŒIL\n\nLes affaires de faux se suivent.\n", "L'ŒIL"],
    ['Fake wine\n\nBy Jane Doe | Harbour Herald\n\nFake bottles were sold.\n', 'Harbour Herald'],
  ])('%#: the masthead after the reporter’s name', (text, outlet) => expect(buildDoc('y.txt', text).outlet).toBe(outlet));
  it('takes no co-author or date after the separator for a masthead', () => {
    expect(buildDoc('z.txt', 'Fake wine\n\nBy Jane Doe | John Smith\n\nFake bottles were sold.\n').outlet).toBeNull();
    expect(buildDoc('z2.txt', 'Fake wine\n\nBy Jane Doe | 12 May 2020\n\nFake bottles were sold.\n').outlet).toBeNull();
  });
});

describe('a gazetteer name with a sign is not the word without it', () => {
  it('does not read "le canal Donzère-Mondragon" as Canal+, and reads Canal+ and the Belgian dailies', () => {
    expect(names('Il existe un risque de rupture de la digue du canal Donzère-Mondragon.')).toEqual([]);
    expect(names("D'après L'Echo et De Tijd, une cinquantaine de clients sont concernés.")).toEqual(["L'Echo", 'De Tijd']);
    expect(names("L'écho de ses paroles a duré.")).toEqual([]);
  });
});

describe('a wire credit with its copyright and time closing the story', () => {
  it('reads "(©AFP / 28 septembre 2017 14h00)" as the publisher', () => {
    expect(buildDoc('afp.txt', 'La centrale à l’arrêt\n\nLes réacteurs seront arrêtés.\n\n(©AFP / 28 septembre 2017 14h00)\n').outlet).toBe('AFP');
    expect(buildDoc('afp2.txt', 'La centrale à l’arrêt\n\nLes réacteurs seront arrêtés.\n\n(© Photo / Jean Roux)\n').outlet).toBeNull();
  });
});
