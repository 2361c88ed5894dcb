/**
 * Record ids seen so far, for finding rows that repeat one. An id is kept as two independent
 * 32-bit hashes in an open-addressing table of typed arrays: a fraction of the memory of a map of
 * id strings (or of hash numbers), and no object per row. Two ids sharing both hashes by chance
 * is about one in 10¹¹ for a million rows.
 */
export class RecordIds {
  private hashA = new Int32Array(1024);
  private hashB = new Int32Array(1024);
  /** The first row with the slot's id, plus one; 0 marks an empty slot. */
  private firstRow = new Int32Array(1024);
  /** 32 − log₂(slots): a hash's top bits pick its slot. */
  private shift = 22;
  private size = 0;

  /**
   * The first row seen with `id` (not empty); when there is none, `row` becomes it and -1 comes
   * back. The hashes are FNV-1a style over the id's UTF-16 code units, with two seeds and
   * multipliers.
   */
  firstOf(id: string, row: number): number {
    let a = 0x811c9dc5 | 0;
    let b = 0x9747b28c | 0;
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    return this.firstOfHashes(a ^ (a >>> 15), b ^ (b >>> 15), row);
  }

  /** As firstOf, for an id already hashed to the pair (a, b). */
  firstOfHashes(a: number, b: number, row: number): number {
    const mask = this.firstRow.length - 1;
    let slot = Math.imul(a, 0x9e3779b1) >>> this.shift;
    while (this.firstRow[slot] !== 0) {
      if (this.hashA[slot] === a && this.hashB[slot] === b) return this.firstRow[slot]! - 1;
      slot = (slot + 1) & mask;
    }
    this.hashA[slot] = a;
    this.hashB[slot] = b;
    this.firstRow[slot] = row + 1;
    if (++this.size * 2 > this.firstRow.length) this.grow();
    return -1;
  }

  /** Twice the slots, every id placed again: the table stays at most half full. */
  private grow(): void {
    const [hashA, hashB, firstRow] = [this.hashA, this.hashB, this.firstRow];
    const capacity = firstRow.length * 2;
    const mask = capacity - 1;
    this.shift--;
    this.hashA = new Int32Array(capacity);
    this.hashB = new Int32Array(capacity);
    this.firstRow = new Int32Array(capacity);
    for (let old = 0; old < firstRow.length; old++) {
      if (firstRow[old] === 0) continue;
      let slot = Math.imul(hashA[old]!, 0x9e3779b1) >>> this.shift;
      while (this.firstRow[slot] !== 0) slot = (slot + 1) & mask;
      this.hashA[slot] = hashA[old]!;
      this.hashB[slot] = hashB[old]!;
      this.firstRow[slot] = firstRow[old]!;
    }
  }
}
