/** Ordering of modules and lessons, and derived times: pure functions over ids and durations. */

/** The two-digit number at the start of a folder or file name ("03-live-streaming" → 3). */
export function orderNumber(name: string): number {
  const match = /^(\d{2})-/.exec(name);
  if (!match) throw new Error(`"${name}" must start with a two-digit number and a hyphen, for example "01-${name}".`);
  return Number(match[1]);
}

/** Sorts lessons by module number, then by lesson number; ids look like "NN-module/NN-lesson". */
export function getLessonsInOrder<T extends { id: string }>(lessons: readonly T[]): T[] {
  const key = (id: string) => id.split('/').map(orderNumber) as [number, number];
  return [...lessons].sort((a, b) => {
    const [am, al] = key(a.id);
    const [bm, bl] = key(b.id);
    return am - bm || al - bl || a.id.localeCompare(b.id);
  });
}

/** "1 hour 25 minutes", "45 minutes", "2 hours". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes || !hours) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  return parts.join(' ');
}
