/**
 * Record ids seen so far, for finding rows that repeat one. An id is kept as two independent
 * 32-bit hashes in an open-addressing table in one typed array: a fraction of the memory of a
 * map of id strings (or of hash numbers), and no object per row. Two ids sharing both hashes by
 * chance is about one in 10¹¹ for a million rows.
 */

/** A slot is three numbers side by side (one memory read finds them): hash a, hash b, first row + 1 (0: empty). */
const SLOT = 3;

export class RecordIds {
  private slots = new Int32Array(1024 * SLOT);
  /** 32 − log₂(number of slots): a hash's top bits pick its slot. */
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
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let slot = Math.imul(a, 0x9e3779b1) >>> this.shift;
    let at = slot * SLOT;
    while (slots[at + 2] !== 0) {
      if (slots[at] === a && slots[at + 1] === b) return slots[at + 2]! - 1;
      slot = (slot + 1) & mask;
      at = slot * SLOT;
    }
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = row + 1;
    if (++this.size * 2 > mask + 1) this.grow();
    return -1;
  }

  /** Twice the slots, every id placed again: the table stays at most half full. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    this.shift--;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 2] === 0) continue;
      let slot = Math.imul(old[from]!, 0x9e3779b1) >>> this.shift;
      while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      const to = slot * SLOT;
      slots[to] = old[from]!;
      slots[to + 1] = old[from + 1]!;
      slots[to + 2] = old[from + 2]!;
    }
    this.slots = slots;
  }
}
