/**
 * Part of src/ui-strings.ts, which re-exports all of it: the wording of the script every page
 * loads (src/scripts/page.ts). It is a module of its own because the bundler puts a whole module
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
  setAside: {
    unreadable: 'The progress saved in this browser could not be read.',
    old: 'The progress saved in this browser came from an older version of this site.',
    foreign: 'Something other than your progress was saved where this site keeps it.',
    newer: 'The progress saved in this browser came from a newer version of this site.',
    partial: (problem: string) => `Part of the progress saved in this browser could not be read (${problem}).`,
  },
  setAsideTail: 'It has been set aside, not deleted, and your progress starts afresh. You can download or delete it on',
  partialTail: 'The rest of your progress is kept and in use. A copy of everything as it was has been set aside, not deleted: you can download or delete it on',
  heldTail: 'There is no room in this browser to set a copy aside, so it has been left exactly as it was. Nothing you do now will be saved until you download it or delete it on',
  notSaved: 'Not saved: this browser is not letting the site store your progress (it may be in private mode, or its storage may be full). It lasts only until you close this page. To keep it, save it to a file on My learning; to save in this browser, leave private mode or free some space.',
  notSavedHeld: 'Not saved: the progress already in this browser could not be read, so it is kept as it was and nothing new is saved. Download or delete it on My learning to carry on.',
  nationFolded: (label: string) => `${label}: not your chosen nation. Open to read.`,
  lesson: {
    heading: 'Your progress',
    markComplete: 'Mark as complete',
    markIncomplete: 'Mark as not complete',
    completedOn: (date: string) => `You completed this lesson on ${date}.`,
    howItCompletes: 'The lesson counts as complete when you reach its end and have answered its questions, or when you mark it complete.',
    nowComplete: 'Lesson complete. Your progress is saved in this browser.',
    nowIncomplete: 'This lesson is no longer marked as complete.',
    score: (correct: number, answered: number, total: number) => `Your score: ${correct} correct out of ${total}${answered < total ? ` (${answered} answered so far)` : ''}.`,
    noAnswers: (total: number) => `Answer the ${total} questions above to see your score.`,
    retry: 'Try the questions again',
    retried: 'Your answers are cleared. Try the questions again.',
  },
} as const;
