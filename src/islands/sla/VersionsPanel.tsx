import { useState } from 'preact/hooks';
import type { SlaDraft } from '../../lib/sla/state';
import { removeDraftVersion, saveDraftVersion } from '../../stores/sla';
import { TEXT_LIMITS, withinLimit } from '../../lib/text-limit';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { TextField } from '../kit/TextField';
import { useI18n } from '../kit/i18n';
import { useTabDraft } from '../kit/use-tab-draft';
import { useLazyModule } from '../kit/use-lazy-module';
import { isolate } from '../../lib/bidi';

export interface VersionsPanelProps {
  draft: SlaDraft;
  dateTime: (iso: string) => string;
  notify: (message: string) => void;
}

const CURRENT = 'current';

/** Named versions of the draft, and any two of them (or one and the current draft) compared. */
export function VersionsPanel({ draft, dateTime, notify }: VersionsPanelProps) {
  const { t } = useI18n();
  const [name, setName] = useTabDraft(`sla-version-name:${draft.id}`);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState(CURRENT);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const { versions } = draft;
  const defaultName = t('sla.versions.defaultName', { n: versions.length + 1 });

  const current = { id: CURRENT, name: t('sla.versions.current'), content: draft.content };
  const resolve = (id: string) => (id === CURRENT ? current : versions.find((v) => v.id === id));
  // An unknown choice (a deleted version, another draft's) falls back to the latest version.
  const before = resolve(beforeId) ?? versions.at(-1);
  const after = resolve(afterId) ?? current;
  // The comparison's code loads once there is a version to compare with: most drafts have none.
  const Diff = useLazyModule(before !== undefined, () => import('./DiffView').then((m) => m.DiffView));
  const label = (version: (typeof versions)[number]) => `${isolate(version.name)} · ${dateTime(version.savedAt)}`;

  const save = (event: Event) => {
    event.preventDefault();
    // A name over its limit stays in the field, marked, until it is shortened.
    if (!withinLimit(name.trim(), TEXT_LIMITS.name)) return;
    const versionName = name.trim() || defaultName;
    saveDraftVersion(draft.id, versionName);
    setName('');
    setBeforeId('');
    notify(t('sla.versions.saved', { name: isolate(versionName) }));
  };

  const options = [
    ...versions.map((v) => (
      <option key={v.id} value={v.id}>
        {label(v)}
      </option>
    )),
    <option key={CURRENT} value={CURRENT}>
      {t('sla.versions.current')}
    </option>,
  ];

  return (
    <section class="card sla-versions" aria-labelledby="sla-versions-title">
      <h2 id="sla-versions-title">{t('sla.versions.title')}</h2>
      <form class="sla-version-save" onSubmit={save}>
        <TextField id="sla-version-name" label={t('sla.versions.nameLabel')} value={name} placeholder={defaultName} onInput={setName} limit="name" />
        <button type="submit" class="button">
          {t('sla.versions.save')}
        </button>
      </form>

      <div class="sla-versions-grid">
        <div>
          <h3>{t('sla.versions.list')}</h3>
          {versions.length === 0 ? (
            <p class="muted">{t('sla.versions.none')}</p>
          ) : (
            <ol class="sla-version-list">
              {versions.map((version) => (
                <li key={version.id}>
                  <span class="sla-version-name">
                    <bdi>{version.name}</bdi>
                  </span>
                  <span class="muted">{t('sla.versions.savedAt', { date: dateTime(version.savedAt) })}</span>
                  <button type="button" class="link-button" onClick={() => setDeleting({ id: version.id, name: version.name })}>
                    {t('sla.versions.delete')}
                    <span class="visually-hidden">: <bdi>{version.name}</bdi></span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3>{t('sla.versions.compare')}</h3>
          {!before ? (
            <p class="muted">{t('sla.versions.compareHint')}</p>
          ) : (
            <>
              <div class="fields sla-compare-fields">
                <div class="field">
                  <label for="sla-compare-before">{t('sla.versions.before')}</label>
                  <select id="sla-compare-before" value={before.id} onChange={(event) => setBeforeId(event.currentTarget.value)}>
                    {options}
                  </select>
                </div>
                <div class="field">
                  <label for="sla-compare-after">{t('sla.versions.after')}</label>
                  <select id="sla-compare-after" value={after.id} onChange={(event) => setAfterId(event.currentTarget.value)}>
                    {options}
                  </select>
                </div>
              </div>
              {Diff && <Diff before={before.content} after={after.content} beforeName={before.name} afterName={after.name} />}
            </>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('sla.versions.delete')}
        body={t('sla.versions.deleteConfirm', { name: isolate(deleting?.name ?? '') })}
        confirmLabel={t('sla.versions.delete')}
        cancelLabel={t('kit.cancel')}
        danger
        onConfirm={() => {
          if (deleting) removeDraftVersion(draft.id, deleting.id);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
