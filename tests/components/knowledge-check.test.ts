import { describe, expect, it } from 'vitest';
import KnowledgeCheck from '../../src/components/mdx/KnowledgeCheck.astro';
import { render } from '../support/render.ts';

const question = 'A child shows you an image on their phone. What do you do first?';
const options = [
  { text: 'Forward it to your manager.', feedback: 'No: forwarding an indecent image of a child is an offence.' },
  { text: 'Do not look at it again; tell the DSL now.', feedback: 'Yes: pass it on without copying anything.', correct: true },
  { text: 'Save a copy as evidence.', feedback: 'No: never save or copy it.' },
];

describe('<KnowledgeCheck>', () => {
  it('without JavaScript: every option as a disabled radio, and the answer with all feedback in a closed <details>', async () => {
    const html = await render(KnowledgeCheck, { question, options });
    expect(html).toMatch(/^<sg-knowledge-check data-correct="1" data-check-id="kc-[a-z0-9]+">/);
    expect(html).toContain(`<legend>${question}</legend>`);
    expect(html.match(/<input type="radio"[^>]* disabled/g)).toHaveLength(3);
    expect(html).toMatch(/<details class="sg-kc__answer">\s*<summary>Show the answer and feedback<\/summary>/);
    expect(html).toContain('<p><strong>The answer is: B.</strong> Do not look at it again; tell the DSL now.</p>');
    expect(html).toContain('<li><strong>Not quite.</strong> No: never save or copy it.</li>');
    expect(html).toContain('<li><strong>Correct.</strong> Yes: pass it on without copying anything.</li>');
  });

  it('gives each option its feedback for the script to show', async () => {
    const html = await render(KnowledgeCheck, { question, options });
    for (const o of options) expect(html).toContain(`data-feedback="${o.feedback}"`);
  });

  it('refuses a check with no correct option, or two, naming the question', async () => {
    await expect(render(KnowledgeCheck, { question, options: options.map((o) => ({ ...o, correct: false })) })).rejects.toThrow(/A child shows you an image[\s\S]*correct/);
    await expect(render(KnowledgeCheck, { question, options: options.map((o) => ({ ...o, correct: true })) })).rejects.toThrow(/A child shows you an image[\s\S]*correct/);
  });

  it('refuses a check with fewer than two options', async () => {
    await expect(render(KnowledgeCheck, { question, options: [options[1]] })).rejects.toThrow(/A child shows you an image[\s\S]*2 options/);
  });
});
