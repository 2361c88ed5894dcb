import { useState } from 'preact/hooks';
import { Dialog } from './Dialog';
import { useI18n } from './i18n';

export interface ShareButtonProps {
  makeHash: () => Promise<string>;
  /** The dialog's title and text, when a tool has more to say than "share these inputs". */
  title?: string;
  body?: string;
}

/**
 * Makes a share link on demand (the state is encoded into the fragment) and shows it with a
 * Copy button. `makeHash` returns the fragment, e.g. "#share=…".
 */
export function ShareButton({ makeHash, title, body }: ShareButtonProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const open = async () => {
    const hash = await makeHash();
    setUrl(`${location.origin}${location.pathname}${hash}`);
    setStatus('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url ?? '');
      setStatus(t('kit.copied'));
    } catch {
      setStatus(t('kit.copyFailed'));
    }
  };

  return (
    <>
      <button type="button" class="button secondary" onClick={open}>
        {t('share.button')}
      </button>
      <Dialog open={url !== null} title={title ?? t('share.title')} onClose={() => setUrl(null)}>
        <p>{body ?? t('share.body')}</p>
        <div class="field">
          <label for="share-link">{t('share.linkLabel')}</label>
          <input id="share-link" type="text" readOnly value={url ?? ''} onFocus={(e) => e.currentTarget.select()} />
        </div>
        <p role="status" class="muted">
          {status}
        </p>
        <div class="actions">
          <button type="button" class="button" onClick={copy}>
            {t('kit.copy')}
          </button>
          <button type="button" class="button secondary" onClick={() => setUrl(null)}>
            {t('kit.close')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
