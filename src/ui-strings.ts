/** All interface wording in one place, so it is reviewed (and one day translated) together. */

import { checkUi, pageUi } from './ui-strings-page.ts';
import { pathwayUi } from './ui-strings-pathway.ts';

// The wording the script on every page uses lives in ui-strings-page.ts (see there why), and the
// wording of walking a pathway in ui-strings-pathway.ts.
export { checkUi, pageUi, pathwayUi };

/** The button that clears "Updated since you completed it": named once, as every string that mentions it. */
const READ_AGAIN = 'I have read it again';

/**
 * What the progress store tells the learner on any page: rendered into every page, hidden, by
 * src/components/ProgressWords.astro, and read from there by src/browser/learner.ts, so that the
 * script every page loads carries none of it. Keys are the data-sg-word names.
 */
export const storeUi = {
  unreadable: 'The progress saved in this browser could not be read.',
  old: 'The progress saved in this browser came from an older version of this site.',
  foreign: 'Something other than your progress was saved where this site keeps it.',
  newer: 'The progress saved in this browser was made by a later version of this site.',
  partial: 'Part of the progress saved in this browser could not be read:',
  setAsideTail: 'It has been set aside, not deleted, and your progress starts afresh. You can download or delete it on',
  partialTail: 'The rest of your progress is kept and in use. A copy of everything as it was has been set aside, not deleted: you can download or delete it on',
  heldTail: 'There is no room in this browser to set a copy aside, so it has been left exactly as it was. Nothing you do now will be saved until you download it or delete it on',
  notSaved: 'Not saved: this browser is not letting the site store your progress (it may be in private mode, or its storage may be full). It lasts only until you close this page. To keep it, save it to a file on My learning; to save in this browser, leave private mode or free some space.',
  notSavedHeld: 'Not saved: the progress already in this browser could not be read, so it is kept as it was and nothing new is saved. Download or delete it on My learning to carry on.',
} as const;

/**
 * Wording the page itself carries (src/components/LessonProgress.astro, lesson/NationAsk.astro), so
 * the script every page loads does not (it is not in src/ui-strings-page.ts); learnerUi has it too.
 */
export const pageHtmlUi = {
  /** Asked once, where a lesson first differs by nation, when the learner has not chosen one. */
  nationAsk: {
    legend: 'This lesson differs by nation. Where do you work?',
    hint: 'Your choice folds away the other nations’ notes (you can still open them).',
    /** Shown only where the browser lets the site store the choice. */
    hintSaved: 'It is saved in this browser; change it any time in My learning.',
    all: 'Show all four',
    saved: (name: string) => `Saved: ${name}. You can change this in My learning.`,
  },
  lesson: {
    heading: 'Your progress',
    scoreRule: 'Your score counts your first answer to each question. Trying again still gives you feedback, but does not change it.',
    retry: 'Clear my answers',
    /** Handed to the script in <sg-lesson-progress data-words>. */
    words: {
      markComplete: 'Mark as complete',
      markIncomplete: 'Mark as not complete',
      howItCompletes: 'The lesson counts as complete when you reach its end and have answered its questions, or when you mark it complete.',
      nowComplete: 'Lesson complete. Your progress is saved in this browser.',
      nowIncomplete: 'This lesson is no longer marked as complete.',
      /** For a lesson completed before a change that affects practice (its change log). */
      readAgain: `It has changed since then in a way that affects practice. Read it again, then select “${READ_AGAIN}”.`,
      readAgainButton: READ_AGAIN,
      nowReadAgain: 'Marked as read again. The lesson no longer shows as updated; your record of learning keeps the date you first completed it.',
      retried: 'Your answers are cleared, so you can try the questions again. Your score stays as your first answers.',
      showAll: 'Show all the answers',
      hideAll: 'Hide all the answers',
    },
  },
} as const;

/** Progress, nation, trainer view, the My learning page and the record of learning. */
export const learnerUi = {
  ...pageUi,
  nationAsk: pageHtmlUi.nationAsk,
  lesson: { ...pageUi.lesson, ...pageHtmlUi.lesson, ...pageHtmlUi.lesson.words },
  noStorage: 'Not saved: this browser is not letting the site store your progress (it may be in private mode, or its storage may be full), so your progress lasts only until you close the page. To keep it, save it to a file below; to save in this browser, leave private mode or free some space.',
  completed: 'Completed',
  progress: (done: number, total: number) => `${done} of ${total} lessons completed`,
  next: 'Next:',
  allDone: 'You have completed every lesson here.',
  nation: {
    legend: 'Where do you work?',
    hint: 'Notes about other nations fold away in lessons (you can still open them), the “Worried about a child?” link opens your nation’s guide, and your nation’s contacts come first.',
    all: 'All four nations',
    saved: (name: string) => `Saved: ${name}.`,
    contactsFirst: (name: string) => `Contacts for ${name} come first in each group.`,
    change: 'Change your nation',
  },
  trainer: {
    label: 'Trainer view: show trainer notes in lessons',
    hint: 'Trainer notes hold timings, discussion prompts and model answers for running a lesson with a group. They are hidden from learners unless this is on.',
    on: 'Trainer view is on: trainer notes are shown in lessons.',
    off: 'Trainer view is off: trainer notes are hidden.',
    notes: 'Trainer notes',
  },
  data: {
    exportButton: 'Save my progress to a file',
    exported: 'Your progress file has been made. Keep it somewhere safe: it holds your name and answers.',
    importLabel: 'Progress file',
    merge: 'Add it to the progress in this browser',
    replace: 'Replace the progress in this browser with it',
    importButton: 'Load progress from the file',
    noFile: 'Choose a progress file first.',
    imported: (done: number) => `Progress loaded: ${done} completed lesson${done === 1 ? '' : 's'} in this browser now.`,
    replaceConfirm: (file: string) => `Replace the progress in this browser with ${file}? Your current progress will not be deleted: it is set aside under “Data set aside” below, where you can restore it.`,
    replaceYes: 'Yes, replace my progress',
    replaceNo: 'Keep my progress',
    replaceCancelled: 'Nothing was changed.',
    replaced: (done: number) => `Progress replaced: ${done} completed lesson${done === 1 ? '' : 's'} in this browser now. Your previous progress is under “Data set aside”.`,
    clearButton: 'Clear my progress',
    clearConfirm: 'This removes every completed lesson, answer, your name, your reflections and your choices from this browser. It cannot be undone unless you saved a file first.',
    clearYes: 'Yes, clear my progress',
    clearNo: 'Keep my progress',
    cleared: 'Your progress has been cleared from this browser.',
    setAsideNone: 'Nothing has been set aside.',
    setAsideItem: (when: string) => `Set aside on ${when}`,
    setAsideReplaced: (when: string) => `Your progress as it was before it was replaced on ${when}`,
    held: 'Progress that could not be read. There was no room to set a copy aside, so it is kept where it was, and nothing new is saved until you download it or delete it.',
    setAsideDownload: 'Download it',
    setAsideDelete: 'Delete it',
    setAsideRestore: 'Restore it',
    setAsideDeleted: 'The set-aside data has been deleted.',
    heldDeleted: 'The progress that could not be read has been deleted. Your progress is saved in this browser again.',
    restored: (done: number) => `Progress restored: ${done} completed lesson${done === 1 ? '' : 's'} in this browser now. The progress it replaced is set aside below.`,
    notDone: 'Nothing was changed: this browser is not letting the site store your progress (it may be in private mode, or its storage may be full). Free some space or leave private mode, then try again.',
  },
  record: {
    notCompleted: 'Not completed',
    noneCompleted: 'No lessons in this pathway are marked complete in this browser yet.',
    score: (correct: number, total: number) => `${correct} of ${total} correct`,
    noScore: 'Not answered',
    totals: (done: string, all: string) => `${done} completed, of ${all}`,
    saved: 'Saved in this browser.',
  },
} as const;

/** The record of learning. */
export const recordUi = {
  title: 'Record of learning',
  description: (pathway: string) => `A printable, self-declared record of the lessons completed in the ${pathway} pathway.`,
  pathwayLink: 'When you have finished, print your',
  linkText: 'record of learning',
  selfDeclaredTitle: 'This is a self-declared record.',
  selfDeclared: 'The learner completed these lessons on a free, open training site and recorded them on their own device. It is not a certificate or a qualification; a supervisor’s signature confirms only that they have discussed the learning with the learner.',
  checked: 'What the site checked: that each lesson was marked complete in this browser, and the first answer the learner gave to each knowledge-check question (the score). What no one checked: the learner’s identity, how closely they read, or who answered.',
  name: 'Learner’s name',
  nameHint: 'Kept only in this browser.',
  pathway: 'Pathway',
  version: 'Content version',
  date: 'Date of this record',
  refreshDue: 'Refresh due',
  refreshAfter: (months: number) => `${months} months after completion`,
  lessons: 'Lessons',
  lessonsCaption: (pathway: string) => `Steps of the ${pathway} pathway, with the date each was completed and the first-attempt knowledge-check score`,
  lesson: 'Lesson and outcomes',
  time: 'Time',
  completed: 'Date completed',
  checks: 'Checks, first attempt',
  optional: 'optional',
  circleOne: 'the learner’s nation',
  noQuestions: 'No questions',
  totalTime: 'Total time',
  totalWithOptional: (required: string, all: string) => `${required}, or ${all} with the optional steps`,
  outcomesNote: 'Under each lesson: what the learner can do after it. “Checks, first attempt” counts the first answer to each question; later tries are not counted.',
  reflection: 'Reflection',
  reflectionPrompt: 'What will you do differently in your work after these lessons? Who will you tell if you are worried about a child?',
  signOff: 'Sign-off',
  learner: 'Learner',
  learnerStatement: 'I completed the lessons recorded here.',
  supervisor: 'Supervisor or safeguarding lead',
  supervisorLead: 'I have discussed this learning with the learner.',
  signFields: ['Name', 'Role', 'Signature', 'Date'],
  print: 'Print this record',
  printHint: 'To keep a copy, print this page and choose “Save as PDF” as the printer. It prints on A4 without the site’s menus.',
} as const;

/** The facilitator pack. */
export const packUi = {
  title: (module: string) => `Facilitator pack: ${module}`,
  print: 'Print this pack',
  description: (module: string) => `For trainers running ${module} with a group: session plan, outcomes, scenarios, discussion questions, answers and trainer notes.`,
  moduleLink: 'Running this module with a group? Read the',
  lead: 'For a trainer running this module with a group. Show each lesson on a shared screen; this pack gathers its timings, scenarios, discussion questions, knowledge-check answers and trainer notes in one printable document.',
  contentNote: 'Tell the group before you start, say they can step out at any time, and know who they can talk to afterwards.',
  outcomes: 'Module outcomes',
  plan: 'Session plan',
  planLead: 'The lessons back to back. Add a break of 10 minutes after about 90 minutes, and time at the end for questions and your organisation’s own procedures.',
  planTime: 'Time',
  planLesson: 'Lesson',
  planMinutes: 'Minutes',
  planTotal: 'Total minutes',
  lessonHeading: (n: number, title: string) => `Lesson ${n}: ${title}`,
  openLesson: 'Open the lesson',
  scenarios: 'Scenarios',
  discussion: 'Discussion questions',
  checks: 'Knowledge checks and answers',
  notes: 'Trainer notes',
} as const;

/** Branching scenarios (<Branching id>, src/components/mdx/Branching.astro) and their slides. */
export const branchingUi = {
  kind: 'Practice scenario',
  /** Shown without JavaScript (and on paper) above the steps. */
  howStatic: 'Read the situation, pick what you would do, and follow the link to see what happens. Every step is below, in order.',
  /** A step's number; the stepper counts the steps taken from `step('{n}')`. */
  step: (n: number | string) => `Step ${n}.`,
  goTo: (n: number) => `step ${n}`,
  outcome: { good: 'Good practice', mixed: 'Partly right', risky: 'Risky' },
  /** Icons beside the outcome words; the words carry the meaning, never the colour or the icon alone. */
  icon: { good: '✓', mixed: '◐', risky: '⚠' },
  startAgain: 'Start again',
  back: 'Back',
  yourPath: 'Your path',
  /** On paper, under the first step: the rest is not printed. */
  printNote: (steps: number) => `This printout shows the first step only. Work through all ${steps} steps, and see what happens after each choice, on this lesson's page on the site.`,
  /** Presenter view. */
  slideKind: (title: string) => `Practice scenario: ${title}`,
  vote: 'Vote: which would you do?',
  leadsTo: 'leads to',
  /** In the facilitator pack, above the map of decisions. */
  packLead: 'A branching scenario: the group chooses at each step. Run it on the lesson page or in the presenter view. The decisions, and where each choice leads:',
} as const;

/** The presenter view (src/pages/modules/[module]/[lesson]/present/) and its notes window. */
export const presentUi = {
  title: (lesson: string) => `Presenter view: ${lesson}`,
  description: (lesson: string) => `Slides for a trainer presenting “${lesson}” to a group, made from the lesson itself.`,
  notesTitle: (lesson: string) => `Presenter notes: ${lesson}`,
  notesDescription: (lesson: string) => `Trainer notes and model answers for each slide of “${lesson}”, to keep on the trainer’s screen.`,
  link: 'Present this lesson',
  linkHint: 'Full-screen slides for a group, with a notes window for you.',
  position: (module: number, lesson: number, moduleTitle: string) => `Module ${module}, lesson ${lesson}: ${moduleTitle}`,
  minutes: (n: number) => `About ${n} minutes`,
  slideLabel: (n: number, total: number) => `Slide ${n} of ${total}`,
  scenario: 'Scenario',
  discuss: 'Discuss',
  check: 'Knowledge check',
  keyPoints: 'Key points',
  rule: 'If this happens',
  showDiscussion: 'Show the discussion',
  timerMinutes: [2, 5, 10] as const,
  startTimer: (minutes: number) => `${minutes}-minute timer`,
  timerNote: 'Start a timer with T (2 minutes) or its buttons. Ask for two or three answers before you move on.',
  noNotes: 'No notes for this slide.',
  lessonNotes: 'Trainer notes for the whole lesson',
  contentNoteNote: 'Read the content note aloud, say people can step out at any time, and say who they can talk to afterwards.',
  nextSlide: 'Next slide',
  keysHeading: 'Keys',
  keys: 'Next: → Page Down or Space. Previous: ← or Page Up. First and last: Home, End. A: reveal the answer. T: start or pause a timer. N: notes window. F: full screen.',
  notesLead: 'With JavaScript on, this window follows the slides: it shows the notes for the slide on the projector. Its arrow keys move the slides too.',
  previous: 'Previous',
  next: 'Next',
  notes: 'Notes',
  fullScreen: 'Full screen',
  controls: 'Slide controls',
  timeUp: 'Time is up.',
  openSlides: 'Back to the slides',
} as const;

/** The "What changed" pages (/changes/, /changes/significant/), the feed, and the "updated since you completed it" notices. */
export const changesUi = {
  title: 'What changed',
  description: 'Every change to the lessons, newest first, by content version and module, with the changes that affect practice marked.',
  lead: 'Guidance, law and figures change. This page lists every change of substance to the lessons, newest first, so trainers know what to re-teach and learners whether what they completed is still current. The current content version is',
  significantMeans: `A change marked “Changes practice” alters what a learner should do. If you completed that lesson before the change, read it again: the lesson, its pathway and My learning say “Updated since you completed it” until you select “${READ_AGAIN}” at the end of the lesson.`,
  viewsLabel: 'Which changes',
  all: 'All changes',
  significantOnly: 'Only changes to practice',
  feed: 'Atom feed',
  feedTitle: 'What changed (Atom feed)',
  significantTitle: 'What changed in practice',
  significantDescription: 'The changes to the lessons that alter what a learner should do, newest first.',
  version: (version: string) => `Version ${version}`,
  significantTag: 'Changes practice',
  none: 'No changes have been logged yet.',
  noneSignificant: 'No change so far has altered practice.',
  /** The notice on a lesson, a pathway step and My learning. */
  updated: 'Updated since you completed it',
  /** On My learning, above the list of completed lessons that have changed since. */
  updatedLead: `You completed these lessons before a change that affects practice. Read each one again, then select “${READ_AGAIN}” at the end of the lesson.`,
  seeWhat: 'See what changed',
  /** After the notice on a lesson: how to clear it. */
  readAgainHint: `When you have read the lesson again, select “${READ_AGAIN}” in “Your progress” at the end.`,
  /** The lesson's own change log, folded under its sources. */
  lessonLog: 'What changed in this lesson',
  allLessons: 'What changed in every lesson',
} as const;

/** The trainers' printable handouts (/handouts/). */
export const handoutsUi = {
  title: 'Trainers’ handouts',
  description: 'Printable A4 handouts for trainers: a “Worried about a child?” flowchart for each UK nation, a model record-of-concern form and a local numbers sheet.',
  lead: 'Each handout prints on one A4 page and is built from the same content as this site, so it never says something different. Print them before a session.',
  /** Then a link to /offline/ (offlineCopyUi.title). */
  offline: 'A handout you have opened once is kept in this browser and opens without internet. To keep them all, save the whole site:',
  link: 'Printable handouts for this session: the “Worried about a child?” flowcharts, a model record-of-concern form and a local numbers sheet.',
  linkText: 'Trainers’ handouts',
  /** On the contacts page: "Running a training session? Print the [local numbers sheet] or any of the [trainers’ handouts]." */
  contactsLink: { lead: 'Running a training session? Print the', sheet: 'local numbers sheet', or: 'or any of the', all: 'trainers’ handouts' },
  print: 'Print this handout',
  flowchartTitle: (nation: string) => `Worried about a child in ${nation}? A flowchart`,
  flowchartSummary: (nation: string) => `The questions and actions of the ${nation} guide on one page, with who to call.`,
  recordTitle: 'Record of concern: a model form',
  recordSummary: 'The fields a good record holds, as module 06 teaches them, with space to write.',
  numbersTitle: 'Local numbers',
  numbersSummary: 'The safeguarding lead, children’s services, the LADO or equivalent and the police: fill it in before a session.',
  lead999: 'If a child is in immediate danger, call',
  lead999Tail: 'now. Do not wait to finish this page.',
  questions: 'Questions',
  actions: 'What to do',
  goTo: 'go to',
  contactsHeading: 'Numbers and websites',
  /** Before an outcome's contacts, given as their numbers in the list of numbers and websites. */
  contactKeys: 'Contacts, by number below:',
  rulesHeading: 'Rules that always apply',
  localHeading: 'Your local numbers',
  localBlank: 'Fill these in from your organisation’s safeguarding policy and your council’s website.',
  localOtherNation: (organisation: string, nation: string) => `${organisation}’s own numbers are on the flowchart for ${nation}. Fill in local numbers here for this nation.`,
  leadRole: 'Designated safeguarding lead',
  deputy: 'Deputy safeguarding lead',
  /** On a flowchart, after its first safeguarding people; then a link to the local numbers sheet. */
  moreLeads: (n: number) => `${n} more safeguarding ${n === 1 ? 'contact' : 'contacts'}: see the`,
  other: 'Other (for example early help, a health or youth service)',
  columns: { role: 'Role', name: 'Name or service', phone: 'Phone', other: 'Email, website, hours' },
  checked: 'Checked by and on (date)',
  organisation: 'Organisation',
  fullGuide: 'The full guide, with what to write down at each step:',
  source: 'Printed from',
  recordLead: 'Write it as soon as you can, the same day, in the child’s own words. Give it to your safeguarding lead.',
  recordAfter: 'Confidential: store it with the child’s safeguarding record.',
  taught: 'What each field means is taught in',
  numbersLead: 'Fill this in before a session, check it against your organisation’s safeguarding policy, and give each learner a copy.',
  nationalHeading: 'UK-wide and national lines',
} as const;

/**
 * The offline page (/offline/) and its control for the whole site (src/browser/offline-copy.ts).
 * Sizes are in MB as a host sends the files (compressed).
 */
export const offlineCopyUi = {
  title: 'Using this site offline',
  description: 'What this browser has saved of this site for use without internet, and how to save the whole site.',
  /** Shown on this page when the worker serves it in place of a page that is not saved. */
  notSaved: 'You are offline, and the page you opened is not saved in this browser. The pages listed below work without internet.',
  whatHeading: 'What is saved, and when',
  core: 'After your first visit: the home page, the “Worried about a child?” guides, who to contact, the glossary, search (for a very large curriculum, its full index is saved with the whole site), the lists of modules and pathways, My learning and the records of learning.',
  chosen: 'The pathway or module you are studying: its lessons are saved once you open one of its pages online.',
  rest: 'The rest of the site: saved automatically when the whole site is small enough (a download of up to 2 MB); otherwise only when you ask, below.',
  noJs: 'Saving pages for offline use needs JavaScript, which is turned off or unavailable in this browser. Every page still works online.',
  controlHeading: 'The whole site',
  /** N is the size in MB, one decimal place. */
  storeWhole: (mb: string) => `Make the whole site available offline (about ${mb} MB)`,
  stateWhole: 'The whole site is saved in this browser and works without internet.',
  statePart: (groups: string, mb: string) => `Saved in this browser: the guides, contacts, glossary and search${groups}. The rest of the site (about ${mb} MB) is not saved.`,
  /** As statePart, when the search index is too large to be saved before the whole site (src/service-worker/precache.mjs INDEX_BUDGET). */
  statePartNoSearch: (groups: string, mb: string) => `Saved in this browser: the guides, contacts and glossary${groups}. Without internet, search finds only words searched for here before. The rest of the site, with the full search index (about ${mb} MB), is not saved.`,
  groupsLead: ', and the lessons of ',
  none: 'Nothing is saved in this browser for offline use yet. Open the site online once to save it.',
  storing: (done: number, total: number) => `Saving the whole site: ${done} of ${total} files…`,
  quota: 'Not saved: this browser has no more room for this site. Free some space (or allow this site more storage) and try again. What was saved before still works.',
  offline: 'Not saved: this browser is offline. Connect to the internet and try again; what is saved already still works.',
  incomplete: (left: number) => `Not finished: ${left} files could not be downloaded, so the whole site is not available offline yet. Check your connection and try again.`,
  noWorker: 'This browser is not keeping an offline copy of this site (it may not support it, or private browsing may stop it).',
  /** Appended by the service worker to a search result whose page is not saved (it cannot import this file). */
  notSavedResult: '(not saved for offline use)',
} as const;

export const ui = {
  siteName: 'Safeguarding children online',
  siteTagline: 'Free, offline-ready training on online child abuse for people who work with children in the UK',
  skipLink: 'Skip to main content',
  emergencyLead: 'If a child is in immediate danger, call',
  emergencyTail: 'and ask for the police.',
  /** On a narrow screen the strip keeps one line each: the tails below are left off there. */
  worried: 'Worried about a child?',
  worriedTail: 'What to do now',
  nav: {
    label: 'Main',
    modules: 'Modules',
    pathways: 'Pathways',
    glossary: 'Glossary',
    contacts: 'Who to contact',
    howTo: 'How to use this site',
    myLearning: 'My learning',
  },
  search: {
    label: 'Search the curriculum',
    button: 'Search',
    unavailable: 'Search is not working: its index could not be loaded, so results may be missing. Check your connection and reload this page. You can still find everything from these pages:',
    /** Instead of `unavailable` when the offline copy's worker says the part of the index a search needs was never saved (sg-missing with notSaved). */
    notSavedOffline: 'You are offline, and this search needs part of the search index that is not saved in this browser, so results may be missing. Connect to the internet and search again. You can still find everything from these pages:',
    noScript: 'Search needs JavaScript, which is turned off or unavailable in this browser. You can still find everything from these pages:',
    /** The rest is read by src/browser/search.ts from the page's data attributes: [COUNT] and [TERM] are filled in there. */
    one: '1 result for “[TERM]”',
    many: '[COUNT] results for “[TERM]”',
    none: 'No results for “[TERM]”. Try a shorter or different word.',
    searching: 'Searching…',
    more: 'Show more results',
    filters: 'Filter results',
    filtersLoading: 'Loading the filters…',
    /** The filters the index has (data-pagefind-filter in src/components/SearchMeta.astro), in the order shown. */
    filterNames: { type: 'Type of page', module: 'Module', audience: 'Audience', nation: 'Nation' },
  },
  breadcrumbs: 'Breadcrumb',
  home: 'Home',
  lesson: {
    beforeYouStart: 'Before you start',
    time: 'Time',
    outcomes: 'Learning outcomes',
    outcomesLead: 'By the end of this lesson you will be able to:',
    sources: 'Sources',
    reviewed: 'Last reviewed',
    reviewDue: 'Next review due',
    previous: 'Previous lesson',
    next: 'Next lesson',
    wellbeingLink: 'Look after yourself: read about your wellbeing',
    contentNote: 'Content note',
    nations: 'Nations covered',
    audiences: 'Written for',
    navLabel: 'Lessons',
    onThisPage: 'On this page',
  },
  pathway: pathwayUi,
  check: checkUi,
  learner: learnerUi,
  record: recordUi,
  pack: packUi,
  present: presentUi,
  branching: branchingUi,
  handouts: handoutsUi,
  local: {
    heading: 'Your organisation',
    childrensServices: "Children's services (in hours)",
    outOfHours: "Children's services (out of hours)",
    lado: 'LADO or designated officer',
    police: 'Police (non-emergency)',
  },
  footer: {
    whoToTell: 'Who to tell',
    helplines: 'Helplines',
    local: 'Local numbers',
    localMissing: 'Your organisation’s safeguarding policy names your safeguarding lead and local numbers. Your local authority’s website lists its children’s services front door, in and out of hours.',
    privacy: 'This site sets no cookies, has no analytics and sends nothing about you anywhere. Your progress stays in this browser.',
    version: 'Content version',
    /** The link to /changes/ beside the content version. */
    whatChanged: 'what changed',
  },
  offline: {
    /** Followed by the content version (the date of the newest content change, 2026.12.01) and a full stop. */
    savedCopy: 'You are offline: you are reading a saved copy of content version',
    updateReady: 'A newer version of this site is available. Reload to read the latest guidance.',
    /** Each of these three is followed by the content version (2026.12.01) and the tail. */
    // Search is not promised here: on a very large curriculum its index is saved only with the whole site. /offline/ says whether it is.
    ready: 'Saved for offline use: this site’s guides, contacts and glossary now work in this browser without internet. Content version',
    readyTail: '.',
    /** A link to /offline/ after the ready notice. */
    readyLink: 'What else is saved',
    incomplete: 'Not ready for offline use yet: the copy of this site in this browser is incomplete, because the connection dropped or a file did not arrive whole. Pages you have not opened may not work without internet. The copy will be finished the next time you open the site online. Content version',
    incompleteTail: '.',
    updateFailed: 'The latest version of this site could not be downloaded completely, so this browser is still using content version',
    updateFailedTail: '. It will try again the next time you open a page online.',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
  /** The installed web app's short name, for home screens where the full name does not fit. */
  appShortName: 'Safeguarding',
} as const;
