/** The routes that pages share: several pages per module and per pathway take the same paths. */
import { getSite, type GuideEntry, type Lesson, type Module, type Pathway } from './content.ts';

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

/** A page for each nation's "Worried about a child?" guide, given the guide: /worried/[nation]/, /handouts/worried/[nation]/ */
export async function guidePaths() {
  const site = await getSite();
  return [...site.guides.values()].map((guide) => ({ params: { nation: guide.data.nation }, props: { guide } }));
}

export interface GuideProps {
  guide: GuideEntry;
}

export interface ModuleProps {
  module: Module;
}
export interface PathwayProps {
  pathway: Pathway;
}

/** What a page inside a pathway shows: a lesson in the pathway, or a byNation or guide step's own page. */
export interface PathwayStepProps {
  pathway: Pathway;
  /** 0-based index of the step. */
  index: number;
  /** The lesson shown, for a lesson page; absent on a step's own page. */
  lesson?: Lesson;
}

/** Every page inside each pathway: /pathways/[id]/[module]/[lesson]/ and /pathways/[id]/step-N/ */
export async function pathwayStepPaths() {
  const site = await getSite();
  return site.pathways.flatMap((pathway) =>
    pathway.steps.flatMap((step, index) => {
      const lessons = step.lesson ? [step.lesson] : step.nations ? Object.values(step.nations) : [];
      const pages: { params: { id: string; step: string }; props: PathwayStepProps }[] = lessons.map((l) => ({ params: { id: pathway.id, step: l.id }, props: { pathway, index, lesson: site.lessonById.get(l.id)! } }));
      // A byNation or guide step has a page of its own: /pathways/<id>/step-N/
      if (step.kind !== 'lesson') pages.unshift({ params: { id: pathway.id, step: step.url.split('/').at(-2)! }, props: { pathway, index } });
      return pages;
    }),
  );
}

export interface LessonProps {
  lesson: Lesson;
}

/** A page for each lesson, given the lesson: /modules/[module]/[lesson]/… */
export async function lessonPaths() {
  const site = await getSite();
  return site.lessons.map((lesson) => {
    const [module, slug] = lesson.id.split('/');
    return { params: { module: module!, lesson: slug! }, props: { lesson } };
  });
}
