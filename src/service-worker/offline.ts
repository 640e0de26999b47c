/**
 * Offline support on every page: registers the service worker (production builds only, so
 * `npm run dev` is never served from a stored copy), says when the learner is offline and reading a
 * saved copy, and offers a reload when a newer version of the site has been downloaded.
 */

export function startOfflineSupport(): void {
  const status = document.querySelector<HTMLElement>('[data-sg-status]');
  if (!status) return;
  showConnection(status.querySelector<HTMLElement>('[data-sg-offline]')!);
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the page's own files, so storing the site never slows the first page down.
  if (document.readyState === 'complete') void register(status);
  else addEventListener('load', () => void register(status), { once: true });
}

function showConnection(notice: HTMLElement): void {
  const update = () => {
    notice.hidden = navigator.onLine;
  };
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}

async function register(status: HTMLElement): Promise<void> {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  } catch (error) {
    // The site still works online; only the offline copy is missing.
    console.warn('The offline copy of this site could not be set up:', error);
    return;
  }
  // A browser that blocks workers (Playwright's serviceWorkers: 'block' does) may resolve with nothing.
  if (!registration) return;
  const notice = status.querySelector<HTMLElement>('[data-sg-update]')!;
  const show = (name: string) => {
    for (const n of status.querySelectorAll<HTMLElement>('[data-sg-offline-ready], [data-sg-offline-incomplete], [data-sg-update-failed]')) n.hidden = !n.hasAttribute(`data-sg-${name}`);
  };
  // Only an update, not the first install, has a controller already.
  const hadController = !!navigator.serviceWorker.controller;
  const offerUpdate = () => {
    if (registration.waiting && navigator.serviceWorker.controller) notice.hidden = false;
  };
  // A worker that becomes redundant failed to store every file (or a newer one replaced it).
  const watch = (incoming: ServiceWorker | null) =>
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed') offerUpdate();
      if (incoming.state === 'activated' && !hadController) show('offline-ready');
      if (incoming.state === 'redundant' && registration.active !== incoming) show(hadController ? 'update-failed' : 'offline-incomplete');
    });
  offerUpdate();
  // A first install can fail before this page hears of it: no version at all means no offline copy.
  if (!registration.active && !registration.installing && !registration.waiting) show('offline-incomplete');
  // The new version may already be downloading when this page starts.
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // Another tab moved to a newer version: this page is the older one. Its files are kept until it goes.
    else if (hadController) notice.hidden = false;
  });
  notice.querySelector('[data-sg-update-reload]')!.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    reloading = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.querySelector('[data-sg-update-dismiss]')!.addEventListener('click', () => {
    notice.hidden = true;
    document.querySelector<HTMLElement>('main')?.focus();
  });
  // Back online after a while: look for a newer version now rather than at the next page.
  addEventListener('online', () => void registration.update().catch(() => undefined));
}
