/**
 * Outlets the corpus itself names: every name a media noun introduces
 * ("l'agence de presse russe Tass") or a title suffix gives, added to the
 * gazetteer so a later bare mention ("cité par Sputnik") is recognised too.
 * A learnt name that merely extends another ("Avia-Pro Moscou" when
 * "AVIA-PRO" is known) is cut back to it, and documents' outlets with it.
 */
import { OutletRegistry, outletKey } from '../text/outlets.js';
import { findMediaMentions } from '../text/mediaMentions.js';
import type { Corpus } from './types.js';

/** The shortest known name that `name` extends word by word, else `name` itself. */
export function shortestKnownPrefix(name: string, knownKeys: Set<string>): string {
  const words = name.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (knownKeys.has(outletKey(prefix))) return prefix;
  }
  return name;
}

// A cheap pre-test for the nouns that only news outlets take (see STRONG_MEDIA_RE).
const STRONG_HINT_RE =
  /agence|journal|quotidien|hebdo|magazine|cha[iî]ne|t[ée]l[ée]vision|radio|newspaper|agency|broadcaster|tablo|news\s+site|site\s+(?:web\s+|internet\s+)?(?:d['’]\s?info|militaire)/i;

export function learnOutlets(corpus: Corpus): OutletRegistry {
  const learnt = new Map<string, string>();
  const learn = (name: string) => {
    const key = outletKey(name);
    if (!learnt.has(key)) learnt.set(key, name);
  };
  for (const doc of corpus.docs) {
    if (doc.outlet) learn(doc.outlet);
    for (const p of doc.passages) {
      if (!STRONG_HINT_RE.test(p.text)) continue; // most passages name no news outlet at all
      for (const m of findMediaMentions(p.text)) if (m.strong) learn(m.name);
    }
  }
  const keys = new Set(learnt.keys());
  for (const doc of corpus.docs) if (doc.outlet) doc.outlet = shortestKnownPrefix(doc.outlet, keys);
  const registry = new OutletRegistry();
  for (const name of learnt.values()) registry.add(shortestKnownPrefix(name, keys));
  return registry;
}
