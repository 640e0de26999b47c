/**
 * The change log, as pure functions: the content version, the "What changed" groups, and the
 * date a learner's completion is compared with. The build gives them each lesson's `changes`
 * (content/AUTHORING.md, "The change log"); unit tests pin them.
 */

/** One entry of a lesson's change log, with the lesson it belongs to. */
export interface Change {
  /** The lesson id, "NN-module/NN-lesson". */
  lesson: string;
  /** The day of the change, "YYYY-MM-DD". */
  date: string;
  summary: string;
  /** A learner who completed the lesson before this should look at it again. */
  significant: boolean;
  /** Its anchor on the "What changed" page (and the end of its feed entry's id): unique and permanent. */
  anchor: string;
}

/**
 * Each change's anchor (an HTML id starts with a letter): "change-02-recognising-grooming--03-sexual-extortion--2026-12-01", with "-2",
 * "-3" for a second or third entry of one lesson on one day. `changes` are one lesson's, oldest
 * first as they were made, so an anchor never moves when a later entry is added.
 */
export function anchorsOf(lesson: string, dates: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return `change-${lesson.replace('/', '--')}--${date}${n > 1 ? `-${n}` : ''}`;
  });
}

/** "2026-12-01" → "2026.12.01": the content version a date names. */
export const versionOf = (date: string): string => date.replaceAll('-', '.');

/**
 * The content version: the date of the newest change in any lesson, so two builds of the same
 * content carry the same version, whenever they run. Undefined when no lesson has a change log.
 */
export function newestChange(changes: readonly Pick<Change, 'date'>[]): string | undefined {
  return changes.reduce<string | undefined>((newest, c) => (newest === undefined || c.date > newest ? c.date : newest), undefined);
}

/** The day of the newest significant change, or undefined: what a completion is compared with. */
export const lastSignificantChange = (changes: readonly Pick<Change, 'date' | 'significant'>[]): string | undefined => newestChange(changes.filter((c) => c.significant));

/** One version of the "What changed" page: its date, and its changes by module in curriculum order. */
export interface ChangeVersion {
  date: string;
  version: string;
  modules: { module: string; changes: Change[] }[];
}

/**
 * Changes newest first, grouped by version (day) and then by module. `order` gives each lesson's
 * place in the curriculum, so modules and lessons within a version follow the course.
 */
export function groupChanges(changes: readonly Change[], order: (lesson: string) => number, onlySignificant = false): ChangeVersion[] {
  const chosen = changes.filter((c) => !onlySignificant || c.significant);
  const sorted = [...chosen].sort((a, b) => b.date.localeCompare(a.date) || order(a.lesson) - order(b.lesson));
  const versions: ChangeVersion[] = [];
  for (const change of sorted) {
    let version = versions.at(-1);
    if (version?.date !== change.date) {
      version = { date: change.date, version: versionOf(change.date), modules: [] };
      versions.push(version);
    }
    const moduleId = change.lesson.split('/')[0]!;
    let group = version.modules.at(-1);
    if (group?.module !== moduleId) {
      group = { module: moduleId, changes: [] };
      version.modules.push(group);
    }
    group.changes.push(change);
  }
  return versions;
}
