import { useEffect, useState } from 'preact/hooks';
import { sentenceGap } from '../../i18n/punctuation';
import { ConfirmDialog } from './ConfirmDialog';
import { useI18n } from './i18n';
import type { IncomingShareOptions, ShareLink } from './use-incoming-share';

type Message = { text: string; kind: 'notice' | 'warning'; link?: { href: string; label: string } };

/**
 * Opens one share link (see useIncomingShare): decoded through the shape's migrate-and-validate
 * path, applied at once when there is nothing to lose, else after the user agrees. A damaged
 * link only gives a message. Renders the question, or the message.
 */
export function IncomingShare<T>({ link, shape, hasLocalWork, apply, elsewhere }: IncomingShareOptions<T> & { link: ShareLink }) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<T | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    void import('../../lib/persist/share').then(({ decodeShare }) => decodeShare(shape, link.code)).then((result) => {
      const other = result.ok ? (elsewhere?.(result.data, link.hash) ?? null) : null;
      if (!result.ok) {
        const key = result.reason === 'newer' ? 'share.newer' : result.reason === 'wrongKind' ? 'share.wrongKind' : 'share.malformed';
        setMessage({ text: t(key), kind: 'warning' });
      } else if (other) {
        setMessage({ text: other.text, kind: 'warning', ...(other.link ? { link: other.link } : {}) });
      } else if (hasLocalWork()) {
        setPending(result.data);
      } else {
        apply(result.data);
      }
    });
  }, []);

  return (
    <>
      {message && (
        <p class={`notice ${message.kind}`} role="status">
          {message.text}
          {message.link && (
            <>
              {sentenceGap(lang)}
              <a href={message.link.href}>{message.link.label}</a>
            </>
          )}
        </p>
      )}
      <ConfirmDialog
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
    </>
  );
}
