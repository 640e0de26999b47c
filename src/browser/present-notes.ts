/**
 * The presenter view's notes window (…/present/notes/): shows only the notes for the slide on the
 * projector, following the slides over a BroadcastChannel; its own arrow keys and Page Up/Down
 * move the slides. Without JavaScript it lists every slide's notes in order.
 */
import { PRESENT_CHANNEL, type PresentMessage, slideFromHash } from './present-channel.ts';

const box = document.querySelector<HTMLElement>('[data-sg-present-notes]');
if (box && 'BroadcastChannel' in window) {
  const sections = [...box.querySelectorAll<HTMLElement>('[data-sg-notes-slide]')];
  const lesson = box.dataset['lessonId']!;
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  let current = 1;
  const follow = (n: number) => {
    current = Math.max(1, Math.min(sections.length, n));
    sections.forEach((s, i) => (s.hidden = i + 1 !== current));
    history.replaceState(null, '', `#slide-${current}`);
    box.dataset['sgFollowing'] = String(current);
  };
  channel.addEventListener('message', (event: MessageEvent<PresentMessage>) => {
    if (event.data.lesson === lesson && event.data.slide !== undefined) follow(event.data.slide);
  });
  const go = (n: number) => channel.postMessage({ lesson, go: Math.max(1, Math.min(sections.length, n)) } satisfies PresentMessage);
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (step[event.key] === undefined) return;
    event.preventDefault();
    follow(current + step[event.key]!);
    go(current);
  });
  follow(slideFromHash(location.hash, sections.length) ?? 1);
  channel.postMessage({ lesson, ask: true } satisfies PresentMessage);
}
