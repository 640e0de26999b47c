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
  // Only an update, not the first install, has a controller already.
  const offerUpdate = () => {
    if (registration.waiting && navigator.serviceWorker.controller) notice.hidden = false;
  };
  const watch = (incoming: ServiceWorker | null) =>
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed') offerUpdate();
    });
  offerUpdate();
  // The new version may already be downloading when this page starts.
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
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
