/**
 * The `test` every browser spec imports. It watches each page for two things a reader must never
 * meet, and fails the test when either happens:
 * - a content security policy violation (the preview server sends the site's policy, so a script,
 *   style or request the policy forbids shows up here);
 * - a request to any other origin (the site promises no third-party requests at all).
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';

export interface PageWatch {
  /** Policy violations: from the page's `securitypolicyviolation` events and the console. */
  violations: string[];
  /** Requests that went to another origin. */
  foreignRequests: string[];
}

/** Schemes that never leave the device. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:']);

/** The origin of whatever made a request: its frame's document (a parent's, for a frame's own navigation), or a service worker. */
function requesterOrigin(request: Request): string | undefined {
  let from: string | undefined;
  try {
    const frame = request.frame();
    from = request.isNavigationRequest() ? frame.parentFrame()?.url() : frame.url();
  } catch {
    from = request.serviceWorker()?.url();
  }
  return from?.startsWith('http') ? new URL(from).origin : undefined;
}

/** Starts watching a page; read the lists at any time. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) watch.violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__sgReportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __sgReportViolation?: (text: string) => void }).__sgReportViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI} on ${e.documentURI}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    });
  });
  // Where a test navigates the page is the test's choice; everything a page then loads, or a
  // frame inside it, must come from the page's own origin.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    const origin = requesterOrigin(request);
    if (origin && url.origin !== origin) watch.foreignRequests.push(`${request.resourceType()} ${request.url()} from ${origin}`);
  });
  return watch;
}

export const test = base.extend<{ pageWatch: PageWatch }>({
  pageWatch: [
    async ({ page }, use, testInfo) => {
      const watch = await watchPage(page);
      await use(watch);
      // Only judge tests that otherwise passed, and never the tests that break the policy on purpose.
      if (testInfo.status === testInfo.expectedStatus && !testInfo.tags.includes('@breaks-policy')) {
        expect(watch.violations, 'content security policy violations').toEqual([]);
        expect(watch.foreignRequests, 'requests to another origin').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
