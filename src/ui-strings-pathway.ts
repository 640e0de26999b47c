/**
 * Part of src/ui-strings.ts, which re-exports it: the wording of walking a pathway (the pathway
 * page, its step pages and the home page's "Continue"). A module of its own so that only the pages
 * that walk a pathway download it (see ui-strings-page.ts for why).
 */

/** "1 hour 5 minutes", "25 minutes". */
function minutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return [h ? `${h} hour${h === 1 ? '' : 's'}` : '', m || !h ? `${m} minute${m === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
}

export const pathwayUi = {
  /** After the pathway's name in a lesson opened from it: "Volunteer induction, step 3 of 7". */
  position: (n: number, total: number) => `, step ${n} of ${total}`,
  navLabel: (pathway: string) => `${pathway}: previous and next steps`,
  previous: 'Previous step',
  next: 'Next step',
  toRecord: 'Finish: your record of learning',
  start: 'Start the pathway',
  continueTo: (title: string) => `Continue: ${title}`,
  startHint: 'Each lesson opened from here shows where you are in the pathway, and its Next link goes to the next step.',
  steps: (n: number) => `${n} step${n === 1 ? '' : 's'}`,
  progress: (done: number, total: number, left: number) => `${done} of ${total} required steps done${left ? `, about ${minutes(left)} left` : ''}.`,
  progressLabel: (done: number, total: number) => `${done} of ${total} required steps done`,
  complete: 'You have done every required step. Your record of learning is ready to print.',
  optionalLeft: (n: number) => `${n} optional step${n === 1 ? '' : 's'} still open.`,
  recordButton: 'Print your record of learning',
  /** Beside a completed step whose lesson has changed in a way that affects practice since. */
  updated: 'Updated since you completed it',
  lastStep: 'This is the last step of the pathway.',
  stepsHeading: 'The steps, in order',
  optional: 'optional',
  done: 'Done',
  minutes: (n: number) => `${n} minutes`,
  stepHeading: (n: number, total: number) => `Step ${n} of ${total}`,
  byNationLead: 'This step depends on where you work. Choose your nation:',
  byNationSaved: 'Your choice is saved in this browser; you can change it in My learning.',
  guideLead: 'Walk through the “Worried about a child?” guide for your nation, answering its questions as if you had a real concern, to see where each answer leads. Then come back here.',
  guideDone: 'I have walked through the guide',
  guideNotDone: 'Mark as not done',
  guideMarked: 'Step done. It is saved in this browser.',
  guideUnmarked: 'This step is no longer marked as done.',
  guideNoJs: 'Marking this step as done needs JavaScript; without it, tick it on your printed record.',
  home: {
    continueHeading: 'Continue where you left off',
    continueLink: (title: string) => `Continue: ${title}`,
    inPathway: (pathway: string, done: number, total: number) => `${pathway}: ${done} of ${total} required steps done.`,
    firstVisit: 'New here? Start by choosing your role below: each role has a pathway of lessons in order.',
  },
} as const;
