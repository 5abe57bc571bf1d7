/** What aligning one claim needs: the claim read once, the index and lexicon, each passage's language. */
import type { Lang } from '../../schema.js';
import type { Passage } from '../../corpus/types.js';
import type { Concept } from '../query.js';
import type { SearchIndex } from '../index.js';
import type { Lexicon } from '../lexicon.js';

export interface AlignContext {
  claim: string;
  lang: Lang;
  concepts: Concept[];
  index: SearchIndex;
  lexicon: Lexicon;
  /** The language a passage is written in (its document's). */
  passageLang: (passage: Passage) => Lang;
  /** The folded words of a passage's document: a name its headline or lede gives need not be repeated. */
  docWords?: (passage: Passage) => ReadonlySet<string>;
}
