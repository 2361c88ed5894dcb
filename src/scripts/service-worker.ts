/**
 * Registers the service worker (written by integrations/service-worker.mjs) so the site works
 * offline after one visit, and offers a new version when one is deployed: "A new version is
 * ready — Reload". Only the tab whose button was pressed reloads; nothing reloads by itself,
 * so no typing is ever lost to an update.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  let asked = false;
  /** The newest version waiting for this page's "Reload". */
  let offered: ServiceWorker | null = null;

  const offer = (worker: ServiceWorker) => {
    if (!prompt) return;
    offered = worker;
    prompt.hidden = false;
  };

  prompt?.querySelector('button')?.addEventListener('click', () => {
    asked = true;
    // Another tab may have taken the new version already: it then serves this page too, and only
    // the reload is left to do (no controllerchange will come).
    if (offered?.state === 'installed') offered.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });

  addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            // A worker installed while another controls the page is an update, not the first visit.
            if (installing.state === 'installed' && navigator.serviceWorker.controller)
              offer(installing);
          });
        });
      })
      .catch(() => {
        // No service worker (a private window, a file:// copy): the site works online as before.
      });
  });
}
