import { isoDate } from './format.ts';

/**
 * The content version every page shows: the build date (YYYY-MM-DD). Worked out once per build,
 * so every page of one build carries the same date, even a build that runs past midnight.
 */
export const contentVersion: string = isoDate(new Date());
