/**
 * The lesson components as the facilitator pack renders them: the four that carry session
 * material (and a branching scenario, as a map for the trainer) are swapped for versions that mark their output for LessonPack.astro to gather.
 */
import { mdxComponents } from '../mdx/index.ts';
import PackScenario from './PackScenario.astro';
import PackSafetyRule from './PackSafetyRule.astro';
import PackReflect from './PackReflect.astro';
import PackKnowledgeCheck from './PackKnowledgeCheck.astro';
import PackTrainerNote from './PackTrainerNote.astro';
import PackBranching from './PackBranching.astro';

export const packComponents = { ...mdxComponents, Scenario: PackScenario, Reflect: PackReflect, KnowledgeCheck: PackKnowledgeCheck, TrainerNote: PackTrainerNote, SafetyRule: PackSafetyRule, Branching: PackBranching };
