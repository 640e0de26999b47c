/**
 * The "Worried about a child?" guides as their YAML files describe them, and the walks that cover
 * them: one walk through every answer of every question, each ending at an outcome. Browser specs
 * read titles and expectations from here, so an organisation's edits to a guide never break a test.
 */
import { guides } from './curriculum.ts';

export interface GuideAnswer {
  label: string;
  next: string;
}
export interface GuideStep {
  id: string;
  question: string;
  answers: GuideAnswer[];
}
export interface GuideOutcome {
  id: string;
  title: string;
  urgency: string;
  contacts: string[];
  otherGuides?: string[];
  rules?: string[];
}
export interface Guide {
  nation: string;
  start: string;
  steps: GuideStep[];
  outcomes: GuideOutcome[];
}

/** One click on the way: the question shown, and the answer chosen. */
export interface WalkClick {
  step: GuideStep;
  answer: GuideAnswer;
}
/** A path from the first question to an outcome. */
export interface Walk {
  clicks: WalkClick[];
  outcome: GuideOutcome;
  /** Readable for test titles: the node ids on the way. */
  name: string;
}

/** Every guide in content/guides, by file: read once, by tests/support/curriculum.ts. */
export function loadGuides(): Guide[] {
  return guides();
}

/** Shortest answer path from `from` to a node accepted by `isEnd`; undefined when there is none. */
function shortestPath(guide: Guide, from: string, isEnd: (id: string) => boolean): WalkClick[] | undefined {
  const steps = new Map(guide.steps.map((s) => [s.id, s]));
  const queue: { id: string; path: WalkClick[] }[] = [{ id: from, path: [] }];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const { id, path } = queue.shift()!;
    if (isEnd(id)) return path;
    const step = steps.get(id);
    for (const answer of step?.answers ?? []) {
      if (seen.has(answer.next)) continue;
      seen.add(answer.next);
      queue.push({ id: answer.next, path: [...path, { step: step!, answer }] });
    }
  }
  return undefined;
}

/**
 * Walks that between them choose every answer of every question at least once: the shortest way
 * to the question, the answer, then the shortest way on to an outcome.
 */
export function walksCoveringEveryAnswer(guide: Guide): Walk[] {
  const outcomes = new Map(guide.outcomes.map((o) => [o.id, o]));
  const walks = new Map<string, Walk>();
  for (const step of guide.steps) {
    const toStep = shortestPath(guide, guide.start, (id) => id === step.id);
    if (!toStep) throw new Error(`guide ${guide.nation}: step "${step.id}" cannot be reached from "${guide.start}".`);
    for (const answer of step.answers) {
      const onward = shortestPath(guide, answer.next, (id) => outcomes.has(id));
      if (!onward) throw new Error(`guide ${guide.nation}: "${answer.next}" leads to no outcome.`);
      const clicks = [...toStep, { step, answer }, ...onward];
      const last = clicks.at(-1)!.answer.next;
      const name = [guide.start, ...clicks.map((c) => c.answer.next)].join(' > ');
      walks.set(name, { clicks, outcome: outcomes.get(last)!, name });
    }
  }
  return [...walks.values()];
}
