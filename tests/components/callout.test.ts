import { describe, expect, it } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import { render } from '../support/render.ts';

describe('<Callout>', () => {
  it('renders its type, its title and its body', async () => {
    const html = await render(Callout, { type: 'warning', title: 'Before you start' }, '<p>Body text.</p>');
    expect(html).toMatch(/^<aside class="sg-box sg-box--warning" aria-label="Before you start">/);
    expect(html).toContain('<p class="sg-box__title"><strong>Before you start</strong></p>');
    expect(html).toContain('<p>Body text.</p>');
  });

  it('without a title, names itself by its type, and defaults to a note', async () => {
    expect(await render(Callout, { type: 'important' }, 'x')).toContain('aria-label="Important"');
    const plain = await render(Callout, {}, 'x');
    expect(plain).toContain('class="sg-box sg-box--info" aria-label="Note"');
    expect(plain).toContain('<strong>Note</strong>');
  });
});
