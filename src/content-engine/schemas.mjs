// @ts-check
/**
 * Every schema content must match: frontmatter, data files, the organisation's local contacts and
 * the props of each author component. src/content.config.ts gives them to Astro's collections;
 * the content lint and the build's component check use them directly. Messages name the fix;
 * src/content-engine/errors.mjs adds the field and the value.
 */
import { z } from 'astro/zod';
import { AUDIENCES, CALLOUT_TYPES, CONTACT_KINDS, NATIONS, REFERENCE_KINDS, URGENCIES } from './vocab.mjs';

/** Learning outcomes per lesson or module (CURRICULUM.md). */
export const OUTCOMES = { min: 2, max: 4 };
/** Sources per lesson (CURRICULUM.md). */
export const MIN_SOURCES = 2;

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an id; use lower-case words joined by hyphens, for example "nspcc-helpline"');
export const nations = z.array(z.enum(NATIONS)).min(1).default([...NATIONS]);
const audiences = z.array(z.enum(AUDIENCES)).min(1);
const outcomes = z
  .array(z.string().min(10))
  .min(OUTCOMES.min, `give ${OUTCOMES.min} to ${OUTCOMES.max} learning outcomes, each starting with a verb a trainer can assess`)
  .max(OUTCOMES.max, `give ${OUTCOMES.min} to ${OUTCOMES.max} learning outcomes; merge or cut some`);
/** A UK phone or text number as a person dials it: digits and single spaces only. */
export const phone = z.string().regex(/^\+?[0-9]+(?: [0-9]+)*$/, 'is not a phone number; write digits and single spaces only, in quotes, for example "0808 800 5000"');

/**
 * A web address that may become a link: https only. `javascript:` and `data:` links run code or
 * carry a page of their own, and `http:` is open to tampering on the way.
 */
export const webUrl = z.string().superRefine((value, ctx) => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  const fix = 'write the full address starting with https://, for example "https://www.nspcc.org.uk/"';
  let message;
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') message = `is not a safe web address: a ${scheme}: link runs code or hides a page inside the link; ${fix}`;
  else if (scheme === 'http') message = `starts with http://, which can be tampered with on the way; write the https:// address instead (check it opens)`;
  else if (scheme !== 'https') message = `is not a web address; ${fix}`;
  else if (!URL.canParse(value) || !new URL(value).hostname.includes('.')) message = `is not a complete web address; ${fix}`;
  if (message) ctx.addIssue({ code: 'custom', message });
});
const date = z.coerce.date();

/**
 * One entry in a lesson's change log (content/AUTHORING.md, "The change log"): what changed, when,
 * and whether a learner who completed the lesson before it should revisit it.
 */
export const changeEntrySchema = z
  .object({
    /** The day the change was made (YYYY-MM-DD). */
    date,
    /** One line for trainers and learners: what changed, in plain words. */
    summary: z.string().min(10).max(200),
    /** True when practice changed (what a learner should do is different); false for wording, sources or corrections of detail. */
    significant: z.boolean().default(false),
  })
  .strict();

/** The frontmatter of a module overview (content/modules/NN-slug/index.mdx). */
export const moduleSchema = z
  .object({
    /** The module's name, shown in navigation and headings. */
    title: z.string().min(3),
    /** One or two sentences for the modules index. */
    summary: z.string().min(10),
    /** Who the module is written for. */
    audiences,
    /** What a learner can do after the module (2 to 4). */
    outcomes,
    /** Warns readers before distressing material; links to the wellbeing page. */
    contentNote: z.string().optional(),
  })
  .strict();

/** The frontmatter of a lesson (content/modules/NN-slug/NN-slug.mdx). */
export const lessonSchema = z
  .object({
    /** The lesson's name. */
    title: z.string().min(3),
    /** One sentence for lists and search results. */
    description: z.string().min(10),
    /** Minutes to read and do the activities. */
    duration: z.number().int().min(5).max(120),
    /** Who the lesson is written for. */
    audiences,
    /** The nations whose law and procedure the lesson covers (default: all four). */
    nations,
    /** What a learner can do after the lesson: 2 to 4, each starting with a verb. */
    outcomes,
    /** Warns readers before distressing material; links to the wellbeing page. */
    contentNote: z.string().optional(),
    /** Searches this lesson must answer: the browser tests check each finds it in the first results. */
    searchTerms: z.array(z.string().min(2)).optional(),
    /** Ids from content/references.yaml; at least two. */
    sources: z.array(id).min(MIN_SOURCES, `cite at least ${MIN_SOURCES} sources by id from content/references.yaml`),
    /** When an editor last checked the lesson against its sources. */
    lastReviewed: date,
    /** When the lesson must be checked again (later than lastReviewed). */
    reviewDue: date,
    /** What changed and when, any order; the content lint asks for an entry whenever lastReviewed moves (content/AUTHORING.md). */
    changes: z.array(changeEntrySchema).optional(),
    /** A draft is built in dev only, never published; the lint warns instead of failing. */
    draft: z.boolean().default(false),
  })
  .strict();

/** The frontmatter of a stand-alone page (content/pages/NAME.mdx). */
export const pageSchema = z
  .object({
    /** The page title. */
    title: z.string().min(3),
    /** One sentence for search results and link previews. */
    description: z.string().min(10),
    /** When an editor last checked the page. */
    lastReviewed: date,
    /** When the page must be checked again. */
    reviewDue: date,
  })
  .strict();

/** One source in content/references.yaml. */
export const referenceSchema = z
  .object({
    /** Unique id that lessons cite. */
    id,
    /** The full title as the publisher gives it. */
    title: z.string().min(3),
    /** A short label for inline citations (default: the title). */
    short: z.string().optional(),
    /** Who publishes it. */
    publisher: z.string().min(2),
    /** The edition or date, in words, e.g. "2025 edition, in force from 1 September 2025". */
    edition: z.string().min(4),
    /** Year of the edition. */
    year: z.number().int().min(1900).max(2100),
    /** Where to read it. */
    url: webUrl,
    /** What kind of source it is. */
    kind: z.enum(REFERENCE_KINDS),
    /** The nations it applies to. */
    nations,
  })
  .strict();

/** One service in content/contacts.yaml. */
export const contactSchema = z
  .object({
    /** Unique id that <Contact id> uses. */
    id,
    /** The service's name. */
    name: z.string().min(2),
    /** Who the service is for. */
    for: z.string().min(10),
    /** Phone number, as dialled. */
    phone: phone.optional(),
    /** Text (SMS) number. */
    text: phone.optional(),
    /** Email address. */
    email: z.string().email().optional(),
    /** Web address for the service or its reporting form. */
    web: webUrl.optional(),
    /** Opening hours in words; say "check the website" where they could not be confirmed. */
    hours: z.string().min(5),
    /** Nations the service covers. */
    nations,
    /** Groups the directory. */
    kind: z.enum(CONTACT_KINDS),
    /** Anything a caller must know first. */
    notes: z.string().optional(),
    /** The page the details were checked against. */
    source: webUrl,
    /** When the details were last checked. */
    checked: date,
  })
  .strict()
  .refine((c) => c.phone || c.text || c.email || c.web, {
    message: 'is missing, and so are text, email and web; give at least one way to reach the service',
    path: ['phone'],
  });

/** One piece of urgent guidance in content/safety-rules.yaml, shown with <SafetyRule id> and a guide outcome's rules. */
export const safetyRuleSchema = z
  .object({
    /** Unique id that <SafetyRule id> and a guide outcome's `rules` use. */
    id,
    /** The rule's heading. */
    title: z.string().min(5),
    /** What to do, in order; "{contact:<id>}" shows a number from content/contacts.yaml. */
    steps: z.array(z.string().min(10)).min(1),
    /** Contact cards shown under the steps. */
    contacts: z.array(id).default([]),
    /** Words that mean a lesson meets this situation, so it must show the rule (content lint). */
    situation: z.array(z.string().min(3)).default([]),
    /** Words that mean a lesson restates the rule in its own words (content lint). */
    restated: z.array(z.string().min(3)).default([]),
    /** Where the rule comes from, for reviewers. */
    source: z.string().min(10),
    /** When the wording was last checked against its sources. */
    checked: date,
  })
  .strict();

/** One term in content/glossary.yaml. */
export const glossarySchema = z
  .object({
    /** Unique id that <Term id> uses; also the anchor on the glossary page. */
    id,
    /** The term as readers meet it. */
    term: z.string().min(2),
    /** One to three plain sentences. */
    definition: z.string().min(20).max(600),
    /** Acronyms and other names for the same thing. */
    otherNames: z.array(z.string()).default([]),
    /** Ids of related glossary terms. */
    related: z.array(id).default([]),
  })
  .strict();

/** One field of the model record-of-concern form (content/record-of-concern.yaml), printed at /handouts/record-of-concern/. */
export const recordFieldSchema = z
  .object({
    /** Unique id; also the field's anchor on the form. */
    id,
    /** The field's name on the form. */
    label: z.string().min(3),
    /** What to write there, in one or two short sentences. */
    hint: z.string().min(5).max(300).optional(),
    /** Lines left for writing: the form must still print on one A4 page. */
    lines: z.number().int().min(1).max(10),
    /** The module 06 lesson that teaches this field (folder/file, as in a pathway). */
    lesson: z.string().regex(/^\d\d-[a-z0-9-]+\/\d\d-[a-z0-9-]+$/, 'is not a lesson id; write folder/file, for example "06-recording-and-sharing/01-what-a-good-record-holds"'),
  })
  .strict();

/** A role pathway (content/pathways/NAME.yaml). */
/** Optional steps are listed but not counted in the required time. */
const required = z.boolean().default(true);

/** A pathway step: a lesson, a lesson picked by the learner's nation, or a walk through a "Worried about a child?" guide. */
const pathwayStep = z.union([
  z
    .object({
      /** A lesson id: "NN-module/NN-lesson". */
      lesson: z.string(),
      required,
    })
    .strict(),
  z
    .object({
      /** The lesson for each nation; the learner's chosen nation picks one (all four required). */
      byNation: z.object({ england: z.string(), wales: z.string(), scotland: z.string(), 'northern-ireland': z.string() }).strict(),
      /** Shown until a nation is chosen, for example "Your nation's referral route". */
      title: z.string().min(3),
      required,
    })
    .strict(),
  z
    .object({
      /** Which guide: "worried" is the "Worried about a child?" guide of the learner's nation. */
      guide: z.literal('worried'),
      /** The step's name in the pathway. */
      title: z.string().min(3),
      /** Minutes the walk-through takes. */
      duration: z.number().int().min(1).max(120),
      required,
    })
    .strict(),
]);

export const pathwaySchema = z
  .object({
    /** The pathway's name. */
    title: z.string().min(3),
    /** The audience it serves. */
    audience: z.enum(AUDIENCES),
    /** One or two sentences for the home page. */
    summary: z.string().min(10),
    /** Who it is for, in a paragraph. */
    forWhom: z.string().min(10),
    /** What it covers, in a paragraph. */
    covers: z.string().min(10),
    /** How a trainer can run it as a group session (Markdown paragraphs). */
    groupSession: z.string().min(10),
    /** The steps in order (content/AUTHORING.md, "A pathway"); the total time is derived from them. */
    steps: z.array(pathwayStep).min(1),
    /** Months after completion when the learner should take the pathway again; shown on the record of learning. */
    refreshAfterMonths: z.number().int().min(1).max(60).default(12),
  })
  .strict();

const answer = z
  .object({
    /** The button text. */
    label: z.string().min(1),
    /** The id of the next step or outcome. */
    next: id,
  })
  .strict();

/** A "Worried about a child?" guide (content/guides/NATION.yaml). */
export const guideSchema = z
  .object({
    /** The nation this guide is for; must match the file name. */
    nation: z.enum(NATIONS),
    /** The guide's heading. */
    title: z.string().min(5),
    /** Shown above the first question. */
    intro: z.string().min(10),
    /** Where to find local numbers in this nation, shown when the organisation has not added its own. */
    localHelp: z.string().min(10),
    /** The first step: always the immediate-danger question. */
    start: id,
    /** Questions. */
    steps: z.array(z.object({ id, question: z.string().min(5), help: z.string().optional(), answers: z.array(answer).min(2) }).strict()).min(1),
    /** Where each path ends: concrete actions. */
    outcomes: z
      .array(
        z
          .object({
            id,
            title: z.string().min(3),
            urgency: z.enum(URGENCIES),
            summary: z.string().min(5),
            actions: z.array(z.string().min(5)).min(1),
            record: z.string().min(5),
            contacts: z.array(id).min(1),
            /** Shared safety rules shown with the outcome (ids from content/safety-rules.yaml). */
            rules: z.array(id).default([]),
            lessons: z.array(z.string()).default([]),
            /** Other nations' guides to link from this outcome, for a child who lives or is now in another nation. */
            otherGuides: z.array(z.enum(NATIONS)).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** How a branching scenario's outcome went (content/scenarios/*.yaml, `outcome`). */
export const SCENARIO_OUTCOMES = /** @type {const} */ (['good', 'mixed', 'risky']);

/**
 * One step of a branching scenario: a decision (question and 2 to 4 choices) or an outcome
 * (outcome and title). Which of the two, and the links between steps, are checked in
 * src/content-engine/branching.mjs, whose messages name the step.
 */
const scenarioStep = z
  .object({
    /** Unique in the file; with the scenario's id it makes the step's anchor, #<scenario>--<step>. */
    id,
    /** What happens now, or (in an outcome) what was good or risky and why. Plain text. */
    text: z.string().min(10),
    /** A decision step's question, for example "What do you do now?". */
    question: z.string().min(5).optional(),
    /** A decision step's choices, 2 to 4: what the learner would do, and the step it leads to. */
    choices: z.array(z.object({ label: z.string().min(3), next: id }).strict()).optional(),
    /** An outcome step: good, mixed or risky. */
    outcome: z.enum(SCENARIO_OUTCOMES).optional(),
    /** An outcome step's one-line verdict. */
    title: z.string().min(3).optional(),
    /** Shared safety rules shown with the step (ids from content/safety-rules.yaml). */
    rules: z.array(id).default([]),
    /** Contact cards shown with the step (ids from content/contacts.yaml). */
    contacts: z.array(id).default([]),
  })
  .strict();

/** A branching scenario (content/scenarios/ID.yaml), shown in a lesson with <Branching id>. */
export const scenarioSchema = z
  .object({
    /** Must equal the file name without .yaml. */
    id,
    /** Short; the scenario's heading. */
    title: z.string().min(3).max(90),
    /** One or two sentences: who the learner is and what the practice is about. */
    summary: z.string().min(10),
    /** The id of the first step. */
    start: id,
    /** The steps, decisions and outcomes, in any order. */
    steps: z.array(scenarioStep).min(3, 'give at least 3 steps: a first decision and two outcomes'),
  })
  .strict();

const personName = z.string().min(2);
const way = {
  /** Phone number as dialled. */
  phone: phone.optional(),
  /** Email address. */
  email: z.string().email().optional(),
  /** Web page. */
  web: webUrl.optional(),
  /** When it is answered, in words. */
  hours: z.string().optional(),
  /** Anything a caller must know. */
  notes: z.string().optional(),
};
const reachable = (/** @type {{ phone?: string | undefined, email?: string | undefined, web?: string | undefined }} */ v) => Boolean(v.phone || v.email || v.web);
const REACH = { message: 'is missing, and so are email and web; give at least one way to reach them', path: ['phone'] };
/** A person in the organisation: the safeguarding lead or a deputy. */
const person = z.object({ name: personName, role: z.string().min(3), ...way }).strict().refine(reachable, REACH);
/** A service outside the organisation. */
const service = z.object({ name: personName, ...way }).strict().refine(reachable, REACH);

/** The organisation's own contacts (content/local-contacts.yaml; see README, "Your organisation's contacts"). */
export const localContactsSchema = z
  .object({
    /** The organisation's name, as learners know it. */
    organisation: personName,
    /** The nation whose guide and contacts come first. */
    defaultNation: z.enum(NATIONS),
    /** The safeguarding lead(s) and deputies, most senior first. */
    safeguardingLeads: z.array(person).min(1, 'list at least your safeguarding lead'),
    /** The local authority's children's services front door, in hours. */
    childrensServices: service,
    /** The same front door out of hours (the emergency duty team). */
    childrensServicesOutOfHours: service,
    /** The LADO or designated officer for allegations about adults who work with children. */
    lado: service,
    /** The local police non-emergency route. */
    police: service,
  })
  .strict();

const option = z
  .object({
    /** The option as the learner reads it. */
    text: z.string().min(1),
    /** Why this option is right or wrong. */
    feedback: z.string().min(1),
    /** true on exactly one option. */
    correct: z.boolean().optional(),
  })
  .strict();

/**
 * The problem with a knowledge check's options when not exactly one is `correct: true` (the
 * boolean: "true" in quotes does not count), or undefined.
 * @param {unknown[]} options
 */
export function correctAnswerProblem(options) {
  if (options.length < 2) return undefined; // "give at least 2 options" says it already
  const correct = options.filter((o) => o !== null && typeof o === 'object' && /** @type {{ correct?: unknown }} */ (o).correct === true).length;
  if (correct === 1) return undefined;
  return correct === 0
    ? 'has no option with correct: true; mark the one right answer correct: true (without quotes)'
    : `has ${correct} options with correct: true; mark only the one right answer`;
}

/** The props of <KnowledgeCheck>: at least two options, exactly one `correct: true` (a boolean, not text). */
export const knowledgeCheckProps = z
  .object({
    question: z.string().min(5),
    options: z
      .array(option)
      .min(2, 'give at least 2 options, one of them correct: true')
      .superRefine((options, ctx) => {
        const message = correctAnswerProblem(options);
        if (message) ctx.addIssue({ code: 'custom', message });
      }),
  })
  .strict();

/**
 * The author components (src/components/mdx/index.ts) and the props each accepts. A component
 * not listed here is unknown; a prop not listed is unknown.
 * @type {Record<string, { props: import('astro/zod').z.ZodTypeAny, children: 'required' | 'optional' | 'none' }>}
 */
export const COMPONENTS = {
  Scenario: { props: z.object({ title: z.string().min(3) }).strict(), children: 'required' },
  Reflect: { props: z.object({ title: z.string().min(3).optional() }).strict(), children: 'required' },
  KnowledgeCheck: { props: knowledgeCheckProps, children: 'none' },
  KeyPoints: { props: z.object({}).strict(), children: 'required' },
  Callout: { props: z.object({ type: z.enum(CALLOUT_TYPES).optional(), title: z.string().min(3).optional() }).strict(), children: 'required' },
  NationNote: { props: z.object({ nations: z.array(z.enum(NATIONS)).min(1, 'name at least one nation') }).strict(), children: 'required' },
  Contact: {
    props: z.object({ id, variant: z.enum(['card', 'inline']).optional(), headingLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional() }).strict(),
    children: 'none',
  },
  Term: { props: z.object({ id }).strict(), children: 'optional' },
  Cite: { props: z.object({ id }).strict(), children: 'none' },
  TrainerNote: { props: z.object({}).strict(), children: 'required' },
  SafetyRule: { props: z.object({ id, headingLevel: z.union([z.literal(3), z.literal(4)]).optional(), omitContacts: z.array(id).optional() }).strict(), children: 'none' },
  Branching: { props: z.object({ id }).strict(), children: 'none' },
};

/**
 * What a prop holds and how to write it, by component and prop, for the messages.
 * @type {Record<string, Record<string, { what: string, fix: string }>>}
 */
export const PROP_HELP = {
  Scenario: { title: { what: 'a title', fix: 'give the case a short name, for example title="Maya\'s evening stream"' } },
  Reflect: { title: { what: 'a heading', fix: 'write a heading in quotes, or leave title out for "Reflect"' } },
  KnowledgeCheck: {
    question: { what: 'a question', fix: 'write the question in quotes, for example question="What do you do first?"' },
    options: { what: 'a list of options', fix: 'write options={[{ text: "...", feedback: "...", correct: true }, { text: "...", feedback: "..." }]}' },
    text: { what: 'option text', fix: 'write the option as the learner reads it, text: "..."' },
    feedback: { what: 'feedback', fix: 'say why this option is right or wrong, feedback: "..."' },
    correct: { what: 'true or false', fix: 'write correct: true without quotes on the one right option, and leave correct out on the others' },
  },
  Callout: {
    type: { what: 'a callout type', fix: 'use one of info, important or warning (see content/AUTHORING.md, "Components")' },
    title: { what: 'a heading', fix: 'write a short heading in quotes, or leave title out' },
  },
  NationNote: { nations: { what: 'a list of nations', fix: 'write nations={["wales"]} with one or more of england, wales, scotland, northern-ireland' } },
  Contact: {
    id: { what: 'a contact id', fix: 'use an id from content/contacts.yaml, for example id="childline"' },
    variant: { what: 'a variant', fix: 'use variant="card" (the default) or variant="inline"' },
    headingLevel: { what: 'a heading level', fix: 'use headingLevel={2}, {3} or {4}, or leave it out' },
  },
  SafetyRule: {
    id: { what: 'a safety rule id', fix: 'use an id from content/safety-rules.yaml, for example id="lead-unreachable"' },
    headingLevel: { what: 'a heading level', fix: 'use headingLevel={3} or {4}, or leave it out' },
    omitContacts: { what: 'a list of contact ids', fix: 'list the contact cards the page already shows next to the rule, for example omitContacts={["childline"]}' },
  },
  Term: { id: { what: 'a glossary id', fix: 'use an id from content/glossary.yaml, for example id="dsl"' } },
  Cite: { id: { what: 'a reference id', fix: 'use an id from content/references.yaml, for example id="kcsie-2025"' } },
  Branching: { id: { what: 'a scenario id', fix: 'use the file name of a scenario in content/scenarios/ without .yaml, for example id="late-night-message"' } },
};
