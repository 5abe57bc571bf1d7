import { beforeAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../core/engine.js';
import { verifyClaim, ClaimError } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { Lexicon } from '../core/retrieve/lexicon.js';
import { foldKey } from '../core/text/fold.js';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine('data/corpus');
});

const verify = (claim: string, top = 5) => verifyClaim(engine, claim, offlineAnalyser, { top });
const rankOf = (passages: { text: string }[], evidence: string) =>
  passages.findIndex((p) => foldKey(p.text).includes(foldKey(evidence)));

describe('retrieval', () => {
  it('finds a French passage for a French claim, best first', async () => {
    const r = await verify('Des renforts de l’armée syrienne sont arrivés à Idlib et à Alep.');
    expect(r.found).toBe(true);
    expect(rankOf(r.passages, "l'arrivée de renforts")).toBe(0);
  });
  it('carries an English claim into French through the lexicon', async () => {
    const r = await verify('Syrian forces lifted the siege of Aleppo in December 2016.');
    expect(r.lang).toBe('en');
    expect(r.found).toBe(true);
    expect(rankOf(r.passages, 'levé le siège')).toBe(0);
  });
  it('meets transliteration variants (Idleb/Idlib, Nusra/Nosra)', async () => {
    const r = await verify('Jabhat al-Nusra was founded as an offshoot of Al-Qaeda in Syria.');
    expect(rankOf(r.passages, 'émanation d’Al-Qaïda')).toBe(0);
  });
  it('without the lexicon, an English paraphrase loses its French passage', async () => {
    const bare = { ...engine, lexicon: Lexicon.parse('') };
    const claim = 'Terrorists in Idlib keep violating the ceasefire brokered by Russia and Turkey.';
    const without = await verifyClaim(bare, claim, offlineAnalyser);
    const withLex = await verify(claim);
    expect(rankOf(withLex.passages, 'continuent de violer')).toBe(0);
    expect(without.found && rankOf(without.passages, 'continuent de violer') === 0).toBe(false);
  });
});

describe('found', () => {
  it.each([
    'Israel struck Damascus international airport last night.',
    'The Eiffel Tower will be sold to a private company next year.',
    'Les Casques blancs ont été dissous par l’ONU en 2021.',
  ])('is false for a claim the corpus does not carry: %s', async (claim) => {
    const r = await verify(claim);
    expect(r.found).toBe(false);
    expect(r.sources).toEqual([]);
    expect(r.attributions).toEqual([]);
    expect(r.summary).toMatch(/No passage/);
  });
  it('still lists the nearest candidates when not found', async () => {
    const r = await verify('Les Casques blancs ont été dissous par l’ONU en 2021.');
    expect(r.passages.length).toBeGreaterThan(0);
  });
  it('is true for a close paraphrase', async () => {
    const r = await verify('Washington a accusé Damas d’être responsable de l’attaque chimique de Douma.');
    expect(r.found).toBe(true);
  });
});

describe('claim input', () => {
  it('rejects an empty or wordless claim with a ClaimError', async () => {
    await expect(verify('   \u200B ')).rejects.toBeInstanceOf(ClaimError);
    await expect(verify('!!! ???')).rejects.toBeInstanceOf(ClaimError);
  });
  it('cuts a huge claim and says so', async () => {
    const r = await verify(`Idlib ${'mot '.repeat(30_000)}`);
    expect(r.claim.length).toBeLessThanOrEqual(2000);
    expect(r.warnings.join(' ')).toMatch(/only its first/);
  });
  it('respects --top', async () => {
    const r = await verify('Idlib', 2);
    expect(r.passages.filter((p) => p.score > 0).length).toBeLessThanOrEqual(2);
  });
});
