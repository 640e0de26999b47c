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

/**
 * The items marked `<sg-pack-item data-kind="…">` in rendered HTML, in order: the facilitator pack
 * and the presenter view (src/build/present.ts) both gather a lesson's components this way.
 * Throws on a kind not in `kinds` or a nested item; `what` names the page in the message.
 */
export function extractItems<K extends string>(html: string, where: string, kinds: readonly K[], what: string): { kind: K; html: string }[] {
  const items: { kind: K; html: string }[] = [];
  for (const [, kind, inner] of html.matchAll(ITEM)) {
    if (!kinds.includes(kind as K)) throw new Error(`${where}: ${what} item of unknown kind "${kind}". Use one of: ${kinds.join(', ')}.`);
    if (inner!.includes('<sg-pack-item')) throw new Error(`${where}: a ${kind} contains another scenario, reflection, knowledge check, key points, safety rule or trainer note. Move the inner one out.`);
    items.push({ kind: kind as K, html: inner! });
  }
  return items;
}

/** The pack items in a lesson's rendered HTML, in order. Throws on an unknown kind or a nested item. */
export function extractPackItems(html: string, where: string): PackItem[] {
  return extractItems(html, where, PACK_KINDS, 'facilitator pack');
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
