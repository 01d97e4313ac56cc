/**
 * A binary min-heap of (primary key, secondary key, node) entries on growable typed arrays. Stale entries are left
 * in place and skipped by the caller when popped ("lazy deletion"), which is cheaper than decrease-key bookkeeping
 * on sparse graphs and keeps each push O(log n) with no allocation once the arrays have grown.
 */
export class ArcHeap {
  private primary: Float64Array;
  private secondary: Float64Array;
  private node: Int32Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.primary = new Float64Array(initialCapacity);
    this.secondary = new Float64Array(initialCapacity);
    this.node = new Int32Array(initialCapacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(primaryKey: number, secondaryKey: number, nodeIndex: number): void {
    if (this.size === this.node.length) this.grow();
    const p = this.primary;
    const s = this.secondary;
    const n = this.node;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pp = p[parent]!;
      if (pp < primaryKey || (pp === primaryKey && s[parent]! <= secondaryKey)) break;
      p[i] = pp;
      s[i] = s[parent]!;
      n[i] = n[parent]!;
      i = parent;
    }
    p[i] = primaryKey;
    s[i] = secondaryKey;
    n[i] = nodeIndex;
  }

  /** Node of the smallest entry, without removing it. */
  topNode(): number {
    return this.node[0]!;
  }

  /** Keys of the smallest entry; read these before `pop`. */
  topPrimary(): number {
    return this.primary[0]!;
  }

  topSecondary(): number {
    return this.secondary[0]!;
  }

  /** Removes the smallest entry and returns its node index; the heap must not be empty. */
  pop(): number {
    const p = this.primary;
    const s = this.secondary;
    const n = this.node;
    const top = n[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const lp = p[last]!;
    const ls = s[last]!;
    const ln = n[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (p[right]! < p[child]! || (p[right] === p[child] && s[right]! < s[child]!))) child = right;
      const cp = p[child]!;
      if (cp > lp || (cp === lp && s[child]! >= ls)) break;
      p[i] = cp;
      s[i] = s[child]!;
      n[i] = n[child]!;
      i = child;
    }
    p[i] = lp;
    s[i] = ls;
    n[i] = ln;
    return top;
  }

  private grow(): void {
    const capacity = this.node.length * 2;
    const primary = new Float64Array(capacity);
    primary.set(this.primary);
    const secondary = new Float64Array(capacity);
    secondary.set(this.secondary);
    const node = new Int32Array(capacity);
    node.set(this.node);
    this.primary = primary;
    this.secondary = secondary;
    this.node = node;
  }
}
