/**
 * The presenter view (src/pages/modules/[module]/[lesson]/present/): turns the stacked slides into
 * one full-screen slide at a time. Keys and presentation clickers move through them (clickers send
 * Page Up and Page Down or the arrows); each slide has an address (#slide-N) so a trainer can resume;
 * A reveals the answer, T starts a discussion timer, N opens the notes window, which follows the
 * slides over a BroadcastChannel (same origin, no server). Loaded only on this page.
 */
import { PRESENT_CHANNEL, type PresentMessage, slideFromHash } from './present-channel.ts';

const deck = document.querySelector<HTMLElement>('[data-sg-slides]');
const bar = document.querySelector<HTMLElement>('[data-sg-present-bar]');
if (deck && bar) {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-sg-slide]')];
  const counter = bar.querySelector<HTMLElement>('[data-sg-counter]')!;
  const lesson = deck.dataset['lessonId']!;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(PRESENT_CHANNEL) : undefined;
  let current = 0;

  const show = (index: number, focus = true) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => (slide.hidden = i !== current));
    const label = slides[current]!.querySelector('.sg-slide__number')?.textContent ?? '';
    counter.textContent = label;
    history.replaceState(null, '', `#slide-${current + 1}`);
    if (focus) slides[current]!.focus({ preventScroll: true });
    channel?.postMessage({ lesson, slide: current + 1 } satisfies PresentMessage);
  };

  const reveal = () => {
    for (const d of slides[current]!.querySelectorAll<HTMLDetailsElement>('details[data-sg-reveal]')) d.open = true;
  };

  const openNotes = () => {
    window.open(`${deck.dataset['notesUrl']}#slide-${current + 1}`, `sg-present-notes-${lesson}`, 'popup,width=720,height=800');
  };

  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  // Discussion timers: one runs at a time; T starts the first length on this slide, or pauses and resumes.
  let timer: { id: number; end: number; left: number; box: HTMLElement } | undefined;
  const format = (ms: number) => {
    const s = Math.ceil(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const tick = () => {
    if (!timer) return;
    const left = timer.end - Date.now();
    timer.box.querySelector('[data-sg-timer-time]')!.textContent = format(Math.max(0, left));
    if (left <= 0) {
      clearInterval(timer.id);
      timer.box.querySelector('[data-sg-timer-status]')!.textContent = timer.box.dataset['timeUp'] ?? '';
      timer.box.classList.add('sg-timer--done');
      timer = undefined;
    }
  };
  const startTimer = (box: HTMLElement, minutes: number) => {
    if (timer) clearInterval(timer.id);
    box.classList.remove('sg-timer--done');
    box.querySelector('[data-sg-timer-status]')!.textContent = '';
    timer = { id: window.setInterval(tick, 250), end: Date.now() + minutes * 60_000, left: 0, box };
    tick();
  };
  const toggleTimer = () => {
    const box = slides[current]!.querySelector<HTMLElement>('[data-sg-timer]');
    if (!box) return;
    if (timer && timer.box === box) {
      if (timer.left > 0) {
        timer.end = Date.now() + timer.left;
        timer.left = 0;
        timer.id = window.setInterval(tick, 250);
      } else {
        clearInterval(timer.id);
        timer.left = timer.end - Date.now();
      }
      return;
    }
    const first = box.querySelector<HTMLElement>('[data-sg-timer-start]');
    startTimer(box, Number(first?.dataset['sgTimerStart'] ?? 2));
  };
  for (const box of deck.querySelectorAll<HTMLElement>('[data-sg-timer]')) {
    box.hidden = false;
    box.dataset['timeUp'] = bar.dataset['timeUp'] ?? '';
    for (const b of box.querySelectorAll<HTMLElement>('[data-sg-timer-start]')) b.addEventListener('click', () => startTimer(box, Number(b.dataset['sgTimerStart'])));
  }

  const keys: Record<string, () => void> = {
    ArrowRight: () => show(current + 1),
    ArrowDown: () => show(current + 1),
    PageDown: () => show(current + 1),
    ' ': () => show(current + 1),
    ArrowLeft: () => show(current - 1),
    ArrowUp: () => show(current - 1),
    PageUp: () => show(current - 1),
    Home: () => show(0),
    End: () => show(slides.length - 1),
    a: reveal,
    t: toggleTimer,
    n: openNotes,
    f: fullScreen,
  };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // Space and Enter on a button or summary press it, as everywhere else.
    if (event.key === ' ' && target.closest('button, summary, a, input')) return;
    const key = event.key === ' ' && event.shiftKey ? 'PageUp' : event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = keys[key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  bar.querySelector('[data-sg-go="previous"]')!.addEventListener('click', () => show(current - 1, false));
  bar.querySelector('[data-sg-go="next"]')!.addEventListener('click', () => show(current + 1, false));
  bar.querySelector('[data-sg-open-notes]')!.addEventListener('click', openNotes);
  bar.querySelector('[data-sg-full-screen]')!.addEventListener('click', fullScreen);
  addEventListener('hashchange', () => {
    const n = slideFromHash(location.hash, slides.length);
    if (n !== undefined && n - 1 !== current) show(n - 1);
  });
  // The notes window asks for its slide when it opens, and may move the slides with its own keys.
  channel?.addEventListener('message', (event: MessageEvent<PresentMessage>) => {
    const m = event.data;
    if (m.lesson !== lesson) return;
    if (m.go !== undefined) show(m.go - 1, false);
    else if (m.ask) channel.postMessage({ lesson, slide: current + 1 } satisfies PresentMessage);
  });

  document.documentElement.dataset['sgPresenting'] = '';
  bar.hidden = false;
  show((slideFromHash(location.hash, slides.length) ?? 1) - 1, false);
}
