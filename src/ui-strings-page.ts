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
  /** Asked once, where a lesson first differs by nation, when the learner has not chosen one. */
  nationAsk: {
    legend: 'This lesson differs by nation. Where do you work?',
    hint: 'Your choice folds away the other nations’ notes (you can still open them). It is saved in this browser; change it any time in My learning.',
    all: 'Show all four',
    saved: (name: string) => `Saved: ${name}. You can change this in My learning.`,
  },
  lesson: {
    heading: 'Your progress',
    markComplete: 'Mark as complete',
    markIncomplete: 'Mark as not complete',
    completedOn: (date: string) => `You completed this lesson on ${date}.`,
    howItCompletes: 'The lesson counts as complete when you reach its end and have answered its questions, or when you mark it complete.',
    nowComplete: 'Lesson complete. Your progress is saved in this browser.',
    nowIncomplete: 'This lesson is no longer marked as complete.',
    score: (correct: number, answered: number, total: number) => `Your score: ${correct} correct out of ${total}${answered < total ? ` (${answered} answered so far)` : ''}.`,
    scoreRule: 'Your score counts your first answer to each question. Trying again still gives you feedback, but does not change it.',
    noAnswers: (total: number) => `Answer the ${total} questions above to see your score.`,
    retry: 'Clear my answers',
    retried: 'Your answers are cleared, so you can try the questions again. Your score stays as your first answers.',
    showAll: 'Show all the answers',
    hideAll: 'Hide all the answers',
  },
} as const;
