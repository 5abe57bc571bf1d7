import { describe, expect, it } from 'vitest';
import { buildDoc } from '../core/corpus/load.js';
import { extractDocEvents } from '../core/analyse/offline/events.js';
import { findHedges } from '../core/analyse/offline/hedges.js';
import { DENIAL_RE } from '../core/analyse/offline/cues.js';
import { findDisputes } from '../core/analyse/offline/disputes.js';
import { OutletRegistry } from '../core/text/outlets.js';
import { findMediaMentions } from '../core/text/mediaMentions.js';

// Sentences written for these tests, one per way news attributes speech; none is
// from the corpus or the labelled claims, and none is about the same subject.
const speakersOf = (text: string) => {
  const doc = buildDoc('t.txt', `Un titre\n\n${text}`);
  return extractDocEvents(doc, new OutletRegistry([]))
    .attributions.filter((a) => a.kind !== 'vague' && !a.quote.startsWith('Un titre'))
    .map((a) => ({ speaker: a.speaker, role: a.role, organization: a.organization }));
};
const speakerNames = (text: string) => speakersOf(text).map((a) => a.speaker);
/** The hedges of one passage holding `text`. */
const hedgesIn = (text: string) => findHedges([{ id: 'h#0', docId: 'h', title: null, outlet: null, date: null, text, score: 1 }]);
const hedgeTexts = (text: string) => hedgesIn(text).map((h) => h.text);
/** Who disputes in a text read as one carrying passage, every sentence relevant. */
const disputersIn = (text: string) => {
  const ev = extractDocEvents(buildDoc('t.txt', `Un titre\n\n${text}`), new OutletRegistry([]));
  return findDisputes({ claimIsDenial: false, carrying: ev.sentences, docSentences: ev.sentences, claimSpeakers: [], docAttributions: ev.attributions, relevant: () => true, isNear: () => true }).map((d) => d.by);
};

describe('speaker after the verb', () => {
  it('reads an inverted subject once the reported words come first', () => {
    expect(speakerNames("Ces accords portent sur la pêche et l'énergie, a précisé cette source.")).toEqual(['cette source']);
    expect(speakerNames('Le texte sera voté la semaine prochaine, a estimé le diplomate.')).toEqual(['diplomate']);
    expect(speakerNames('Ils se rapprochaient depuis le nord-ouest, a indiqué le commandant.')).toEqual(['commandant']);
  });

  it('splits "ministre du Travail Olivier Martin" into role, organisation and name', () => {
    const [a] = speakersOf('« Nous ne céderons rien sur la question des retraites », a déclaré le ministre du Travail Olivier Martin.');
    expect(a).toEqual({ speaker: 'Olivier Martin', role: 'ministre', organization: 'Travail' });
  });

  it('reads English inverted and closing-verb speakers', () => {
    expect(speakerNames('"The talks will resume next week," the spokeswoman said.')).toEqual(['spokeswoman']);
    const [porter] = speakersOf('The measure will cost billions, said Jane Porter, a senior economist at the bank.');
    expect(porter?.speaker).toBe('Jane Porter');
    expect(porter?.role).toMatch(/economist/);
  });

  it('keeps the subject of an apposition before the verb', () => {
    const [smith] = speakersOf('John Smith, deputy head of the committee, said on Monday that the report was incomplete.');
    expect(smith).toMatchObject({ speaker: 'John Smith', role: 'deputy head of the committee' });
    const [colonel] = speakersOf('Le colonel Paul Arnaud, chef du service de presse, a déclaré vendredi lors d’un point de presse que la ville était calme.');
    expect(colonel?.speaker).toBe('Paul Arnaud');
  });

  it('reads the speaker after a quotation, not a verb inside it', () => {
    expect(speakerNames('"We think the deal is fair," Maria Lopez, the union leader, said on Friday, when asked about the vote.')).toEqual([
      'Maria Lopez',
    ]);
    expect(speakerNames('"Prices will fall next year," the governor told reporters on Tuesday.')).toEqual(['governor']);
  });

  it('skips a participle phrase about the speaker ("Contacté par …,")', () => {
    expect(speakerNames('Interrogé par la radio locale, le maire confirme que la piscine restera fermée.')).toEqual(['maire']);
    expect(speakerNames('Asked about the delay, the airline said that the aircraft needed repairs.')).toEqual(['airline']);
  });

  it('reads "it", "we" as pronouns and a bare basis after "according to" as no speaker', () => {
    expect(speakerNames('It added that the factory would reopen in May.')).toEqual([]);
    expect(speakerNames('The ministry stated that, according to early counts, turnout was high.')).toEqual(['ministry']);
  });

  it('keeps titles and initials inside a name, and gives an unnamed outlet no speaker', () => {
    expect(speakerNames('« La ligne sera prolongée », a déclaré M. Dupont.')).toEqual(['M. Dupont']);
    expect(speakerNames('Selon M. Dupont, la ligne sera prolongée.')).toEqual(['M. Dupont']);
    expect(speakerNames('The line will be extended, said Dr. A. Lee.')).toEqual(['Dr. A. Lee']);
    expect(speakerNames('La publication a affirmé que la ligne serait prolongée.')).toEqual([]);
  });

  it('takes the person an agency quotes, not the agency', () => {
    expect(speakerNames('The agency quoted the finance minister as saying that exports would fall.')).toEqual(['finance minister']);
  });
});

describe('word order and verb forms', () => {
  it('never takes an opening adverb or connective for the speaker', () => {
    expect(speakerNames('Auparavant, Marie Dubois avait déclaré que la réforme serait retirée.')).toEqual(['Marie Dubois']);
    expect(speakerNames('Néanmoins, un témoin assure que les policiers ont tiré les premiers.')).toEqual(['témoin']);
    expect(speakerNames('Additionally, the court stated that the law was unconstitutional.')).toEqual(['court']);
  });

  it('reads present, base and perfect English forms without their auxiliary', () => {
    expect(speakerNames('The mayor admits the budget is tight.')).toEqual(['mayor']);
    expect(speakerNames('The study suggests that prices could rise.')).toEqual(['study']);
    expect(speakerNames("Canada's Finance Ministry has said the figures were routine.")).toEqual(["Canada's Finance Ministry"]);
  });

  it('reads every French tense of a verb of saying, from the verb lexicon', () => {
    expect(speakerNames('Le porte-parole de la mairie précisait mardi que les travaux continuaient.')).toEqual(['porte-parole de la mairie']);
    expect(speakerNames('La directrice affirma que les comptes étaient justes.')).toEqual(['directrice']);
    expect(speakerNames('Le syndicat dénonce une atteinte au droit de grève.')).toEqual(['syndicat']);
    expect(speakerNames('Les élus avaient répété que la piscine rouvrirait.')).toEqual(['élus']);
  });

  it('reads no speech in a passive or a noun form of the same verbs', () => {
    expect(speakerNames('Le maire est accusé de favoritisme par ses adversaires.')).toEqual([]);
    expect(speakerNames('La note de synthèse a circulé dans les services.')).toEqual([]);
  });

  it('never finds an organisation cue inside a word ("de" in "Democratic")', () => {
    const [a] = speakersOf('Jane Doe, spokeswoman Democrat Party, said the vote would be held.');
    expect(a?.speaker).toBe('Jane Doe');
    expect(a?.organization ?? '').not.toMatch(/^mocrat/);
  });

  it('does not read a noun form as a reporting verb', () => {
    expect(speakerNames('The notes were found in a drawer of the old desk.')).toEqual([]);
  });

  it('"reportedly" is a hedge, never a speaker', () => {
    const text = 'The company reportedly laid off 200 workers.';
    expect(speakerNames(text)).toEqual([]);
    const hedges = hedgesIn(text);
    expect(hedges.map((h) => h.text).join(' ')).toMatch(/reportedly/);
  });
});

describe('what is not a speaker', () => {
  it('reads no speaker in a clause, a pronoun after a connective, or a basis after "selon"', () => {
    expect(speakerNames('So I think that the plan works.')).toEqual([]);
    expect(speakerNames('Si vous remarquez que la porte grince, appelez le gardien.')).toEqual([]);
    expect(speakerNames('The players were not told that the match was cancelled.')).toEqual([]);
    expect(speakerNames('Selon les règles du club, les joueurs doivent porter un casque.')).toEqual([]);
  });

  it('finds the subject in the last clause before the verb', () => {
    expect(speakerNames('La salle était comble : Marie Curie affirme que le prix sera partagé.')).toEqual(['Marie Curie']);
    expect(speakerNames('Les portes sont fermées et le directeur annonce que le musée rouvrira lundi.')).toEqual(['directeur']);
  });
});

describe('nominal anaphora', () => {
  it('resolves "le ministre" and "la même source" to the one named before', () => {
    expect(
      speakerNames(
        'Le ministre des Affaires étrangères Jean Castel a déclaré que la rencontre aurait lieu. Les discussions ont été franches, a estimé le ministre.',
      ),
    ).toEqual(['Jean Castel', 'Jean Castel']);
    expect(
      speakerNames(
        'Selon Marc Leroy, porte-parole de la préfecture, deux routes sont fermées. La même source a précisé que les écoles resteraient ouvertes.',
      ),
    ).toEqual(['Marc Leroy', 'Marc Leroy']);
  });

  it('does not resolve a role noun the earlier speaker does not hold', () => {
    expect(
      speakerNames('Anne Roche, juge au tribunal, a déclaré que le dossier était clos. La procédure reprendra, a affirmé le maire.'),
    ).toEqual(['Anne Roche', 'maire']);
  });
});

describe('disputes and hedges in ordinary news language', () => {
  it.each([
    'Le parti a démenti ces informations.',
    'Les accusations ont été réfutées par la direction.',
    'Le porte-parole affirme qu’il n’existe aucune preuve de ces versements.',
    'The company dismissed the report as baseless.',
    'Officials said there was no evidence of tampering.',
    'The minister called the story untrue.',
    'The governor quashed rumours of a second lockdown.',
    'La mairie s’inscrit en faux contre ces affirmations.',
    'Le gouvernement a balayé ces critiques.',
    'Le porte-parole a qualifié ces accusations de grotesques.',
    'A spokeswoman said the reports were “completely false.”',
    'The mayor called the council’s figures false.',
    'Inspectors found no evidence of fraud at the depot.',
    'The board does not have any information that the loan was approved.',
    'The account was met with skepticism by the auditors.',
    'Le syndicat a écarté d’un revers de la main les chiffres de la direction.',
    'La direction qualifie ces rumeurs de mensonges.',
    'Plusieurs experts ont mis en doute la fiabilité de l’étude.',
    'Le candidat battu dénonce les résultats publiés par la commission.',
    'Mr Tate maintains his innocence and will fight the charges.',
    '"We will most certainly not accept the results," the candidate said.',
    "Le chroniqueur assure ne pas s'en souvenir.",
    'The coach said he did not recall the meeting.',
    'The airline said it had acted in full compliance with EU rules.',
    'La mairie affirme avoir agi en toute légalité.',
    'Le skipper clame son innocence depuis le début.',
    'The harbour master pleaded not guilty on Monday.',
    'Le ministre assure que l’enregistrement a été tronqué.',
    'The mayor said the video had been doctored.',
    '« C’est de la conspiration », a dénoncé le ministre.',
    "« Aucune source n'a apporté de preuve », a affirmé le président de l'agence.",
    'A group of scientists reported that the effects could not be replicated.',
    'An internal review found a range of problems with the study.',
    "Cette explication n'aurait pas convaincu les enquêteurs.",
    'Officials said a deal had been reached, but the president later said no such deal had been reached.',
    'That ran against the minister’s comments on Saturday.',
    '« Ce n’est que pure invention », a déclaré le porte-parole du club.',
    'L’avocat de la société dénonce un lynchage médiatique.',
    'La suspicion seule n’est pas une preuve, a insisté la fédération.',
    'The senator called the inquiry a witch hunt.',
    'The leaked emails were not proof of any wrongdoing, the firm said.',
    'Des documents internes ont donné raison aux riverains.',
    'The agency later retracted the two posts.',
    'The count was riddled with irregularities, the opposition said.',
    'However, monitors noted discrepancies in three districts.',
    'L’opposition a dénoncé des fraudes massives dans le nord.',
    'Officials said nothing had been confirmed about the second case.',
  ])('reads a denial in "%s"', (sentence) => {
    expect(DENIAL_RE.test(sentence)).toBe(true);
  });

  it.each([
    'The minister confirmed the figures on Monday.',
    'Le ministère a publié ces chiffres mardi.',
    'Le rejet de la motion était attendu.',
    "Le téléphone avait un défaut de fabrication.",
    'Le scandale des matches truqués a éclaté en 2006.',
    'This plan has never been endorsed by the council.',
    'Contrairement à la ville voisine, le bourg a gardé sa gare.',
  ])('reads no denial in "%s"', (sentence) => {
    expect(DENIAL_RE.test(sentence)).toBe(false);
  });

  it.each([
    ['Le suspect aurait quitté le pays.', 'aurait'],
    ['Il s’agit peut-être d’une erreur de calcul.', 'peut-être'],
    ['The fire was possibly started by a faulty cable.', 'possibly'],
    ['Two suspected smugglers were arrested.', 'suspected'],
    ['The merger is likely to be delayed.', 'likely'],
    ['It is not clear whether the bridge will reopen.', 'not clear'],
  ])('finds the hedge in "%s"', (text, cue) => {
    const hedges = hedgesIn(text);
    expect(hedges.some((h) => h.text.includes(cue) && text.includes(h.text))).toBe(true);
  });
});

describe('subjects read whole, and only the subject', () => {
  it('keeps a subject and its apposition before a verb that opens its own clause', () => {
    expect(speakerNames('Paul Martin, a senior analyst at the bank, said the new rules raise costs for small lenders.')).toEqual(['Paul Martin']);
  });
  it('ends an inverted subject before "in his …"', () => {
    expect(speakerNames('“Growth will slow,” wrote Anna Berg in her weekly column.')).toEqual(['Anna Berg']);
  });
  it('skips an interjection, a subordinator, an inserted connective or participle phrase', () => {
    expect(speakerNames('Oh, the committee has said that it will publish the figures.')).toEqual(['committee']);
    expect(speakerNames('Si la banque estime que les taux baisseront, elle ne le dit pas.')).toEqual(['banque']);
    const [survey] = speakerNames('At least one earlier survey by the institute, however, using a smaller sample, reported that prices had doubled.');
    expect(survey).toMatch(/survey by the institute/);
  });
  it('takes the noun phrase that ends a framing phrase', () => {
    expect(speakerNames('Since then, in both rulings the court suggested that the law was unclear.')).toEqual(['court']);
  });
  it('reads an English institution as one name, and a person who speaks for one', () => {
    const [wto] = speakersOf('The head of the World Trade Organization said the talks had stalled.');
    expect(wto?.speaker).toMatch(/World Trade Organization/);
    const [costa] = speakersOf('Maria Costa for Clean Rivers Europe says the samples were contaminated.');
    expect(costa).toMatchObject({ speaker: 'Maria Costa', organization: 'Clean Rivers Europe' });
    const [morel] = speakersOf("Le directeur d'Alpha Conseil Jean Morel a affirmé que l'usine rouvrirait.");
    expect(morel).toMatchObject({ speaker: 'Jean Morel', organization: 'Alpha Conseil' });
  });
  it('reads "ainsi que" as a conjunction, not a relative clause', () => {
    expect(speakerNames('Les syndicats ainsi que les patrons rétorquent que la réforme est mal conçue.')[0]).toMatch(/syndicats/);
  });
});

describe('pronouns, clauses and verbs with an object', () => {
  it('resolves "it" to an unnamed speaker just before, and "a-t-il ajouté" without quotation marks', () => {
    expect(speakerNames('The bakery said its ovens were safe. It added that an inspector would visit.')).toEqual(['bakery', 'bakery']);
    expect(speakerNames('La mairie a déclaré que le pont rouvrirait. Les travaux sont terminés, a-t-elle ajouté.')).toEqual(['mairie', 'mairie']);
  });
  it('reads the subject of the clause after "tandis que" / "while"', () => {
    expect(speakerNames("Les élus ont voté le budget, tandis que l'opposition affirme qu'il est insincère.")).toEqual(['opposition']);
  });
  it('keeps a bracketed part inside a name', () => {
    expect(speakerNames('Norvale (Jersey) Trading Ltd said on its website that it had stopped exports.')).toEqual(['Norvale (Jersey) Trading Ltd']);
  });
  it('takes the next verb when the first stands in a clause about an allegation', () => {
    expect(speakerNames('On claims that a supplier had demanded a bribe, the company said it had ended the contract.')).toEqual(['company']);
  });
  it('reads no speech in citing or naming with a plain object; reporting one is attribution', () => {
    expect(speakerNames('The study cites a survey of two thousand households.')).toEqual([]);
    expect(speakerNames('The drug, called Veltrazine, will be sold in pharmacies next year.')).toEqual([]);
    expect(speakerNames('The council announced a new bus route for the suburbs.')).toEqual(['council']);
    expect(speakerNames('The council announced the route would open in May.')).toEqual(['council']);
    expect(speakerNames('The Daily Courier newspaper reported in late May that the mine would close.')[0]).toMatch(/^Daily Courier/);
  });
});

describe('sentence edges and verb positions', () => {
  it('does not end a sentence at a month written short before its day', () => {
    expect(speakerNames('The bridge was closed on Nov. 15, the harbour master told a news conference.')).toEqual(['harbour master']);
  });
  it('reads an English participle before "of" or "by" as passive, and takes the verb that closes the sentence', () => {
    expect(speakerNames('Two clerks accused of fraud resigned before the audit, the bank said on Friday.')).toEqual(['bank']);
  });
  it('skips a participle phrase of saying before the subject', () => {
    expect(speakerNames('Disant craindre une hausse des prix, la banque a démenti toute baisse des taux.')).toEqual(['banque']);
  });
});

describe('institutions, inserted phrases and long closings', () => {
  it('reads "Ministry of Health" and "Bank of England" as one name', () => {
    expect(speakerNames('The Westland Ministry of Health has firmly denied rumours of a measles outbreak.')).toEqual(['Westland Ministry of Health']);
    expect(speakerNames('Bank of England officials said on Monday that rates would hold.')[0]).toMatch(/^Bank of England/);
  });
  it('keeps the subject across an inserted "in a joint statement"', () => {
    expect(speakerNames('The two agencies, in a joint statement, denied the reports which claim that water was unsafe.')).toEqual(['two agencies']);
  });
  it('ends an inverted subject where its relative clause starts, after a quotation', () => {
    expect(speakerNames('« Les prix baisseront », a déclaré Anne Morel qui participait à un colloque organisé par le journal Le Quotidien.')).toEqual(['Anne Morel']);
  });
  it('takes the pronoun inside the verb group whatever follows', () => {
    expect(speakerNames('La directrice a confirmé la fermeture. « Nous ne sommes pas loin » du but, a-t-elle ajouté, alors que les travaux avancent.')).toEqual(['directrice', 'directrice']);
  });
  it('reads a closing verb followed by a long circumstance and "adding that"', () => {
    expect(
      speakerNames('All the samples tested negative, Health Minister Clara Ndovu said in a statement released through the press on Thursday, adding that the ward had reopened.'),
    ).toEqual(['Clara Ndovu']);
  });
  it.each(['The ministry disproved the rumour on Monday.', '"No such decision has ever been made," the mayor said.', '"It is a total fabrication," the spokesman said.'])(
    'reads a denial in "%s"',
    (sentence) => expect(DENIAL_RE.test(sentence)).toBe(true),
  );
});

describe('elections and air-crash news: frames of contesting', () => {
  it('reads "a qualifié de « … »" and "a rejeté les allégations" as speech', () => {
    expect(speakerNames('Le maire Paul Girard a qualifié de « scandaleux » le rapport de la chambre régionale.')).toEqual(['Paul Girard']);
    expect(speakerNames('Peu après le vote, la présidente Anna Kovac a rejeté les allégations de fraude.')).toEqual(['Anna Kovac']);
  });
  it('ends an apposition at its relative clause', () => {
    expect(speakerNames("Marc Petit, porte-parole des listes qui ont perdu le scrutin, a estimé que le vote avait été faussé.")).toEqual(['Marc Petit']);
  });
  it('cuts a relative clause off a closing subject', () => {
    expect(speakerNames('The engine failed on take-off, the company that leased the aircraft said on Monday.')).toEqual(['company']);
  });
  it('takes the last of two described people before the verb', () => {
    expect(speakerNames("Après la victoire de son rival, le maire sortant Louis Blanc, le candidat écologiste Hugo Roy a dénoncé des irrégularités.")).toEqual(['Hugo Roy']);
  });
  it('reads "May" the month as no hedge, and calls of fraud as contesting', () => {
    const hedges = hedgesIn('The plant closed in May and reopened on May 18.');
    expect(hedges).toEqual([]);
    expect(DENIAL_RE.test('Le candidat a qualifié les résultats de « frauduleux ».')).toBe(true);
  });
});

describe('doping and data-breach news', () => {
  it('does not resolve "Elle" to a masculine description', () => {
    const names = speakerNames("« Il faut aller plus loin », a déclaré Claire Vidal, présidente de l'agence. Le joueur a expliqué que la contamination n'était pas voulue. Elle estime néanmoins que la lutte a progressé.");
    expect(names).toEqual(['Claire Vidal', 'joueur', 'Claire Vidal']);
  });
  it('reads "réagir en démentant" and "publié un communiqué pour réaffirmer" as speech', () => {
    expect(speakerNames("Mais les avocats du coureur n'ont pas tardé à réagir en démentant catégoriquement ces informations.")[0]).toMatch(/^avocats du coureur/);
    expect(speakerNames("La fédération a publié jeudi soir un nouveau communiqué pour réaffirmer que les échantillons étaient scellés.")).toEqual(['fédération']);
  });
  it('reads "a previously announced breach" as a participle, and the closing verb as the speech', () => {
    expect(speakerNames("A previously announced data breach lasted nine months, Northgate Stores Co. said Friday.")[0]).toMatch(/^Northgate Stores/);
  });
  it.each(['A spokesperson told reporters the report is “false; we are not aware of any new attack.”', 'The bank said it was not aware of any fraud.'])(
    'reads a denial in "%s"',
    (sentence) => expect(DENIAL_RE.test(sentence)).toBe(true),
  );
});

describe('a name and a colon before a quotation', () => {
  it('reads "Stéphane Colin : « … »" as a direct quotation, a headline topic not', () => {
    expect(speakerNames('Marie Lenoir : « Nous sommes retournés sur place. Tout était fini. »')).toEqual(['Marie Lenoir']);
    expect(speakerNames('Retraites : « On continue le combat »')).toEqual([]);
  });
});

describe('trade-talks news', () => {
  it('skips "Last week," and reads "Secretary of State X" as a role and a name', () => {
    const [rubio] = speakersOf('Last week, Secretary of State Maria Lind suggested on television that the talks had resumed.');
    expect(rubio).toMatchObject({ speaker: 'Maria Lind' });
  });
  it('drops a wire dateline from the subject and reads a surname that looks like a pronoun', () => {
    expect(speakerNames('GENEVA (Wire Press) — Trade envoy Chen He says the talks have not broken down.')).toEqual(['Chen He']);
    expect(speakerNames('Then We said it again.')).toEqual([]);
  });
  it('reads an English infinitive as no speech, and "the ministry" as no one else than a ministry', () => {
    const names = speakerNames('Senior officials have reached out through intermediaries to propose talks. “Talks may start soon,” the ministry stated.');
    expect(names).toEqual(['ministry']);
  });
});

describe('court news', () => {
  it('reads a view opened by "Pour" only for a person or a body that holds views', () => {
    expect(speakerNames('Pour le ministère public, les arguments avancés par les prévenus ne tiennent pas.')).toEqual(['ministère public']);
    expect(speakerNames("Pour l'économiste Jean Roux, la hausse des prix sera temporaire.")).toEqual(['Jean Roux']);
    expect(speakerNames('Pour les assurances épargne-pension, le fisc ne prend en compte que le rendement garanti.')).toEqual([]);
    expect(speakerNames('Pour la première fois, le parlement a voté le texte.')).toEqual([]);
  });
  it('groups an auxiliary across "à nouveau" and "pour sa part", and keeps a subject across an inserted participle phrase', () => {
    expect(speakerNames("Ce mercredi, les avocats de la défense ont à nouveau dénoncé un procès qu'ils jugent sans fondement.")[0]).toMatch(/^avocats de la défense/);
    expect(speakerNames("La défense, dénonçant une enquête biaisée, a plaidé la relaxe.")).toEqual(['défense']);
  });
});

describe('pronominal verbs of saying', () => {
  it('reads "s\'est dit prêt" and "se sont dits favorables" as speech, "est accusé de" still as a passive', () => {
    expect(speakerNames('Le ministre s’est dit prêt à négocier avec les syndicats.')).toEqual(['ministre']);
    expect(speakerNames('Des économistes, dont le Belge Marc Dubois, se sont dits favorables à une hausse de la cible.')[0]).toMatch(/économistes|Marc Dubois/);
    expect(speakerNames('Le suspect est accusé de vol.')).toEqual([]);
  });
});

describe('business news', () => {
  it('reads the subject between a quotation and a verb that ends the sentence', () => {
    expect(speakerNames('“Carmakers are more cautious,” Anil Rao, an analyst, said.')).toEqual(['Anil Rao']);
    expect(speakerNames('“Carmakers are more cautious,” Anil Rao, managing director of Rao Motors Research, said by telephone.')).toEqual(['Anil Rao']);
  });
  it('reads "recalled 22 million cars" and "issued more recalls" as acts, and a wire dateline in capitals as no subject', () => {
    expect(speakerNames('DETROIT Feb 3 Carmakers recalled nearly 22 million cars in 2013, the road safety agency of Westland said in a report.')).toEqual(['road safety agency of Westland']);
    expect(speakerNames('WASHINGTON -- Carmakers issued more recalls in 2013 than the year before.')).toEqual([]);
  });
});

describe('descriptions that point back, documents and fronted phrases', () => {
  it('reads "selon son récit" as the words of the one named before, and names no one without them', () => {
    expect(
      speakerNames('Le maire Paul Giraud a déclaré que le quartier était sinistré. Selon son récit, l’eau est montée d’un mètre en une heure.'),
    ).toEqual(['Paul Giraud', 'Paul Giraud']);
    expect(speakerNames('Selon son récit, l’eau est montée d’un mètre en une heure.')).toEqual([]);
  });
  it('gives no speaker for "ces médias" or "ces dépositions" left unresolved', () => {
    expect(speakerNames('Selon ces médias, la moitié des contrats auraient été truqués.')).toEqual([]);
    expect(speakerNames('Ces dépositions confirment la version de l’accusation sur la nature du produit.')).toEqual([]);
  });
  it('keeps a pointing description that is a source or a person', () => {
    expect(speakerNames('Les négociations reprendront lundi, a précisé cette source.')).toEqual(['cette source']);
  });
  it('takes the body behind a document for the speaker', () => {
    expect(speakerNames('Selon un communiqué de la Fédération de cyclisme, le coureur a manqué trois contrôles.')).toEqual(['Fédération de cyclisme']);
  });
  it('reads the subject after a fronted "A titre de …" and never a verb phrase ending in "et"', () => {
    expect(speakerNames('A titre de compensation, le syndicat réclame une prime de 500 euros par salarié.')).toEqual(['syndicat']);
    expect(speakerNames('La défense du laboratoire invoque le secret médical et dénonce une campagne de presse.')).not.toContainEqual(
      expect.stringMatching(/invoque/),
    );
  });
});

describe('hedges of likelihood and allegation', () => {
  it.each([
    ['Le retard est certainement dû à une panne du réseau.', 'certainement'],
    ['Perhaps the figures were revised after the audit.', 'Perhaps'],
    ['La société est accusée d’avoir dissimulé des rejets toxiques.', 'est accusée d’'],
    ['The contractor was accused of inflating its invoices.', 'was accused of'],
    ['The link between the two cases has not been confirmed.', 'has not been confirmed'],
    ['The senator claimed that the vote had been rigged.', 'claimed that'],
    ['The minister, it understands, will resign on Monday.', 'it understands'],
  ])('finds the hedge in "%s"', (sentence, hedge) => {
    const hedges = hedgesIn(sentence);
    expect(hedges.map((h) => h.text).join(' | ')).toContain(hedge);
  });
});

describe('initials and acronyms', () => {
  it('reads a name written with initials as one name, after the verb and at the end of a sentence', () => {
    expect(speakerNames('« Le groupe doit payer », a déclaré le ministre de l’eau du gouvernement régional, N.K. Varma.')).toEqual(['N.K. Varma']);
    expect(speakerNames('“We will appeal,” said the company’s lawyer, R.J. Stone. The hearing resumes on Monday.')).toEqual(['R.J. Stone']);
  });
  it('resolves a role noun through the expansion of an acronym the document introduced', () => {
    expect(
      speakerNames(
        'La Fédération internationale de ski (FIS) prépare une réforme. « Le contrôle sera renforcé », a répliqué la FIS. « Aucun skieur n’est visé », insiste la fédération.',
      ),
    ).toEqual(['FIS', 'FIS']);
  });
});

describe('inverted subjects after an interview, subjects after a fronted list', () => {
  it('reads the subject after "dans un entretien au Journal X", never the paper', () => {
    expect(
      speakerNames('Les taux monteront encore « pour vaincre l’inflation », a averti samedi dans un entretien au Courrier du Matin le gouverneur de la banque centrale.'),
    ).toEqual(['gouverneur de la banque centrale']);
  });
  it('takes the determiner phrase before the verb, not the nouns a fronted phrase lists', () => {
    expect(speakerNames('A titre de compensation pour les pertes, la pollution des nappes et la santé, pour la période allant de 1999 à 2004, le syndicat réclame une prime.')).toEqual(['syndicat']);
  });
});

describe('titles, thousands, times and clauses after a comma', () => {
  it.each([
    ['In a long ruling, Federal Judge Maria Olsen in Tacoma dismissed the claims but said the suit could continue.', ['Maria Olsen']],
    ['Spain goalkeeper Luis Moreno on Friday denied reports that he had signed for the rival club.', ['Luis Moreno']],
    ['Last year the north confronted its own outbreak, but the regional health agency said it was contained.', ['regional health agency']],
    ['The notice did not give a figure, though a spokesperson later told reporters that thousands were affected.', ['spokesperson']],
    ['Turnout was 48 percent, with over 310,000 ballots declared invalid.', []],
  ])('"%s"', (sentence, expected) => {
    expect(speakerNames(sentence)).toEqual(expected);
  });
});

describe('a verb of saying before a colon', () => {
  it('reads "He said: « … »" as the pronoun and its antecedent, never "He said" as a name', () => {
    expect(speakerNames('The rider Paul Hart said he would appeal. He said: "I have not taken any banned substance."')).toEqual(['Paul Hart', 'Paul Hart']);
    expect(speakerNames('The rider was suspended on Monday. He said: "I have not taken any banned substance."')).not.toContain('He said');
    expect(speakerNames('Stéphane Colin : « Nous sommes prêts à négocier avec la direction. »')).toEqual(['Stéphane Colin']);
  });
});

describe('appeals contest a ruling; accusations and distance are hedges', () => {
  it.each([
    'Ses avocats ont fait appel de la décision dès lundi.',
    "L'entreprise a annoncé qu'elle allait interjeter appel.",
    'Le club compte se pourvoir en cassation.',
    'Sur les douze condamnés, cinq ont fait appel.',
    'The company said it would appeal the ruling.',
    'Her lawyers appealed against the two-year ban.',
    'The union lodged an appeal on Tuesday.',
  ])('reads a contest in "%s"', (sentence) => expect(DENIAL_RE.test(sentence)).toBe(true));
  it.each([
    'La mairie a fait appel à des experts indépendants.',
    'The charity made an appeal for donations.',
    'The governor will appeal to voters in the north.',
    'La marque a fait appel de façon régulière à des agences.',
    'The Court of Appeal that heard the case sat in Ottawa.',
  ])('reads no contest in "%s"', (sentence) => expect(DENIAL_RE.test(sentence)).toBe(false));
  it.each([
    ['Les pêcheurs ont accusé la compagnie d’avoir pollué la baie.', 'accusé la compagnie d’'],
    ['Activists accused the firm of dumping waste in the river.', 'accused the firm of'],
    ['The agency closed what it says were illegal mines.', 'what it says'],
    ["Le maire dénonce ce qu'il qualifie de manœuvre.", "ce qu'il qualifie"],
  ])('finds the hedge in "%s"', (sentence, cue) => {
    const hedges = hedgesIn(sentence);
    expect(hedges.some((h) => h.text.includes(cue))).toBe(true);
  });
});

describe('names in appositions, coordinated institutions, fronted frames', () => {
  it.each([
    ['But Anil Rao, vice president of Perfect Thread Mills, alleges the water was polluted.', ['Anil Rao']],
    ['The Competition and Markets Authority (CMA) says it acted after complaints.', ['Competition and Markets Authority (CMA)']],
    ['Another farmer, Bhairajee, says the wells are dry.', ['Bhairajee']],
    ['The Daily Courier article claims that the reporters met bookmakers.', ['Daily Courier']],
    ['Through a statement provided by his lawyer, Marsh confirmed that he had met her.', ['Marsh']],
    ['In his speech, Paul Green actually said, "We will win."', ['Paul Green']],
    ['It is the latest row between the two cities, whose relations have soured since the spring.', []],
    ["'We will be defending this case,' says spokesperson", []],
    ['Jouets dangereux : « Les analyses sont rassurantes » pour la direction', []],
    ["Les grévistes ont fermé le dépôt, a précisé le syndicaliste, en ajoutant que l'usine tournait.", ['syndicaliste']],
    ['Les expulsions sont illégales, selon l’avocate des plaignants, Maître Eve Laurent.', ['Maître Eve Laurent']],
    ['Selon le ministre, Paul Roux a menti.', ['ministre']],
  ])('"%s"', (sentence, expected) => {
    expect(speakerNames(sentence)).toEqual(expected);
  });
});

describe('a role noun points back through the title the document gave a name', () => {
  it('resolves "the minister" to "Mr Hale" after "Health Minister Tom Hale"', () => {
    expect(speakerNames('Health Minister Tom Hale has ordered an inquiry. A panel was appointed, Mr Hale said on Thursday. "I have to look into this," the minister said.')).toEqual(['Mr Hale', 'Mr Hale']);
  });
  it('resolves « la juge » to the judge named with her title', () => {
    expect(speakerNames("La juge d'instruction Anne Petit a ouvert une enquête. Anne Petit a dit que rien n'était exclu. « Tout sera vérifié », a ajouté la juge.")).toEqual(['Anne Petit', 'Anne Petit']);
  });
});

describe('downplaying contests what was said', () => {
  it.each([
    'La compagnie a relativisé mardi les conditions du vol.',
    "La direction évoque un mouvement « monté en épingle » par le syndicat.",
    'The ministry played down the report on Monday.',
    'The mayor said the figures were grossly exaggerated.',
    'The ministry, as usual, does not accept that its figures are corrected.',
    'They make allegations that have no truth to them.',
  ])('reads a contest in "%s"', (sentence) => expect(DENIAL_RE.test(sentence)).toBe(true));
  it('reads no contest in a plain "exaggerated" or "played"', () => {
    expect(DENIAL_RE.test('The joke needs a realistic but exaggerated setup.')).toBe(false);
    expect(DENIAL_RE.test('The band played down the street.')).toBe(false);
  });
});

describe('downplaying is speech', () => {
  it.each([
    ['PARIS (Wire Press) - Air Nord a relativisé mardi les récits des passagers du vol dérouté.', ['Air Nord']],
    ['The ministry downplayed the reports of a leak on Monday.', ['ministry']],
    ['Le maire a minimisé la portée du rapport.', ['maire']],
  ])('"%s"', (sentence, expected) => expect(speakerNames(sentence)).toEqual(expected));
});

describe('an indefinite source is anonymous', () => {
  const kinds = (text: string) => {
    const doc = buildDoc('t.txt', `Un titre\n\n${text}`);
    return extractDocEvents(doc, new OutletRegistry([])).attributions.filter((a) => !a.quote.startsWith('Un titre')).map((a) => `${a.kind}:${a.speaker}`);
  };
  it.each([
    ['A French diplomatic source told Wire Press on Friday: "They never accept corrections."', ['vague:A French diplomatic source']],
    ["Une source proche du dossier a indiqué que l'enquête avançait.", ['vague:Une source proche du dossier']],
    ['A source close to the talks said they failed.', ['vague:A source close to the talks']],
    ['The river is a source of water for the town, the mayor said.', ['reported:mayor']],
    ['Le tourisme est une source de revenus, a dit le maire.', ['reported:maire']],
  ])('"%s"', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('who the news was learnt from, a title far back, a fronted participle', () => {
  it.each([
    ['Le chanteur poursuit son producteur pour diffamation, a-t-on appris lundi auprès de son avocat, Me Luc Roux.', ['Me Luc Roux']],
    ['La société a été condamnée, a-t-on appris auprès de la Fédération française de ski.', ['Fédération française de ski']],
    ["Confrontée à une affaire entre deux concurrents, la cour d'appel de Lyon a jugé que le dénigrement était fautif.", ["cour d'appel de Lyon"]],
    ['Faced with the claims, the company said it had done nothing wrong.', ['company']],
    ['René de Obaldia, écrivain, a dit que la pièce était finie.', ['René de Obaldia']],
  ])('"%s"', (sentence, expected) => expect(speakerNames(sentence)).toEqual(expected));
  it('resolves « le ministre » to the one person the document titled so, sentences later', () => {
    const text = "Le ministre de l'Énergie, Marc Dalle, «a démenti» cette information. Les tarifs montent. Le groupe veut plus. Le gaz aussi. La facture suit. « Rien ne m'a été demandé », a précisé le ministre.";
    expect(speakerNames(text).at(-1)).toBe('Marc Dalle');
  });
  it('does not take "Selon le ministre, Paul Roux a menti" for a title', () => {
    expect(speakerNames('Selon le ministre, Paul Roux a menti. Les tarifs montent. Le groupe veut plus. Le gaz aussi. « Rien ne change », a dit le ministre.')).not.toContain('Paul Roux');
  });
});

describe('disagreeing and calling a measure disproportionate', () => {
  it.each([
    'The company says it disagrees with the regulator’s findings.',
    '"The penalties are entirely disproportionate," the spokesman said.',
    "La fédération n'est pas d'accord avec cette décision.",
    'Les sanctions sont totalement disproportionnées, selon le club.',
  ])('reads a contest in "%s"', (sentence) => expect(DENIAL_RE.test(sentence)).toBe(true));
  it('reads no contest in "a disproportionate share"', () => expect(DENIAL_RE.test('Children bear a disproportionate share of the burden.')).toBe(false));
});

describe('the verb first, then its speaker and a colon', () => {
  it.each([
    ['Says Rakesh Verma, Udaipur district magistrate: "There may be some truth in it."', ['Rakesh Verma']],
    ['Said the mayor: "We will rebuild."', ['mayor']],
    ['Says who?', []],
  ])('"%s"', (sentence, expected) => expect(speakerNames(sentence)).toEqual(expected));
});

describe('a letter or a statement sent is speech', () => {
  it.each([
    ['The acting education director, Tony Webb, has sent a letter to the parents telling them to stop. "Every parent has a duty," he wrote.', ['Tony Webb', 'Tony Webb']],
    ['Le maire a adressé un courrier au préfet pour dénoncer la fermeture.', ['maire']],
    ['The company sent a parcel to the office.', []],
  ])('"%s"', (sentence, expected) => expect(speakerNames(sentence)).toEqual(expected));
});

describe('a clause is no speaker', () => {
  it.each([
    ['Last month the channel apologized to the mayor, but rejected his demands and disagreed that there was a "basis for a claim," the BBC apologized to Trump said.', []],
    ['Le chanteur poursuit pour diffamation son producteur, a-t-on appris.', []],
  ])('"%s"', (sentence, expected) => {
    const names = speakerNames(sentence);
    expect(names.filter((n) => /apologized to|poursuit pour/u.test(n ?? ''))).toEqual(expected);
  });
});

describe('records show, they do not speak', () => {
  it('names no speaker for invoices, figures or leaked e-mails, and keeps a report as the source it is', () => {
    expect(speakerNames('Les factures, consultées par un journal, font état de 70 000 euros de frais vestimentaires.')).toEqual([]);
    expect(speakerNames('The leaked emails show that the board knew of the risk.')).toEqual([]);
    expect(speakerNames('Les chiffres indiquent une baisse de 5 % des ventes.')).toEqual([]);
    expect(speakerNames('Le rapport indique que les ventes ont baissé.')).toEqual(['rapport']);
  });
});

describe('a role, then the name it titles, before the verb', () => {
  it('reads "Le porte-parole de la mairie, Paul Durand, a confirmé les montants" as Paul Durand, not "les montants"', () => {
    expect(speakersOf('Le porte-parole de la mairie, Paul Durand, a confirmé les montants.')).toEqual([
      { speaker: 'Paul Durand', role: 'porte-parole de la mairie', organization: null },
    ]);
  });
  it('resolves "L’élu" to the name "un autre élu, X" introduced', () => {
    const names = speakerNames('Un autre élu parisien, Éric Lemoine, est dans la tourmente pour ses dépenses. L’élu a dénoncé une « opération politicienne ».');
    expect(names).toEqual(['Éric Lemoine']);
  });
});

describe('an infinitive of saying has no inverted subject', () => {
  it('names the operator, not "les causes", in "a indiqué l’opérateur, sans en préciser les causes"', () => {
    expect(speakerNames("La panne a pris fin dans la soirée, a indiqué l'opérateur, sans en préciser les causes.")).toEqual(['opérateur']);
    expect(speakerNames('The outage ended in the evening, the operator said, refusing to say the causes.')).toEqual(['operator']);
  });
});

describe('hedges of what cannot be ruled out, and of hearsay', () => {
  it.each([
    ['The operator said it could not rule out an attack on its routers.', 'could not rule out'],
    ['It can not be ruled out that the routers were targeted.', 'can not be ruled out'],
    ["L'opérateur n'exclut pas une attaque contre ses routeurs.", "n'exclut pas"],
    ["On ne peut exclure que les routeurs aient été visés.", 'ne peut exclure'],
    ["Un seul médecin a décidé. C'est ce qui nous a été rapporté.", 'ce qui nous a été rapporté'],
  ])('%s', (text, cue) => expect(hedgeTexts(text).some((h) => h.includes(cue))).toBe(true));
  it('finds none in "the rule was changed"', () => expect(hedgeTexts('The rule was changed on Monday.')).toEqual([]));
});

describe('no speech: a pronominal "s’ajoute", a relative "which alleged"; a paper after "révèle"', () => {
  it('names no speaker in "À cela s’ajoute une crise interne"', () => {
    expect(speakerNames('À cela s’ajoute une crise interne à la station.')).toEqual([]);
  });
  it('does not take the sentence’s subject for the speaker of ", which alleged"', () => {
    expect(speakerNames("Mao's comments came in response to a report by a US newspaper, which alleged that hackers broke in.")).toEqual([]);
  });
  it('reads "…, révèle Le Progrès" as the paper, and no speaker', () => {
    expect(findMediaMentions('La station n’ouvrira pas cet hiver, révèle Le Progrès. La décision est prise.').map((m) => m.name)).toEqual(['Le Progrès']);
    expect(findMediaMentions('Il écrit Le Petit Prince en 1943.').map((m) => m.name)).toEqual([]);
  });
});

describe('a firm’s generic noun for the firm named before', () => {
  it('resolves "the company said" to a firm whose name says it is one, never to a person', () => {
    expect(speakerNames('Nordic Telekom says 900,000 customers lost their lines. The outage began on Sunday, the company said.')).toEqual(['Nordic Telekom', 'Nordic Telekom']);
    expect(speakerNames('John Barlow says 900,000 customers lost their lines. The outage began on Sunday, the company said.')).toEqual(['John Barlow', 'company']);
  });
});

describe('"told" takes whom it tells; a capitalised title with its article', () => {
  it('reads "…, William Lin, a ministry spokesperson, told TheWrap" as William Lin', () => {
    expect(speakersOf('The ministry sent an inspector to the studio, where a platform shifted, William Lin, a ministry spokesperson, told TheWrap.')).toEqual([
      { speaker: 'William Lin', role: 'ministry spokesperson', organization: null },
    ]);
  });
  it('reads "The Prime Minister said" as the person the document gave that title', () => {
    expect(speakerNames('Prime Minister Jacinda Ardern says officials found no evidence. The Prime Minister said officials looked into the reports.')).toEqual(['Jacinda Ardern', 'Jacinda Ardern']);
  });
});

describe('an estimate is a hedge', () => {
  it('reads "selon les estimations actuelles" and "according to initial estimates"', () => {
    expect(hedgeTexts('Les dégâts atteindraient, selon les estimations actuelles, 1,3 milliard.').join(' ')).toMatch(/selon les estimations actuelles/);
    expect(hedgeTexts('Damage reached $2bn, according to initial estimates.').join(' ')).toMatch(/according to initial estimates/);
  });
});

describe('relatives, viewpoints of bodies, kinds of source and adverbs inside the verb', () => {
  const vagueOf = (text: string) =>
    extractDocEvents(buildDoc('t.txt', `Un titre\n\n${text}`), new OutletRegistry([])).attributions.filter((a) => a.kind === 'vague').map((a) => a.speaker);
  it('gives a relative pronoun its antecedent, never "who"', () => {
    const [a] = speakersOf('The harbour board was sued on Monday by State Prosecutor Maria Lenz, who accused it of hiding losses.');
    expect(a?.speaker).toBe('Maria Lenz');
  });
  it('reads "a par ailleurs indiqué", "a en outre précisé"', () => {
    expect(speakerNames("Le président du jury, Marc Dupré, a par ailleurs indiqué que deux candidats avaient été exclus.")).toEqual(['Marc Dupré']);
    expect(speakerNames("La directrice, Anne Lopez, a en outre précisé que l'école fermerait en juin.")).toEqual(['Anne Lopez']);
  });
  it('takes "Pour Santé marine France," as a body holding a view, "Pour Noël," as no one', () => {
    expect(speakerNames('Pour Santé marine France, il y a très certainement un lien entre les algues et les malaises.')).toEqual(['Santé marine France']);
    expect(speakerNames('Pour Noël, la mairie installera un marché place du port.')).toEqual([]);
  });
  it('keeps the kind of an unnamed source: "une source policière", "de sources judiciaires"', () => {
    expect(vagueOf("D'après une source policière, le suspect a été relâché.")).toEqual(['une source policière']);
    expect(vagueOf('Le suspect a été relâché, a-t-on appris de sources judiciaires.')).toContain('sources judiciaires');
  });
  it('finds no speaker in "the report in X": X published it', () => {
    expect(speakerNames("According to the report in Harbour Weekly, the board's post does not mention the port.")).toEqual([]);
  });
  it('drops a dateline naming two cities from the subject', () => {
    const [a] = speakersOf('BREST/RENNES (Reuters) - The Brest port board has said that its accounts were audited.');
    expect(a?.speaker).toBe('Brest port board');
  });
});

describe('agents of a passive denial, allegations and appearances', () => {
  it('reads "contesté par les cheminots" whole', () => {
    expect(disputersIn('Le terme « grève » est contesté par les marins, qui invoquent leur droit de retrait.')).toEqual(['marins']);
  });
  it('hears "alleges" and "appeared to indicate" as hedges', () => {
    expect(hedgeTexts('The mayor alleges that the council hid the losses.').join(' ')).toMatch(/alleges/);
    expect(hedgeTexts('The files appeared to indicate an effort to inflate sales.').join(' ')).toMatch(/appeared to indicate/);
  });
});

describe('documents, the paper as "it", and nationalities before a media noun', () => {
  it('gives a name apposed inside a document phrase to no one: the report is the source', () => {
    const names = speakerNames("Au moins 12 écoles fermeront, d'après un rapport remis à la ministre de l'Éducation, Claire Morin, et publié lundi.");
    expect(names).not.toContain('Claire Morin');
  });
  it('reads "which, it said, …" after "The newspaper" as the paper, no speaker', () => {
    const text = 'Harbour Corp said on Monday that it had sold its ferries. The newspaper published invoices which, in an accompanying article, it said appeared to show inflated sales.';
    const events = extractDocEvents(buildDoc('t.txt', `Un titre\n\n${text}`), new OutletRegistry([]));
    expect(events.attributions.filter((a) => /invoices/.test(a.sentence.text)).map((a) => a.speaker)).toEqual([]);
  });
  it('takes "the official Korean news agency, Yonhap" for Yonhap, not "Korean"', () => {
    const doc = buildDoc('t.txt', 'Un titre\n\nThe mayor told the official Korean news agency, Yonhap, that the bridge would reopen.');
    const outlets = extractDocEvents(doc, new OutletRegistry()).sources.map((s) => s.outlet);
    expect(outlets).toContain('Yonhap');
    expect(outlets).not.toContain('Korean');
  });
});

describe('coordinated names titled by a role, addressees, words of, a masthead without article', () => {
  it('reads "Les avocats des familles, Maître A et Maître B, demandent…" as the two lawyers', () => {
    const names = speakerNames('Les avocats des familles, Maître Anne Roux et Maître Paul-Marie Dupré, demandent la nomination de trois experts indépendants.');
    expect(names).toEqual(['Maître Anne Roux et Maître Paul-Marie Dupré']);
  });
  it('ends an inverted subject before whom it was said to', () => {
    expect(speakerNames('« Le port rouvrira lundi », a insisté Me Yann Morel à Radio Armor.')).toEqual(['Me Yann Morel']);
  });
  it('reads "selon les mots de X" as X', () => {
    expect(speakerNames('Ils ont promis d’être « irréprochables », selon les mots de Paul Roux.')).toEqual(['Paul Roux']);
  });
  it('takes "rapporte Infos Armor" for an outlet, "rapporte Jean Roux" for no outlet', () => {
    expect(findMediaMentions('Le port a été fermé samedi soir, rapporte Infos Armor qui cite la capitainerie.').map((m) => m.name)).toContain('Infos Armor');
    expect(findMediaMentions('Le port a été fermé samedi soir, rapporte Jean Roux qui cite la capitainerie.')).toEqual([]);
  });
});

describe('a reproach by its agent, and estimates', () => {
  it('reads "s’est vu reprocher … par des opposants" as the opponents', () => {
    expect(speakerNames('Le maire s’est vu reprocher de rester en fonction par des opposants.')).toEqual(['opposants']);
  });
  it('hears "an estimated 10,000" and "estimée à" as hedges', () => {
    expect(hedgeTexts('Organizers said an estimated 10,000 people marched.').join(' ')).toMatch(/an estimated/);
    expect(hedgeTexts('La foule, estimée à 2 000 personnes, a défilé.').join(' ')).toMatch(/estimée à/);
  });
});

describe('a possessed saying, the paper’s own information, a source close to, and idioms with "by"', () => {
  const vagueOf = (text: string) =>
    extractDocEvents(buildDoc('t.txt', `Un titre\n\n${text}`), new OutletRegistry([])).attributions.filter((a) => a.kind === 'vague').map((a) => a.speaker);
  it('reads "countering attorney Mark O’Dell’s contention that…" as Mark O’Dell', () => {
    expect(speakerNames("The prosecutor began countering defense attorney Mark O'Dell's contention that the skipper acted in self-defense.")).toContain("Mark O'Dell");
  });
  it('finds no speaker in "Selon nos informations"; keeps "de source proche du club"', () => {
    expect(vagueOf("Selon nos informations, l'entraîneur sera licencié lundi.")).toEqual([]);
    expect(vagueOf("Le club a reçu une plainte, a appris l'AFP jeudi de source proche du club.")).toContain('source proche du club');
  });
  it('does not take "by any stretch of the imagination" for the agent of a denial', () => {
    const by = disputersIn('"We do not accept this result by any stretch of the imagination," said the harbour union.');
    expect(by.length).toBeGreaterThan(0);
    expect(by.join(' ')).not.toMatch(/stretch/);
  });
});

describe('recalls, group pronouns, and a masthead before the full stop', () => {
  it('reads "la marque rappelle neuf produits" as a recall, "a rappelé que…" as speech', () => {
    expect(speakerNames('La marque Blinis du Port rappelle une liste de neuf produits.')).toEqual([]);
    expect(speakerNames('La préfète Anne Roux a rappelé que la baignade restait interdite.')).toEqual(['Anne Roux']);
  });
  it('takes "both of them" for a pronoun, not a speaker', () => {
    expect(speakerNames('According to the federation, both of them had written to the president of the club.')).not.toContain('both of them');
  });
  it('finds the masthead at the end of a sentence: "reported by The Harbour Daily."', () => {
    expect(findMediaMentions('The concerns were first reported by The Harbour Daily.').map((m) => m.name)).toEqual(['Harbour Daily']);
  });
});

describe('evidence that suggests', () => {
  it('hears "figures released by X suggested" as a hedge, not "he suggested a meeting"', () => {
    expect(hedgeTexts('Figures released by the harbour office suggested 78% of dockers did not turn up.').join(' ')).toMatch(/suggested/);
    expect(hedgeTexts('He suggested a meeting on Monday.')).toEqual([]);
  });
});

describe('sites, time phrases, definite sources and concessive denials', () => {
  it('takes a site opening a sentence for a source, not a speaker, after a time phrase', () => {
    const doc = buildDoc('t.txt', 'Un titre\n\nQuelques jours plus tard, portdebrest.net dévoile les coulisses de la supercherie.');
    const ev = extractDocEvents(doc, new OutletRegistry([]));
    expect(ev.attributions.map((a) => a.speaker)).toEqual([]);
    expect(ev.sources.map((s) => s.outlet)).toContain('portdebrest.net');
  });
  it('gives "According to the source," no speaker when no source was named before', () => {
    expect(speakerNames('According to the source, the credentials date from last year.')).toEqual([]);
  });
  it('gives "despite X’s denial" to X, and "démentie dans la foulée par le club" to the club', () => {
    const text = "Further, despite Harbour Corp's denial, the firm stated that the data appears genuine. L'information est démentie dans la foulée par le club brestois.";
    expect(disputersIn(text)).toEqual(['Harbour Corp', 'club brestois']);
  });
});

describe('a business noun for a one-word firm', () => {
  it('reads "the airline" after "Harbourjet said" as Harbourjet', () => {
    expect(speakerNames('"We will appeal," Harbourjet said in a statement. The airline said it had acted in full compliance with the rules.')).toEqual(['Harbourjet', 'Harbourjet']);
  });
});

describe('"censé" is a hedge', () => {
  it('hears "un article censé révéler" as hedged', () => {
    expect(hedgeTexts("Le site publie un article censé révéler l'intérêt du club.").join(' ')).toMatch(/censé/);
  });
});

describe('an adverb between the auxiliary and the verb', () => {
  it('reads "The port board had earlier urged…" as the port board', () => {
    expect(speakerNames('The port board had earlier urged the newspaper to publish all the material.')).toEqual(['port board']);
  });
});

describe('epithets, polls, an agency and its name, bracketed mastheads', () => {
  it('reads an epithet right after a quoted name as that person: "a ajouté le cuisinier au chapeau noir"', () => {
    const names = speakerNames('« C’est n’importe quoi », a réagi Marc Roux. « Ils m’ont offensé », a ajouté le cuisinier au sempiternel chapeau noir.');
    expect(names).toEqual(['Marc Roux', 'Marc Roux']);
  });
  it('keeps a body a body: "La direction du port dénonce…" after a quoted union', () => {
    const names = speakerNames('« Nous ferons grève », a déclaré Paul Roux. La direction du port dénonce « une grève sans préavis ».');
    expect(names).toContain('direction du port');
  });
  it('gives a poll no voice', () => {
    expect(speakerNames('The poll of voters in Harbourside, conducted by CROP, suggested the mayor was trailing.')).toEqual([]);
  });
  it('counts "AFP Agence France-Presse" as one agency', () => {
    const doc = buildDoc('t.txt', 'Un titre\n\nAFP Agence France-Presse\n\nLe port de Brest a rouvert lundi.');
    expect(doc.outlet).toBe('AFP');
    expect(extractDocEvents(doc, new OutletRegistry()).sources.map((s) => s.outlet)).toEqual(['AFP']);
  });
});

describe('more hedges, and an inquiry as a basis', () => {
  it('hears "purporting", "dubious" and a bare "seemed" as hedges', () => {
    expect(hedgeTexts('A dubious poll purporting to show the mayor trailing was released.').join(' ')).toMatch(/dubious|purporting/);
    expect(hedgeTexts('The count seemed flawed in several ways.').join(' ')).toMatch(/seemed/);
  });
  it('finds no speaker in "selon l’enquête"', () => {
    expect(speakerNames("Selon l'enquête, les indemnités étaient versées à un groupe d'élus.")).toEqual([]);
  });
});

describe('an anonymous source named again', () => {
  const vagueOf = (text: string) =>
    extractDocEvents(buildDoc('t.txt', `Un titre\n\n${text}`), new OutletRegistry([])).attributions.map((a) => a.speaker);
  it('keeps "a source from the Harbour Court" whole, and gives it "the source confirmed" after', () => {
    const names = vagueOf('A source from the Harbour Court has told the Herald that the ban will be reduced. “It is very likely that we will reduce the penalty,” the source confirmed.');
    expect(names).toEqual(['A source from the Harbour Court', 'A source from the Harbour Court']);
  });
});

describe('a masthead that is also a word, in a sentence folding shortens', () => {
  it('finds "Libération" in a sentence with a spaced dash', () => {
    const text = 'Le maire a démissionné – selon Libération, deux élus l’y ont poussé.';
    expect(new OutletRegistry().find(text).map((m) => m.name)).toContain('Libération');
  });
});

describe('an investigation as the ground of a statement', () => {
  it('hears "selon l’enquête" and "according to investigators" as hedges', () => {
    expect(hedgeTexts("Selon l'enquête, les indemnités étaient versées à un groupe d'élus.").join(' ')).toMatch(/Selon l'enquête/);
    expect(hedgeTexts('According to investigators, the fire started in the kitchen.').join(' ')).toMatch(/According to investigators/);
  });
});

describe('a basis after "selon"', () => {
  it('reads "selon les montants", "selon les cas" as no one', () => {
    expect(speakerNames('Les élus versaient leurs indemnités dans un pot commun avant une redistribution selon les montants.')).toEqual([]);
    expect(speakerNames('Le délai varie selon les cas, de deux à six mois.')).toEqual([]);
  });
});
