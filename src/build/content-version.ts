import { getSite } from './content.ts';
import { versionOf } from '../shared/changes.ts';

/**
 * The content version every page shows, as a date-based version such as "2026.12.01": the day of
 * the newest entry in any lesson's change log (content/AUTHORING.md, "The change log"). It comes
 * from the content, not the build clock, so two builds of the same content are the same, and it
 * moves only when the content does.
 */
const site = await getSite();

/** The day of the newest change, "YYYY-MM-DD", for a <time datetime>. */
export const contentDate: string = site.contentDate;
/** The version as shown: "2026.12.01". */
export const contentVersion: string = versionOf(contentDate);
