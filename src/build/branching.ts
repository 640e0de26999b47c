/**
 * Branching scenarios as pages and slides need them: the steps in reading order with their
 * numbers and anchors. The rules of the format are in src/content-engine/branching.mjs.
 */
import type { z } from 'astro/zod';
import type { scenarioSchema } from '../content-engine/schemas.mjs';
import { stepsInOrder } from '../content-engine/branching.mjs';

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = Scenario['steps'][number];

/** The anchor of a step on the lesson page: #<scenario>--<step>. */
export const stepAnchor = (scenarioId: string, stepId: string) => `${scenarioId}--${stepId}`;

export interface NumberedStep {
  step: ScenarioStep;
  /** 1 for the start; breadth-first from there. */
  number: number;
  anchor: string;
  kind: 'decision' | 'outcome';
}

/** The steps in reading order (breadth-first from the start), numbered, with anchors. */
export function numberedSteps(scenario: Scenario): { steps: NumberedStep[]; numberOf: (stepId: string) => number } {
  const steps = (stepsInOrder(scenario) as ScenarioStep[]).map((step, i) => ({ step, number: i + 1, anchor: stepAnchor(scenario.id, step.id), kind: step.outcome ? ('outcome' as const) : ('decision' as const) }));
  const numbers = new Map(steps.map((s) => [s.step.id, s.number]));
  return { steps, numberOf: (stepId) => numbers.get(stepId) ?? 0 };
}
