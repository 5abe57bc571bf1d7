/**
 * Outlets the corpus itself names: every name a media noun introduces
 * ("l'agence de presse russe Tass") or a title suffix gives, added to the
 * gazetteer so a later bare mention ("cité par Sputnik") is recognised too.
 * A learnt name that merely extends another ("Avia-Pro Moscou" when
 * "AVIA-PRO" is known) is cut back to it, and documents' outlets with it.
 */
import { foldKey } from '../text/fold.js';
import { OutletRegistry, findMediaMentions } from '../text/outlets.js';
import type { Corpus } from './types.js';

export function shortestKnownPrefix(name: string, known: string[]): string {
  const key = foldKey(name);
  let best = name;
  for (const k of known) {
    const kk = foldKey(k);
    if (kk.length < foldKey(best).length && key.startsWith(kk + ' ')) best = name.slice(0, k.length);
  }
  return best;
}

export function learnOutlets(corpus: Corpus): OutletRegistry {
  const learnt: string[] = [];
  for (const doc of corpus.docs) {
    if (doc.outlet) learnt.push(doc.outlet);
    for (const p of doc.passages) for (const m of findMediaMentions(p.text)) learnt.push(m.name);
  }
  const trimmed = learnt.map((n) => shortestKnownPrefix(n, learnt));
  for (const doc of corpus.docs) if (doc.outlet) doc.outlet = shortestKnownPrefix(doc.outlet, learnt);
  const registry = new OutletRegistry();
  for (const n of trimmed) registry.add(n);
  return registry;
}
