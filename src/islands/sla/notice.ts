import type { DeletedDraft } from '../../lib/sla/drafts';
import type { SlaContent } from '../../lib/sla/draft';

/** A one-line message for the builder's toast, with what Undo puts back (a deleted draft, or a draft's content before a change). */
export interface BuilderNotice {
  message: string;
  undo?: DeletedDraft | { draftId: string; content: SlaContent };
}
