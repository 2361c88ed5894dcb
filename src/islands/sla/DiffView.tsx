import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import type { SlaContent } from '../../lib/sla/draft';
import type { SlaFieldChange } from '../../lib/sla/diff';
import { slaFields } from '../../lib/sla/fields';
import { pluralKey } from '../../i18n/text';
import { useI18n } from '../kit/i18n';

type DiffModule = typeof import('../../lib/sla/diff');
let loaded: Promise<DiffModule> | null = null;
/** The diff (and jsdiff with it) loads only when someone compares. */
const loadDiff = () => (loaded ??= import('../../lib/sla/diff'));

const choiceKeys = new Map<string, string>([
  ['term.reviewCadence', 'sla.cadence'],
  ['temperature.owner', 'sla.owner'],
  ['signOff.party', 'sla.party'],
]);
const choiceFields = new Set<string>(slaFields.filter((f) => f.input === 'choice').map((f) => f.key));

export interface DiffViewProps {
  before: SlaContent;
  after: SlaContent;
  beforeName: string;
  afterName: string;
}

/** What changed between two versions, field by field, with removed and added words marked (and named for screen readers). */
export function DiffView({ before, after, beforeName, afterName }: DiffViewProps) {
  const { t, lang } = useI18n();
  const [module, setModule] = useState<DiffModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadDiff().then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, []);
  const changes = useMemo(() => (module ? module.diffContents(before, after) : null), [module, before, after]);

  const labelOf = (change: SlaFieldChange) => {
    if (change.path.startsWith('linkedPlan.')) return t(`sla.${change.path.replace('linkedPlan.', 'linked.')}` as MessageKey);
    const field = t(`sla.field.${change.key}` as MessageKey);
    const index = change.path.split('.').find((segment) => /^\d+$/.test(segment));
    return index === undefined ? field : t('sla.diff.item', { field, n: Number(index) + 1 });
  };
  const choiceLabel = (change: SlaFieldChange, raw: string) => {
    const key = change.key.replace(/^temperature\.\w+\.owner$/, 'temperature.owner');
    return raw === '' ? t('sla.diff.blank') : t(`${choiceKeys.get(key) ?? 'sla'}.${raw}` as MessageKey);
  };

  return (
    <div class="sla-diff" aria-live="polite">
      <h3>{t('sla.diff.title')}</h3>
      <p class="hint">
        <bdi>{beforeName}</bdi> → <bdi>{afterName}</bdi>
      </p>
      {changes === null ? (
        <p>{t('sla.diff.loading')}</p>
      ) : changes.length === 0 ? (
        <p class="notice">{t('sla.diff.none')}</p>
      ) : (
        <>
          <p class="sla-diff-count">{t(pluralKey('sla.diff.count', changes.length, lang), { count: changes.length })}</p>
          <ol class="sla-diff-list">
            {changes.map((change) => (
              <li key={change.path} class="sla-change">
                <h4>{labelOf(change)}</h4>
                <p class="sla-diff-text">
                  {choiceFields.has(change.key) ? (
                    <>
                      <Removed text={choiceLabel(change, change.before)} />{' '}
                      <Added text={choiceLabel(change, change.after)} />
                    </>
                  ) : (
                    change.parts.map((part, i) =>
                      part.removed ? <Removed key={i} text={part.value} /> : part.added ? <Added key={i} text={part.value} /> : <bdi key={i}>{part.value}</bdi>,
                    )
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** A removed or added run of text: struck through or underlined, and said aloud as such. */
function Removed({ text }: { text: string }) {
  const { t, marks } = useI18n();
  return (
    <del>
      <span class="visually-hidden">[{t('sla.diff.removed')}{marks.colon}</span>
      <bdi>{text}</bdi>
      <span class="visually-hidden">]</span>
    </del>
  );
}

function Added({ text }: { text: string }) {
  const { t, marks } = useI18n();
  return (
    <ins>
      <span class="visually-hidden">[{t('sla.diff.added')}{marks.colon}</span>
      <bdi>{text}</bdi>
      <span class="visually-hidden">]</span>
    </ins>
  );
}
