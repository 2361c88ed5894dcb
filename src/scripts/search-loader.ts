/**
 * The only search code every page loads: it waits for the reader to ask (the Search button or
 * the "/" key) and only then loads the dialog's code, which then loads Pagefind.
 */
export function initSearchLoader(): void {
  const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!opener) return;
  let loaded = false;
  const first = async (event?: Event) => {
    if (loaded) return;
    event?.preventDefault();
    loaded = true;
    const { initSearch } = await import('./search');
    initSearch();
  };
  opener.addEventListener('click', first, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing =
      target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]');
    const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
    if (event.key !== '/' || typing || dialog?.open) return;
    event.preventDefault();
    if (loaded) opener.click();
    else void first();
  });
}
