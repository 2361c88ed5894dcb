import type { SlaSectionId } from './draft';

/**
 * The render-ready SLA document: what the live view, the print and the Markdown export all
 * draw. Values are plain text (never markup); `path` names the content field each came from
 * (for "edit this" links and change highlights). A value nobody has filled in is never blank:
 * it carries the "Not agreed yet" label as its text and `empty: true`, so a renderer only has to
 * style it. An empty list or table becomes a paragraph holding that placeholder.
 */

/** One value: user text, or the label of a choice, or the placeholder. */
export interface SlaText {
  kind: 'text';
  path: string;
  text: string;
  empty: boolean;
  /** The user's text is over its limit: `text` says so in its place (the draft keeps it whole). */
  overLimit?: true;
}

/** A list inside a table cell (the actions of a temperature). */
export interface SlaList {
  kind: 'list';
  path: string;
  items: SlaText[];
  empty: boolean;
}

export type SlaCell = SlaText | SlaList;

/** A label and its value, shown as a definition list (or "**Label:** value" in Markdown). */
export interface SlaField {
  label: string;
  value: SlaText;
}

export type SlaBlock =
  | { kind: 'paragraph'; label?: string; value: SlaText; empty: boolean }
  | { kind: 'list'; label?: string; ordered: boolean; path: string; items: SlaText[]; empty: boolean }
  | { kind: 'table'; label?: string; path: string; columns: string[]; rows: SlaCell[][]; empty: boolean }
  | { kind: 'fields'; label?: string; fields: SlaField[]; empty: boolean };

export interface SlaDocumentSection {
  id: SlaSectionId;
  heading: string;
  blocks: SlaBlock[];
  /** Nothing in the section has been filled in. */
  empty: boolean;
}

export interface SlaDocument {
  /** The draft's name, or the generic title when it has none. */
  title: string;
  sections: SlaDocumentSection[];
}
