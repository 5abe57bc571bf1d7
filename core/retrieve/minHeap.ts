/** A fixed-capacity min-heap of (id, score): keeps the `capacity` highest scores. */
export class MinHeap {
  private readonly ids: number[] = [];
  private readonly vals: number[] = [];
  constructor(private readonly capacity: number) {}

  offer(id: number, val: number): void {
    if (this.capacity <= 0) return;
    if (this.vals.length < this.capacity) {
      this.ids.push(id);
      this.vals.push(val);
      this.up(this.vals.length - 1);
    } else if (val > this.vals[0]!) {
      this.ids[0] = id;
      this.vals[0] = val;
      this.down(0);
    }
  }

  drainDescending(): Array<[number, number]> {
    const out: Array<[number, number]> = this.ids.map((id, i) => [id, this.vals[i]!]);
    return out.sort((a, b) => b[1] - a[1]);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.vals[parent]! <= this.vals[i]!) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.vals.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.vals[l]! < this.vals[m]!) m = l;
      if (r < n && this.vals[r]! < this.vals[m]!) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.vals[a], this.vals[b]] = [this.vals[b]!, this.vals[a]!];
  }
}
