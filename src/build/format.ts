/** Small formatting helpers shared by pages and components. */

/** "0808 800 5000" → "tel:08088005000". */
export const telHref = (number: string) => `tel:${number.replace(/\s+/g, '')}`;

/** A phone number or text code as shown on the page: non-breaking spaces, so it never wraps across two lines. */
export const unbrokenNumber = (number: string) => number.trim().replace(/\s+/g, '\u00a0');

/** "88858" → "sms:88858". */
export const smsHref = (number: string) => `sms:${number.replace(/\s+/g, '')}`;

/** "https://www.iwf.org.uk/report/" → "iwf.org.uk/report", for link text. */
export const webLabel = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/** A date as YYYY-MM-DD (for datetime attributes and logs): the content rules' own function. */
export { isoDate } from '../content-engine/dates.mjs';

/** A date as readers expect it: "29 November 2026". */
export const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
