/**
 * Record ids seen so far, for finding rows that repeat one. An id is kept as two independent
 * 32-bit hashes in an open-addressing table in one typed array: a fraction of the memory of a
 * map of id strings (or of hash numbers), and no object per row. Two ids sharing both hashes by
 * chance is about one in 10¹¹ for a million rows.
 */

/** A slot is three numbers side by side (one memory read finds them): hash a, hash b, first row + 1 (0: empty). */
const SLOT = 3;
/** Ids noted before they are placed in the table together (see place). */
const BATCH = 256;

export class RecordIds {
  private slots = new Int32Array(1024 * SLOT);
  /** 32 − log₂(number of slots): a hash's top bits pick its slot. */
  private shift = 22;
  private size = 0;
  /** The last id's two hashes (see hash). */
  private a = 0;
  private b = 0;
  /** Ids noted and not yet placed: hash a, hash b and row, side by side. */
  private readonly waiting = new Int32Array(BATCH * 3);
  private waitingCount = 0;
  /** Row → the first row with its id, for every row placed that repeats one. */
  private readonly repeats = new Map<number, number>();
  /** What place reads ahead, kept so the reads are not optimised away. */
  private touched = 0;

  /**
   * Notes the id (not empty) of `row`, rows in order: a row whose id an earlier row has is listed
   * among the duplicates. Ids are placed a batch at a time, their slots read together first.
   */
  note(id: string, row: number): void {
    this.hash(id);
    const at = this.waitingCount * 3;
    this.waiting[at] = this.a;
    this.waiting[at + 1] = this.b;
    this.waiting[at + 2] = row;
    if (++this.waitingCount === BATCH) this.place();
  }

  /** Row → the first row with the same id, for every row noted that repeats one. */
  duplicates(): ReadonlyMap<number, number> {
    this.place();
    return this.repeats;
  }

  /**
   * Places the ids waiting, in the order noted. The table soon outgrows the processor's cache, and
   * an id placed as its row comes waits for its slot to come from memory; here the slots are read
   * first, in a loop whose reads do not wait on one another, so the processor fetches many at once
   * and the placing finds them at hand.
   */
  private place(): void {
    const waiting = this.waiting;
    const end = this.waitingCount * 3;
    const slots = this.slots;
    let touched = 0;
    for (let at = 0; at < end; at += 3) touched ^= slots[(Math.imul(waiting[at]!, 0x9e3779b1) >>> this.shift) * SLOT + 2]!;
    this.touched ^= touched;
    for (let at = 0; at < end; at += 3) {
      const row = waiting[at + 2]!;
      const first = this.firstOfHashes(waiting[at]!, waiting[at + 1]!, row);
      if (first >= 0) this.repeats.set(row, first);
    }
    this.waitingCount = 0;
  }

  /**
   * The first row seen with `id` (not empty); when there is none, `row` becomes it and -1 comes
   * back. Ids noted and not yet placed are placed first.
   */
  firstOf(id: string, row: number): number {
    this.place();
    this.hash(id);
    return this.firstOfHashes(this.a, this.b, row);
  }

  /** The id's two hashes, to `a` and `b`: FNV-1a style over its UTF-16 code units, with two seeds and multipliers. */
  private hash(id: string): void {
    let a = 0x811c9dc5 | 0;
    let b = 0x9747b28c | 0;
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    this.a = a ^ (a >>> 15);
    this.b = b ^ (b >>> 15);
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
