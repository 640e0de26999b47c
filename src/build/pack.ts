/**
 * The facilitator pack: a module's lessons rendered with pack components (src/components/pack/)
 * that wrap each scenario, reflection, knowledge check and trainer note in <sg-pack-item>. These
 * pure functions pick those items out of the rendered HTML and time the session.
 */

export const PACK_KINDS = ['scenario', 'reflect', 'check', 'trainer'] as const;
export type PackKind = (typeof PACK_KINDS)[number];

export interface PackItem {
  kind: PackKind;
  /** The item's inner HTML, as rendered. */
  html: string;
}

const ITEM = /<sg-pack-item data-kind="([a-z]+)">([\s\S]*?)<\/sg-pack-item>/g;

/** The pack items in a lesson's rendered HTML, in order. Throws on an unknown kind or a nested item. */
export function extractPackItems(html: string, where: string): PackItem[] {
  const items: PackItem[] = [];
  for (const [, kind, inner] of html.matchAll(ITEM)) {
    if (!PACK_KINDS.includes(kind as PackKind)) throw new Error(`${where}: facilitator pack item of unknown kind "${kind}". Use one of: ${PACK_KINDS.join(', ')}.`);
    if (inner!.includes('<sg-pack-item')) throw new Error(`${where}: a ${kind} contains another scenario, reflection, knowledge check or trainer note. Move the inner one out.`);
    items.push({ kind: kind as PackKind, html: inner! });
  }
  return items;
}

export interface PlanSlot {
  /** Minutes from the start of the session. */
  start: number;
  end: number;
}

/** Back-to-back slots for lessons of the given durations. */
export function sessionPlan(durations: readonly number[]): PlanSlot[] {
  let start = 0;
  return durations.map((minutes) => {
    const slot = { start, end: start + minutes };
    start = slot.end;
    return slot;
  });
}

/** Minutes as a running clock: 0 → "0:00", 85 → "1:25". */
export const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
