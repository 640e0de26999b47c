/**
 * The launch page of a SCORM package (index.html at the package root, written by
 * scripts/package-scorm.mjs). It is the one SCO: it finds the learning system's SCORM 1.2 API,
 * starts the session once, puts the progress saved in the learning system back into this browser
 * before the pathway opens in its frame, and reports status, score and progress whenever the pages
 * in the frame change the learner's store. The site's own pages never load it.
 */
import { mergeStates } from '../shared/progress-transfer.ts';
import { parseStore, serialiseStore, STORE_KEY, type LearnerState } from '../shared/progress-store.ts';
import { decodeSuspend, encodeSuspend, findApi, isPathwayComplete, packageLessonIds, pathwayScore, sessionTime, type ApiWindow, type ScormConfig } from '../shared/scorm.ts';

const config = JSON.parse(document.getElementById('sg-scorm-config')!.textContent!) as ScormConfig;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-sg-scorm-frame]')!;
const notice = document.querySelector<HTMLElement>('[data-sg-scorm-notice]');
const ids = packageLessonIds(config.steps);
const started = Date.now();
const api = findApi(window as unknown as ApiWindow);
let open = false;

const store = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
const readState = (): LearnerState => parseStore(store()?.getItem(STORE_KEY) ?? null).state;
const get = (element: string): string => (open && api ? String(api.LMSGetValue(element) ?? '') : '');
const set = (element: string, value: string): void => {
  if (open && api) api.LMSSetValue(element, value);
};

/** Puts the progress the learning system kept back into this browser, keeping anything newer here. */
function restore(): void {
  const saved = decodeSuspend(get('cmi.suspend_data'), ids, new Date());
  if (!saved) return;
  try {
    store()?.setItem(STORE_KEY, serialiseStore(mergeStates(readState(), saved)));
  } catch {
    // Storage refused: the pages carry on without the saved progress; the learning system still has it.
  }
}

let lastReport = '';
/** Sends status, score and progress when they have changed; `force` sends them anyway. */
function report(force = false): void {
  if (!open) return;
  const state = readState();
  const suspend = encodeSuspend(state, ids);
  const complete = isPathwayComplete(config, state);
  const score = pathwayScore(config, state);
  const key = `${suspend}|${complete}|${score}`;
  if (key === lastReport && !force) return;
  lastReport = key;
  // A completion stays recorded even if the learner later marks a lesson not complete.
  const status = get('cmi.core.lesson_status');
  if (complete) set('cmi.core.lesson_status', 'completed');
  else if (status !== 'completed' && status !== 'passed') set('cmi.core.lesson_status', 'incomplete');
  if (score !== undefined) {
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.score.raw', String(score));
  }
  set('cmi.suspend_data', suspend);
  api!.LMSCommit('');
}

/** Where the learner was: the frame's page, relative to the package root. */
function location(): string | undefined {
  try {
    const root = new URL('./', document.baseURI).href;
    const here = frame.contentWindow?.location.href;
    return here?.startsWith(root) ? here.slice(root.length).split('#')[0] : undefined;
  } catch {
    return undefined;
  }
}

if (api && String(api.LMSInitialize('')) === 'true') {
  open = true;
  restore();
  const status = get('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
} else if (notice) {
  // Opened outside a learning system: the pathway still works, nothing is reported.
  notice.hidden = false;
}

// Resume at the page the learner left, if it is a page of this package.
const resumeAt = get('cmi.core.lesson_location');
frame.src = /^[a-z0-9][a-z0-9/_-]*index\.html$/.test(resumeAt) ? resumeAt : config.start;

frame.addEventListener('load', () => {
  const here = location();
  if (here && /^[a-z0-9][a-z0-9/_-]*index\.html$/.test(here)) set('cmi.core.lesson_location', here);
  report();
});
// The pages in the frame write the store; another document of the same origin hears about it here.
addEventListener('storage', (event) => {
  if (event.key === STORE_KEY) report();
});
addEventListener('pagehide', () => {
  if (!open) return;
  report(true);
  set('cmi.core.exit', isPathwayComplete(config, readState()) ? '' : 'suspend');
  set('cmi.core.session_time', sessionTime(Date.now() - started));
  api!.LMSCommit('');
  api!.LMSFinish('');
  open = false;
});
