// Enumerate the string pairs accepted by a compiled Apertium/lttoolbox transducer,
// from the AT&T text that `lt-print FILE.bin` prints (one section per dictionary
// section, separated by a line "--"; transition lines "src dst in out weight",
// final-state lines "state weight", epsilon written "ε").
//
// Bilingual dictionaries are acyclic except for regular-expression sections
// (URLs, acronyms, numerals, "any tag" repetitions). Those are dropped by
//  - never following an edge inside a cyclic strongly connected component,
//  - keeping only paths whose input is letters/space/'-. followed by tags,
//  - skipping any sub-transducer that still spans more than MAX_SUBTREE paths
//    (bounded generated patterns such as "any 2-5 capital letters").
// Result: array of [input, output] strings such as ["house<n>", "casa<n><f>"].

const okChar = /^[\p{L}'’\- .]$/u;
const MAX_SUBTREE = 2e5;

function stronglyConnected(nStates, edges) {
  const index = new Int32Array(nStates).fill(-1);
  const low = new Int32Array(nStates);
  const comp = new Int32Array(nStates).fill(-1);
  const onStack = new Uint8Array(nStates);
  const stack = [];
  const size = [];
  let next = 0;
  for (let root = 0; root < nStates; root++) {
    if (index[root] !== -1) continue;
    const work = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const v = top[0];
      const es = edges[v] || [];
      if (top[1] < es.length) {
        const w = es[top[1]++][0];
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
      } else {
        work.pop();
        if (work.length) {
          const u = work[work.length - 1][0];
          low[u] = Math.min(low[u], low[v]);
        }
        if (low[v] === index[v]) {
          let w;
          let k = 0;
          do {
            w = stack.pop();
            onStack[w] = 0;
            comp[w] = size.length;
            k++;
          } while (w !== v);
          size.push(k);
        }
      }
    }
  }
  return { comp, size };
}

export function attPaths(attText, log = () => {}) {
  const pairs = [];
  for (const section of attText.split(/^--\n/m)) {
    const edges = [];
    const finals = new Set();
    let maxState = 0;
    for (const line of section.split('\n')) {
      if (!line) continue;
      const f = line.split('\t');
      if (f.length <= 3) {
        finals.add(+f[0]);
        maxState = Math.max(maxState, +f[0]);
        continue;
      }
      const s = +f[0];
      const d = +f[1];
      maxState = Math.max(maxState, s, d);
      (edges[s] ||= []).push([d, f[2] === 'ε' ? '' : f[2], f[3] === 'ε' ? '' : f[3]]);
    }
    const { comp, size } = stronglyConnected(maxState + 1, edges);
    const inner = (s, d) => comp[s] === comp[d] && (size[comp[s]] > 1 || s === d);
    // returns the new "in tags" mode, or null when the input symbol is not allowed
    const step = (sym, inTags) => {
      if (!sym) return inTags;
      if (sym.length > 1 && sym[0] === '<') return true;
      if (inTags || !okChar.test(sym)) return null;
      return false;
    };
    const memo = new Map();
    const count = (s, t) => {
      const key = s * 2 + (t ? 1 : 0);
      if (memo.has(key)) return memo.get(key);
      let c = finals.has(s) && t ? 1 : 0;
      for (const [d, i] of edges[s] || []) {
        if (inner(s, d)) continue;
        const nt = step(i, t);
        if (nt !== null) c += count(d, nt);
      }
      memo.set(key, c);
      return c;
    };
    let skipped = 0;
    let found = 0;
    const walk = (s, a, b, t) => {
      if (finals.has(s) && t) {
        pairs.push([a, b]);
        found++;
      }
      for (const [d, i, o] of edges[s] || []) {
        if (inner(s, d)) continue;
        const nt = step(i, t);
        if (nt === null) continue;
        if (o.length === 1 && /\d/.test(o)) continue;
        const c = count(d, nt);
        if (c > MAX_SUBTREE) {
          skipped += c;
          continue;
        }
        walk(d, a + i, b + o, nt);
      }
    };
    walk(0, '', '', false);
    log(`  section: ${found} paths kept, ${skipped} generated-pattern paths skipped`);
  }
  return pairs;
}
