import { useState } from 'preact/hooks';
import { Dialog } from './Dialog';
import { useI18n } from './i18n';

export interface ShareDialogProps {
  /** The link to show; null while the dialog is closed. */
  url: string | null;
  title?: string | undefined;
  body?: string | undefined;
  onClose: () => void;
}

/** The share link with a Copy button: ShareButton loads it on the first click. */
export function ShareDialog({ url, title, body, onClose }: ShareDialogProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url ?? '');
      setStatus(t('kit.copied'));
    } catch {
      setStatus(t('kit.copyFailed'));
    }
  };

  return (
    <Dialog open={url !== null} title={title ?? t('share.title')} onClose={onClose}>
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
        <button type="button" class="button secondary" onClick={onClose}>
          {t('kit.close')}
        </button>
      </div>
    </Dialog>
  );
}
