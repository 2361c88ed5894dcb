import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import type { ShareDialog } from './ShareDialog';

export interface ShareButtonProps {
  makeHash: () => Promise<string>;
  /** The dialog's title and text, when a tool has more to say than "share these inputs". */
  title?: string;
  body?: string;
}

/**
 * Makes a share link on demand (the state is encoded into the fragment) and shows it with a
 * Copy button. `makeHash` returns the fragment, e.g. "#share=…". The dialog is only needed once
 * the user asks for a link, so it loads on the first click, alongside the encoder.
 */
export function ShareButton({ makeHash, title, body }: ShareButtonProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [Dialog, setDialog] = useState<typeof ShareDialog | null>(null);
  // A new link starts with an empty copy status: the dialog is mounted afresh for each link.
  const [opened, setOpened] = useState(0);

  const open = async () => {
    const [hash, dialog] = await Promise.all([makeHash(), import('./ShareDialog')]);
    setDialog(() => dialog.ShareDialog);
    setUrl(`${location.origin}${location.pathname}${hash}`);
    setOpened((n) => n + 1);
  };

  return (
    <>
      <button type="button" class="button secondary" onClick={open}>
        {t('share.button')}
      </button>
      {Dialog && <Dialog key={opened} url={url} title={title} body={body} onClose={() => setUrl(null)} />}
    </>
  );
}
