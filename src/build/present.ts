/**
 * The presenter view: a lesson rendered with the presenter components (src/components/present/),
 * which mark each heading, scenario, reflection, knowledge check, key points, safety rule and
 * trainer note. These pure functions turn those marks into slides, with the notes for each.
 */
import { extractItems } from './pack.ts';

export const PRESENT_KINDS = ['heading', 'scenario', 'reflect', 'check', 'keypoints', 'rule', 'trainer', 'branch'] as const;
export type PresentKind = (typeof PRESENT_KINDS)[number];

/** A slide made from one of the lesson's components. */
export interface ComponentSlide {
  kind: Exclude<PresentKind, 'heading' | 'trainer'>;
  /** The lesson heading (level 2) the component sits under, as HTML; absent before the first. */
  section?: string;
  /** What the room sees. */
  html: string;
  /** What only the trainer sees (model answers, prompts), as HTML; empty when there is none. */
  notes: string;
}

export interface LessonSlides {
  slides: ComponentSlide[];
  /** The lesson's <TrainerNote> contents, in order: notes for the whole session. */
  trainerNotes: string[];
}

const NOTES = /<sg-notes>([\s\S]*)<\/sg-notes>\s*$/;

/** The slides in a lesson's rendered HTML (rendered with presentComponents), in the lesson's order. */
export function lessonSlides(html: string, where: string): LessonSlides {
  const slides: ComponentSlide[] = [];
  const trainerNotes: string[] = [];
  let section: string | undefined;
  for (const item of extractItems(promoteRules(html), where, PRESENT_KINDS, 'presenter view')) {
    if (item.kind === 'heading') section = item.html;
    else if (item.kind === 'trainer') trainerNotes.push(item.html);
    else {
      const notes = NOTES.exec(item.html);
      slides.push({ kind: item.kind, ...(section !== undefined && { section }), html: notes ? item.html.slice(0, notes.index) : item.html, notes: notes?.[1] ?? '' });
    }
  }
  return { slides, trainerNotes };
}

const RULE_TOKEN = /<sg-pack-item data-kind="[a-z]+">|<\/sg-pack-item>|<sg-rule-slide><h2[^>]*>[\s\S]*?<\/h2>|<\/sg-rule-slide>/g;

/**
 * Safety rules (marked <sg-rule-slide> by PresentSafetyRule.astro) become slides of their own
 * where the lesson shows them between other content, and stay inside the slide, without the
 * slide heading, where they sit in a scenario, reflection or key points.
 */
export function promoteRules(html: string): string {
  let depth = 0;
  return html.replace(RULE_TOKEN, (token) => {
    if (token.startsWith('<sg-pack-item')) depth++;
    else if (token === '</sg-pack-item>') depth--;
    else if (depth > 0) return '';
    else return token === '</sg-rule-slide>' ? '</sg-pack-item>' : `<sg-pack-item data-kind="rule">${token.slice('<sg-rule-slide>'.length)}`;
    return token;
  });
}

const DISCUSSION = /<p>\s*<strong>Discussion\b/;

/**
 * A scenario's case and its discussion: authors end a scenario with a paragraph that starts
 * "**Discussion:**" or "**Discussion prompt:**" (content/AUTHORING.md). The discussion is that
 * paragraph and everything after it; a scenario without one is all case.
 */
export function splitDiscussion(html: string): { situation: string; discussion: string } {
  const at = html.search(DISCUSSION);
  return at < 0 ? { situation: html, discussion: '' } : { situation: html.slice(0, at), discussion: html.slice(at) };
}

/** A link from a branching scenario's slide to a step's slide, before the slides are numbered. */
export const branchLink = (anchor: string) => `#sg-branch:${anchor}`;

const BRANCH_STEP = /data-sg-branch-step="([^"]+)"/;
const BRANCH_LINK = /href="#sg-branch:([^"]+)"/g;

/**
 * Points each branching-scenario link (#sg-branch:<scenario>--<step>) at the slide of that step,
 * #slide-N, where slides[i] is slide `first + i`. Throws on a link to a step with no slide.
 */
export function linkBranchSlides(slides: ComponentSlide[], first: number, where: string): ComponentSlide[] {
  const numbers = new Map<string, number>();
  slides.forEach((slide, i) => {
    const step = BRANCH_STEP.exec(slide.html)?.[1];
    if (step) numbers.set(step, first + i);
  });
  return slides.map((slide) => ({
    ...slide,
    html: slide.html.replace(BRANCH_LINK, (_, anchor: string) => {
      const n = numbers.get(anchor);
      if (n === undefined) throw new Error(`${where}: the presenter view has no slide for the branching step "${anchor}".`);
      return `href="#slide-${n}"`;
    }),
  }));
}

/** Slides made for one page of a lesson, kept for its other page (see slidesOnce). */
const madeForOtherPage = new Map<string, Promise<LessonSlides>>();

/**
 * A lesson's slides for its presenter view and for its trainer's notes: both pages show the same
 * lesson rendered with presentComponents, so the build renders and splits it once. The first page
 * to ask makes the slides and keeps them; the second takes them, and they are let go. `key` names
 * the lesson's content (its id and its MDX), so an edited lesson under `astro dev` is made again.
 */
export function slidesOnce(key: string, make: () => Promise<LessonSlides>): Promise<LessonSlides> {
  const kept = madeForOtherPage.get(key);
  if (kept) {
    madeForOtherPage.delete(key);
    return kept;
  }
  const made = make();
  madeForOtherPage.set(key, made);
  return made;
}
