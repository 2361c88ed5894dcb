import { useEffect, useState } from 'preact/hooks';
import type { VersionedShape } from '../../lib/persist/area';
import { shareCodeFromHash } from '../../lib/persist/share-hash';
import type { ConfirmDialog } from './ConfirmDialog';
import { useI18n } from './i18n';

export interface IncomingShareOptions<T> {
  shape: VersionedShape<T>;
  /** Whether the user has work here that the link would replace. */
  hasLocalWork: () => boolean;
  apply: (data: T) => void;
  /**
   * A link that belongs to another tool (a calculator's link opened on another calculator): what
   * it holds and where it opens, with the link's fragment (`hash`, '#…') to carry there. It is
   * then neither applied nor asked about. Null: it belongs here.
   */
  elsewhere?: (data: T, hash: string) => { text: string; link?: { href: string; label: string } | undefined } | null;
}

type Message = { text: string; kind: 'notice' | 'warning'; link?: { href: string; label: string } };

/**
 * Opens a share link found in the URL fragment: decoded through the shape's migrate-and-validate
 * path, applied at once when there is nothing to lose, else after the user agrees. A damaged
 * link only gives a message. Returns what to render (the question, or the message).
 */
export function useIncomingShare<T>({ shape, hasLocalWork, apply, elsewhere }: IncomingShareOptions<T>) {
  const { t } = useI18n();
  const [pending, setPending] = useState<T | null>(null);
  // The question is only ever asked after opening a link, so its dialog loads then.
  const [Confirm, setConfirm] = useState<typeof ConfirmDialog | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    const open = () => {
      const code = shareCodeFromHash(location.hash);
      if (code === null) return;
      const hash = location.hash;
      // The fragment has done its job: drop it, so a reload does not ask again.
      history.replaceState(null, '', location.pathname + location.search);
      setMessage(null);
      void import('../../lib/persist/share').then(({ decodeShare }) => decodeShare(shape, code)).then((result) => {
        const other = result.ok ? (elsewhere?.(result.data, hash) ?? null) : null;
        if (!result.ok) {
          const key = result.reason === 'newer' ? 'share.newer' : result.reason === 'wrongKind' ? 'share.wrongKind' : 'share.malformed';
          setMessage({ text: t(key), kind: 'warning' });
        } else if (other) {
          setMessage({ text: other.text, kind: 'warning', ...(other.link ? { link: other.link } : {}) });
        } else if (hasLocalWork()) {
          void import('./ConfirmDialog').then((dialog) => {
            setConfirm(() => dialog.ConfirmDialog);
            setPending(result.data);
          });
        } else {
          apply(result.data);
        }
      });
    };
    open();
    // A link pasted into the address bar of an open tool changes only the fragment.
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);

  const view = (
    <>
      {message && (
        <p class={`notice ${message.kind}`} role="status">
          {message.text}
          {message.link && (
            <>
              {' '}
              <a href={message.link.href}>{message.link.label}</a>
            </>
          )}
        </p>
      )}
      {Confirm && (
        <Confirm
          open={pending !== null}
          title={t('share.incomingTitle')}
          body={t('share.incomingBody')}
          confirmLabel={t('share.incomingReplace')}
          cancelLabel={t('share.incomingKeep')}
          onConfirm={() => {
            if (pending !== null) apply(pending);
            setPending(null);
            setMessage({ text: t('share.applied'), kind: 'notice' });
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
  return view;
}
