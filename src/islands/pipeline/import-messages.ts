import type { ColumnMapping } from '../../lib/pipeline/columns';
import type { CarryOver, LastImport } from '../../lib/pipeline/carry-over';
import type { Choices } from '../../lib/pipeline/choices';
import type { LeadingRow } from '../../lib/pipeline/ingest';
import type { DateOrder, DateTally } from '../../lib/pipeline/dates';
import type { TextEncoding } from '../../lib/pipeline/encoding';
import type { Readings } from '../../lib/pipeline/measure';
import type { DateRole } from '../../lib/pipeline/records';
import type { StageValue } from '../../lib/pipeline/stages';
import type { SetAsideWords } from '../../lib/pipeline/set-aside-csv';
import type { PipelineSummary } from '../../lib/pipeline/summary';

/** What the page asks the import worker. */
export type ImportRequest =
  /**
   * Read a file: in the encoding and from the header row given, or as guessed when absent, with
   * the user's choices kept where they still apply (see keepReadings). `lang`, the page's
   * language (BCP 47), settles an encoding the bytes leave open: Big5 for Traditional Chinese,
   * windows-1250 for Polish. `last`: the last import, for a new file (and for it read again in
   * another encoding or from another header row): its corrections are laid over the file's
   * guesses wherever they fit it, and `choices` over them (see carryOver). `id`: which read this
   * is; what the worker says of it carries it, so the page can tell a read it has replaced (a
   * file dropped while another was read) from the one it waits for.
   */
  | { type: 'read'; id: number; file: File; encoding?: TextEncoding; headerRow?: number; choices?: Choices; last?: LastImport; preferredOrder: DateOrder; lang: string; stages: string[] }
  /** Measure the file read last under new readings (stage meanings, date orders, decimal mark). */
  | { type: 'measure'; readings: Readings; stages: string[] }
  /**
   * Every row set aside under these readings (not only those the page lists), as CSV, with its
   * row number and the reasons for it in the page's words (see SetAsideWords).
   */
  | { type: 'setAside'; readings: Readings; stages: string[]; words: SetAsideWords }
  | { type: 'cancel' };

/**
 * Where a file read as UTF-8 stopped being UTF-8: the row with its first byte that is not, and
 * the encoding the file was read in for it ('utf-8' where none read it better: the characters
 * there show as replacement characters, and the user is asked to choose).
 */
export interface NotUtf8 {
  row: number;
  readAs: TextEncoding;
}

/** What a file's columns looked like: for the mapping table and the date and stage choices. */
export interface FileShape {
  name: string;
  size: number;
  encoding: TextEncoding;
  bom: boolean;
  /** Set where the file's head is UTF-8 and a later row is not (see NotUtf8). */
  notUtf8: NotUtf8 | null;
  delimiter: string;
  /** The delimiter an Excel "sep=" first line named (that line is row 1, not data). */
  sep: string | null;
  /** The row the header was read from (1: the file's first line); rows above it were skipped. */
  headerRow: number;
  /** The file's first rows that hold something, for the user to choose the header from. */
  leading: LeadingRow[];
  headers: string[];
  /** Up to three values per column, for the mapping table. */
  samples: string[][];
  mapping: ColumnMapping;
  stageValues: StageValue[];
  dates: Partial<Record<DateRole, { tally: DateTally; samples: string[] }>>;
  /**
   * A few amounts as written, those the decimal mark decides first (see AmountColumn.shown), each
   * with its value under a dot decimal mark and, where a comma reads it otherwise, under a comma.
   */
  amountSamples: { raw: string; value: number | null; comma?: number }[];
}

/** What the worker says of a read, with the read's id. */
type OfRead<T> = T & { id: number };

export type ImportReply =
  | OfRead<{ type: 'progress'; share: number; rows: number }>
  /** `carried`: what of the last import's corrections the file was read with, where `last` was sent. */
  | OfRead<{ type: 'read'; shape: FileShape; readings: Readings; summary: PipelineSummary; carried?: CarryOver }>
  | { type: 'measured'; summary: PipelineSummary }
  | { type: 'setAside'; csv: string }
  | OfRead<{ type: 'cancelled' }>
  | OfRead<{ type: 'failed'; reason: 'empty' | 'notText' | 'markup' | 'headerOnly' | 'tooLarge' | 'unreadable' }>;
