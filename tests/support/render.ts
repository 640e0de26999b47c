/**
 * Renders an .astro component to HTML with Astro's container API, without a build or a browser.
 * In Vitest the compiler adds dev-only source attributes (data-astro-source-file, -loc); they are
 * removed, so tests see the markup a page gets.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: AstroContainer | undefined;

export async function render(component: AstroComponentFactory, props: Record<string, unknown> = {}, slot?: string): Promise<string> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props, ...(slot !== undefined && { slots: { default: slot } }) });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}
