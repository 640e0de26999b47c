/**
 * The lesson components as the presenter view renders them (src/pages/modules/[module]/[lesson]/present/):
 * each one that makes a slide, each level-2 heading and each trainer note is marked
 * <sg-pack-item data-kind="…"> for Presentation.astro to gather, as the facilitator pack does
 * (src/build/pack.ts); the prose between them is dropped, since learners read it on screen.
 */
import { mdxComponents } from '../mdx/index.ts';
import PresentHeading from './PresentHeading.astro';
import PresentScenario from './PresentScenario.astro';
import PresentReflect from './PresentReflect.astro';
import PresentKnowledgeCheck from './PresentKnowledgeCheck.astro';
import PresentKeyPoints from './PresentKeyPoints.astro';
import PresentSafetyRule from './PresentSafetyRule.astro';
import PresentTrainerNote from './PresentTrainerNote.astro';
import PresentBranching from './PresentBranching.astro';

export const presentComponents = {
  ...mdxComponents,
  h2: PresentHeading,
  Scenario: PresentScenario,
  Reflect: PresentReflect,
  KnowledgeCheck: PresentKnowledgeCheck,
  KeyPoints: PresentKeyPoints,
  SafetyRule: PresentSafetyRule,
  TrainerNote: PresentTrainerNote,
  Branching: PresentBranching,
};
