import { describe, expect, it } from 'vitest';
import Scenario from '../../src/components/mdx/Scenario.astro';
import { render } from '../support/render.ts';

describe('<Scenario>', () => {
  it('renders a titled section, labelled as a scenario for screen readers, around its body', async () => {
    const html = await render(Scenario, { title: "Maya's evening stream" }, '<p>Maya is 13.</p><p><strong>Discussion:</strong> what would you notice?</p>');
    expect(html).toMatch(/^<section class="sg-box sg-box--scenario" data-sg-scenario>/);
    expect(html).toContain('<h3 class="sg-box__title"><span class="sg-visually-hidden">Scenario: </span>Maya&#39;s evening stream</h3>');
    expect(html).toContain('<p>Maya is 13.</p><p><strong>Discussion:</strong> what would you notice?</p>');
  });

  it('escapes markup in its title', async () => {
    const html = await render(Scenario, { title: '<script>alert(1)</script>' }, 'x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
