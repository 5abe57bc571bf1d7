import { describe, expect, it } from 'vitest';
import { findReportingVerbs, isParticipleOf, reportingVerb } from '../core/text/verbs.js';

const groups = (text: string, lang?: 'fr' | 'en') =>
  findReportingVerbs(text, lang).map((m) => `${m.aux ? `${m.aux.form} ` : ''}${m.form}:${m.lemma}:${m.cls}`);

describe('reportingVerb', () => {
  it('knows every tense of a French verb', () => {
    expect(reportingVerb('précisait')).toMatchObject({ lemma: 'préciser', cls: 'say', tense: 'impf', lang: 'fr' });
    expect(reportingVerb('déclarera')).toMatchObject({ lemma: 'déclarer', tense: 'fut' });
    expect(reportingVerb('affirma')).toMatchObject({ lemma: 'affirmer', tense: 'ps' });
    expect(reportingVerb('Nie')).toMatchObject({ lemma: 'nier', cls: 'deny' });
    expect(reportingVerb('dénonce')).toMatchObject({ lemma: 'dénoncer', cls: 'accuse' });
  });
  it('knows English forms, regular and irregular', () => {
    expect(reportingVerb('admits', 'en')).toMatchObject({ lemma: 'admit', tense: '3sg' });
    expect(reportingVerb('said')).toMatchObject({ lemma: 'say', tense: 'past,pp' });
    expect(reportingVerb('suggest')).toMatchObject({ lemma: 'suggest', tense: 'base' });
    expect(reportingVerb('denied')).toMatchObject({ lemma: 'deny', cls: 'deny' });
  });
  it('flags forms that are mostly nouns', () => {
    expect(reportingVerb('notes', 'en')?.ambiguous).toBe(true);
    expect(reportingVerb('claims', 'en')?.ambiguous).toBe(true);
    expect(reportingVerb('said')?.ambiguous).toBeUndefined();
  });
  it('is not fooled by être or avoir', () => {
    expect(reportingVerb('été')).toBeNull();
    expect(reportingVerb('a')).toBeNull();
  });
  it('tells participles', () => {
    expect(isParticipleOf('démenti', 'deny')).toBe(true);
    expect(isParticipleOf('dément', 'deny')).toBe(false);
  });
});

describe('findReportingVerbs', () => {
  it('groups a French auxiliary with its participle', () => {
    expect(groups('Le ministre avait déclaré que tout allait bien.')).toEqual(['avait déclaré:déclarer:say']);
    expect(groups('Pourquoi, a-t-il assuré, partir maintenant ?')).toEqual(['a assuré:assurer:say']);
    expect(groups('Elle a également souligné ce point.')).toEqual(['a souligné:souligner:say']);
    expect(groups('Les deux camps ont catégoriquement démenti.')).toEqual(['ont démenti:démentir:deny']);
  });
  it('gives offsets into the text', () => {
    const text = 'Il avait déclaré';
    const [m] = findReportingVerbs(text);
    expect(text.slice(m!.start, m!.end)).toBe('déclaré');
    expect(text.slice(m!.aux!.start, m!.aux!.end)).toBe('avait');
  });
  it('groups English auxiliaries across adverbs', () => {
    expect(groups('The company has repeatedly denied the story.', 'en')).toEqual(['has denied:deny:deny']);
  });
  it('keeps nouns out', () => {
    expect(groups('Il a été blessé dans la matinée.')).toEqual([]);
    expect(groups('Elle a laissé la note sur la table.')).toEqual([]);
    expect(groups('They read the report on Monday.', 'en')).toEqual([]);
    expect(groups('Les faits sont têtus.')).toEqual([]);
  });
  it('requires the rest of a locution', () => {
    expect(groups('Il a fait savoir son refus.')).toEqual(['a fait:faire:say']);
    expect(groups('Il a fait une erreur.')).toEqual([]);
    expect(groups('She pointed out the flaw.', 'en')).toEqual(['pointed:point:say']);
    expect(groups('He pointed at the map.', 'en')).toEqual([]);
  });
});
