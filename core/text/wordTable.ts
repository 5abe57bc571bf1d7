/**
 * A table from words to two integers, looked up by a span of a text rather
 * than by a string: indexing meets six million words at 150k passages, and
 * slicing each one to ask a Map costs an allocation and a hash per word. Here
 * a word is hashed from the text's own characters and compared in place; it is
 * sliced only the first time it is seen.
 */
const EMPTY = -1;

export class WordTable {
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private words: string[] = [];
  private hashes: number[] = [];
  /** The two values of each word, by its entry number. */
  readonly first: number[] = [];
  readonly second: number[] = [];

  /** The entry of text[start, end), or -1 when the word has not been added. */
  find(text: string, start: number, end: number): number {
    const hash = hashSpan(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return EMPTY;
      if (this.hashes[entry] === hash && sameWord(this.words[entry]!, text, start, end)) return entry;
    }
  }

  /** Adds a word that `find` did not hold; returns its entry. */
  add(word: string, first: number, second: number): number {
    const entry = this.words.length;
    const hash = hashSpan(word, 0, word.length);
    this.words.push(word);
    this.hashes.push(hash);
    this.first.push(first);
    this.second.push(second);
    // Kept under half full, so probes stay short.
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(entry, hash);
    return entry;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let e = 0; e < this.words.length; e++) this.place(e, this.hashes[e]!);
  }
}

/** FNV-1a over UTF-16 code units. */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
