/** The routes that pages share: several pages per module and per pathway take the same paths. */
import { getSite, type Module, type Pathway } from './content.ts';

/** A page for each module, given the module: /modules/[module]/… */
export async function modulePaths() {
  const site = await getSite();
  return site.modules.map((module) => ({ params: { module: module.id }, props: { module } }));
}

/** A page for each pathway, given the pathway: /pathways/[id]/… */
export async function pathwayPaths() {
  const site = await getSite();
  return site.pathways.map((pathway) => ({ params: { id: pathway.id }, props: { pathway } }));
}

export interface ModuleProps {
  module: Module;
}
export interface PathwayProps {
  pathway: Pathway;
}
