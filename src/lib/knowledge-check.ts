/** Checks and names for <KnowledgeCheck>, shared by the lesson and the facilitator pack. */

export interface KnowledgeCheckOption {
  /** The option as the learner reads it. */
  text: string;
  /** Why this option is right or wrong. */
  feedback: string;
  /** Exactly one option is correct. */
  correct?: boolean;
}

/** The props of <KnowledgeCheck>, in lessons and in the facilitator pack. */
export interface KnowledgeCheckProps {
  question: string;
  options: KnowledgeCheckOption[];
}

/** Throws, naming the question, if the options break the authoring rules; returns the correct index. */
export function checkOptions(question: string, options: unknown): number {
  const where = `<KnowledgeCheck question="${question.slice(0, 60)}">`;
  if (!Array.isArray(options) || options.length < 2) throw new Error(`${where}: give at least 2 options.`);
  const list = options as KnowledgeCheckOption[];
  const correctCount = list.filter((o) => o.correct).length;
  if (correctCount !== 1) throw new Error(`${where}: exactly one option needs "correct: true" (found ${correctCount}).`);
  list.forEach((o, i) => {
    if (!o.text || !o.feedback) throw new Error(`${where}: option ${i + 1} needs both "text" and "feedback".`);
  });
  return list.findIndex((o) => o.correct);
}

/** A stable id for a question, from its wording: names its radio group and keys its stored answer. */
export function checkId(question: string): string {
  let hash = 0;
  for (const ch of question) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `kc-${hash.toString(36)}`;
}

/** "A", "B", "C" for options 0, 1, 2. */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);
