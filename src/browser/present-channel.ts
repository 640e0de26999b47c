/** What the presenter view and its notes window say to each other (src/browser/present.ts, present-notes.ts). */
export const PRESENT_CHANNEL = 'sg-present';

export interface PresentMessage {
  /** The lesson id, so two presentations open at once do not steer each other. */
  lesson: string;
  /** From the slides: the slide now showing (1-based). */
  slide?: number;
  /** From the notes: go to this slide. */
  go?: number;
  /** From the notes: which slide is showing? */
  ask?: true;
}

/** The slide number in "#slide-N", if it is one of 1…total. */
export function slideFromHash(hash: string, total: number): number | undefined {
  const n = Number(/^#slide-(\d+)$/.exec(hash)?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= total ? n : undefined;
}
