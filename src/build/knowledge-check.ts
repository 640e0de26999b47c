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
  // A backstop: the build's component check (src/content-engine/rules.mjs) reports these first,
  // with the file and line. `correct` counts only as the boolean true, never as text ("false").
  list.forEach((o, i) => {
    if (o.correct !== undefined && typeof o.correct !== 'boolean') throw new Error(`${where}: option ${i + 1} has correct: ${JSON.stringify(o.correct)}; write true or false without quotes.`);
    if (!o.text || !o.feedback) throw new Error(`${where}: option ${i + 1} needs both "text" and "feedback".`);
  });
  const correctCount = list.filter((o) => o.correct === true).length;
  if (correctCount !== 1) throw new Error(`${where}: exactly one option needs "correct: true" (found ${correctCount}).`);
  return list.findIndex((o) => o.correct === true);
}

/** A stable id for a question, from its wording: names its radio group and keys its stored answer. */
export function checkId(question: string): string {
  let hash = 0;
  for (const ch of question) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `kc-${hash.toString(36)}`;
}

/** "A", "B", "C" for options 0, 1, 2. */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);
