import { describe, expect, it } from 'vitest';
import { OutletRegistry, findMediaMentions } from '../core/text/outlets.js';
import { buildDoc } from '../core/corpus/load.js';

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
});
