import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../cli/ud/conllu.js';
import { speakerExamples } from '../cli/ud/speakerSet.js';
import { matchesGold, scoreExamples } from '../cli/ud/score.js';
import { DEFAULT_UD_DIR, readTreebanks } from '../cli/eval-ud.js';

// Trees written for this test (CoNLL-U, Universal Dependencies conventions).
const TREES = `# sent_id = t1
# text = Le maire du village, Paul Roux, a déclaré que l'école rouvrira.
1	Le	le	DET	_	_	2	det	_	_
2	maire	maire	NOUN	_	_	11	nsubj	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	_	5	det	_	_
5	village	village	NOUN	_	_	2	nmod	_	SpaceAfter=No
6	,	,	PUNCT	_	_	7	punct	_	_
7	Paul	Paul	PROPN	_	_	2	appos	_	_
8	Roux	Roux	PROPN	_	_	7	flat:name	_	SpaceAfter=No
9	,	,	PUNCT	_	_	7	punct	_	_
10	a	avoir	AUX	_	_	11	aux	_	_
11	déclaré	déclarer	VERB	_	_	0	root	_	_
12	que	que	SCONJ	_	_	15	mark	_	_
13	l'	le	DET	_	_	14	det	_	SpaceAfter=No
14	école	école	NOUN	_	_	15	nsubj	_	_
15	rouvrira	rouvrir	VERB	_	_	11	ccomp	_	SpaceAfter=No
16	.	.	PUNCT	_	_	11	punct	_	_

# sent_id = t2
# text = Il dit des poèmes.
1	Il	il	PRON	_	_	2	nsubj	_	_
2	dit	dire	VERB	_	_	0	root	_	_
3	des	un	DET	_	_	4	det	_	_
4	poèmes	poème	NOUN	_	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = t3
# text = She said the road was closed.
1	She	she	PRON	_	_	2	nsubj	_	_
2	said	say	VERB	_	_	0	root	_	_
3	the	the	DET	_	_	4	det	_	_
4	road	road	NOUN	_	_	6	nsubj	_	_
5	was	be	AUX	_	_	6	cop	_	_
6	closed	closed	ADJ	_	_	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_
`;

describe('treebank speaker set', () => {
  const sentences = parseConllu(TREES);

  it('reads words with their offsets in the sentence, multiword tokens included', () => {
    const [t1] = sentences;
    const village = t1!.words.find((w) => w.form === 'village')!;
    expect(t1!.text.slice(village.start, village.end)).toBe('village');
    const de = t1!.words.find((w) => w.form === 'de')!;
    expect(t1!.text.slice(de.start, de.end)).toBe('du');
  });

  it('keeps reporting uses with a subject, drops a verb of saying with no reported clause', () => {
    const fr = speakerExamples(sentences, 'fr');
    expect(fr.map((e) => e.sentId)).toEqual(['t1']);
    expect(fr[0]!.gold.text).toBe('Le maire du village, Paul Roux');
    expect(fr[0]!.pronoun).toBe(false);
    const en = speakerExamples(sentences, 'en');
    expect(en).toHaveLength(1);
    expect(en[0]!.pronoun).toBe(true);
  });

  it('counts the apposed name or the whole subject as the speaker, a word outside it never', () => {
    const [e] = speakerExamples(sentences, 'fr');
    expect(matchesGold(e!.text, 'Paul Roux', e!.gold)).toBe(true);
    expect(matchesGold(e!.text, 'maire du village', e!.gold)).toBe(true);
    expect(matchesGold(e!.text, 'école', e!.gold)).toBe(false);
    expect(scoreExamples([e!]).score.recall).toBe(1);
  });

  it.skipIf(!existsSync(DEFAULT_UD_DIR))('derives a check set from the shared treebanks (skipped where ../shared/ud is absent)', () => {
    expect(speakerExamples(readTreebanks(DEFAULT_UD_DIR, 'fr'), 'fr').length).toBeGreaterThanOrEqual(150);
    expect(speakerExamples(readTreebanks(DEFAULT_UD_DIR, 'en'), 'en').length).toBeGreaterThanOrEqual(100);
  });
});
