/**
 * Part of src/ui-strings.ts, which re-exports all of it: the wording of the script every page
 * loads (src/browser/page.ts). It is a module of its own because the bundler puts a whole module
 * in one chunk: kept in ui-strings.ts, every page would download the My learning and record
 * wording too. Browser scripts on every page import from here; everything else from ui-strings.ts.
 */

/** Knowledge checks. */
export const checkUi = {
  heading: 'Question',
  showAnswer: 'Show the answer and feedback',
  answerIs: 'The answer is:',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  choose: 'Choose an answer to get feedback.',
} as const;

/** The set-aside notice, a folded nation note and the end of a lesson. */
export const pageUi = {
  myLearning: 'My learning',
  nationFolded: (label: string) => `${label}: not your chosen nation. Open to read.`,
  lesson: {
    completedOn: (date: string) => `You completed this lesson on ${date}.`,
    readAgainOn: (completed: string, readAgain: string) => `You completed this lesson on ${completed} and read it again on ${readAgain}.`,
    score: (correct: number, answered: number, total: number) => `Your score: ${correct} correct out of ${total}${answered < total ? ` (${answered} answered so far)` : ''}.`,
    noAnswers: (total: number) => `Answer the ${total} questions above to see your score.`,
  },
} as const;
