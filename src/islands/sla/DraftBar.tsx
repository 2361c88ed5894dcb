import { useEffect, useState } from 'preact/hooks';
import type { TemplateEntry } from '../../lib/sla/drafts';
import type { SlaDraft, SlaState } from '../../lib/sla/state';
import { duplicateDraftAs, openDraft, removeDraft, renameDraftTo } from '../../stores/sla';
import { TEXT_LIMITS, withinLimit } from '../../lib/text-limit';
import { Dialog } from '../kit/Dialog';
import { TextField } from '../kit/TextField';
import { useI18n } from '../kit/i18n';
import { useTabDraft } from '../kit/use-tab-draft';
import type { BuilderNotice } from './notice';
import { TemplatePicker } from './TemplatePicker';
import { isolate } from '../../lib/bidi';

export interface DraftBarProps {
  state: SlaState;
  draft: SlaDraft;
  templates: readonly TemplateEntry[];
  onStart: (entry: TemplateEntry | null) => void;
  notify: (notice: BuilderNotice) => void;
  draftName: (draft: SlaDraft) => string;
  dateTime: (iso: string) => string;
}

/** The open draft and the others: switch, start a new one, duplicate, rename, delete (with undo). */
export function DraftBar({ state, draft, templates, onStart, notify, draftName, dateTime }: DraftBarProps) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  // The name being typed is kept for the tab until it is used or cancelled: a reload brings it
  // back in its dialog.
  const [renameText, setRenameText] = useTabDraft(`sla-rename:${draft.id}`);
  const [renameOpen, setRenameOpen] = useState(false);
  useEffect(() => {
    if (renameText !== '') setRenameOpen(true);
  }, [renameText !== '']);
  const renaming = renameOpen ? renameText : null;
  const setRenaming = (name: string | null) => {
    setRenameText(name ?? '');
    setRenameOpen(name !== null);
  };
  const template = templates.find((entry) => entry.slug === draft.templateId);

  const remove = () => {
    const deleted = removeDraft(draft.id);
    if (deleted) notify({ message: t('sla.drafts.deleted', { name: isolate(draftName(deleted.draft)) }), undo: deleted });
  };

  return (
    <section class="card sla-drafts no-print" aria-labelledby="sla-drafts-title">
      <h2 id="sla-drafts-title" class="sla-drafts-title">
        {t('sla.drafts.title')}
      </h2>
      <div class="sla-drafts-row">
        <div class="field sla-draft-select">
          <label for="sla-draft-select">{t('sla.drafts.select')}</label>
          <select id="sla-draft-select" value={draft.id} onChange={(event) => openDraft(event.currentTarget.value)}>
            {state.drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {draftName(d)}
              </option>
            ))}
          </select>
        </div>
        <div class="actions" role="group" aria-label={t('sla.drafts.actions')}>
          <button type="button" class="button" onClick={() => setPicking(true)}>
            {t('sla.drafts.new')}
          </button>
          <button type="button" class="button secondary" onClick={() => duplicateDraftAs(draft.id, t('sla.drafts.copyName', { name: isolate(draftName(draft)) }))}>
            {t('sla.drafts.duplicate')}
          </button>
          <button type="button" class="button secondary" onClick={() => setRenaming(draft.name)}>
            {t('sla.drafts.rename')}
          </button>
          <button type="button" class="button danger" onClick={remove}>
            {t('sla.drafts.delete')}
          </button>
        </div>
      </div>
      <p class="sla-draft-meta muted">
        {template && <span>{t('sla.drafts.fromTemplate', { template: template.template.name })}</span>}
        <span>{t('sla.drafts.updated', { date: dateTime(draft.updatedAt) })}</span>
        <span>{t('sla.drafts.autosaved')}</span>
      </p>

      <Dialog open={picking} title={t('sla.template.pick')} onClose={() => setPicking(false)}>
        <TemplatePicker
          templates={templates}
          idPrefix="sla-new"
          onPick={(entry) => {
            setPicking(false);
            onStart(entry);
          }}
        />
        <div class="actions">
          <button type="button" class="button secondary" onClick={() => setPicking(false)}>
            {t('kit.cancel')}
          </button>
        </div>
      </Dialog>

      <Dialog open={renaming !== null} title={t('sla.drafts.renameTitle')} onClose={() => setRenaming(null)}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // A name over its limit stays in the field, marked, until it is shortened.
            if (renaming !== null && !withinLimit(renaming.trim(), TEXT_LIMITS.name)) return;
            if (renaming !== null && renaming.trim() !== '') renameDraftTo(draft.id, renaming.trim());
            setRenaming(null);
          }}
        >
          <TextField id="sla-rename" label={t('sla.drafts.nameLabel')} value={renaming ?? ''} onInput={setRenaming} limit="name" />
          <div class="actions">
            <button type="submit" class="button">
              {t('sla.drafts.rename')}
            </button>
            <button type="button" class="button secondary" onClick={() => setRenaming(null)}>
              {t('kit.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
