/**
 * Every content collection and its schema. Authors write in `content/`; this file says what a
 * valid entry looks like. Cross-references between collections (a lesson's sources, a pathway's
 * lessons, <Contact id>) are checked after loading, in src/lib/validate.ts.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlListLoader } from './lib/yaml-list-loader.ts';
import { optionalDocumentLoader } from './lib/yaml-document-loader.ts';
import { localContactsFile, localContactsSchema, parseLocalContacts } from './lib/local-contacts.ts';
import { AUDIENCES, CONTACT_KINDS, NATIONS, REFERENCE_KINDS, URGENCIES } from './lib/vocab.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, for example "nspcc-helpline"');
const nations = z.array(z.enum(NATIONS)).min(1).default([...NATIONS]);
const audiences = z.array(z.enum(AUDIENCES)).min(1);
const outcomes = z.array(z.string().min(10)).min(2, 'give 2 to 4 learning outcomes').max(4, 'give 2 to 4 learning outcomes');
/** A UK phone or text number as a person dials it: digits and single spaces only. */
const phone = z.string().regex(/^\+?[0-9]+(?: [0-9]+)*$/, 'write digits and single spaces only, for example "0808 800 5000"');

/** Folder "NN-slug" for a module; "NN-slug/NN-slug" for a lesson. */
const stripExtension = (entry: string) => entry.replace(/\.mdx$/, '');

const modules = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './content/modules', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: z.object({
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
  }),
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content/modules', generateId: ({ entry }) => stripExtension(entry) }),
  schema: z.object({
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
    /** Ids from content/references.yaml; at least two. */
    sources: z.array(id).min(2, 'cite at least 2 sources from content/references.yaml'),
    /** When an editor last checked the lesson against its sources. */
    lastReviewed: z.coerce.date(),
    /** When the lesson must be checked again (later than lastReviewed). */
    reviewDue: z.coerce.date(),
    /** A draft is built in dev only, never published. */
    draft: z.boolean().default(false),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({
    /** The page title. */
    title: z.string().min(3),
    /** One sentence for search results and link previews. */
    description: z.string().min(10),
    /** When an editor last checked the page. */
    lastReviewed: z.coerce.date(),
    /** When the page must be checked again. */
    reviewDue: z.coerce.date(),
  }),
});

const references = defineCollection({
  loader: yamlListLoader('content/references.yaml'),
  schema: z.object({
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
    url: z.string().url(),
    /** What kind of source it is. */
    kind: z.enum(REFERENCE_KINDS),
    /** The nations it applies to. */
    nations,
  }),
});

const contacts = defineCollection({
  loader: yamlListLoader('content/contacts.yaml'),
  schema: z
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
      web: z.string().url().optional(),
      /** Opening hours in words; say "check the website" where they could not be confirmed. */
      hours: z.string().min(5),
      /** Nations the service covers. */
      nations,
      /** Groups the directory. */
      kind: z.enum(CONTACT_KINDS),
      /** Anything a caller must know first. */
      notes: z.string().optional(),
      /** The page the details were checked against. */
      source: z.string().url(),
      /** When the details were last checked. */
      checked: z.coerce.date(),
    })
    .refine((c) => c.phone || c.text || c.email || c.web, {
      message: 'give at least one of phone, text, email or web',
      path: ['phone'],
    }),
});

/** Urgent guidance written once and shown wherever it is needed (<SafetyRule id>, a guide outcome's rules). */
const safetyRules = defineCollection({
  loader: yamlListLoader('content/safety-rules.yaml'),
  schema: z.object({
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
    checked: z.coerce.date(),
  }),
});

const glossary = defineCollection({
  loader: yamlListLoader('content/glossary.yaml'),
  schema: z.object({
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
  }),
});

/** Optional steps are listed but not counted in the required time. */
const required = z.boolean().default(true);

/** A pathway step: a lesson, a lesson chosen by the learner's nation, or a walk through a "Worried about a child?" guide. */
const pathwayStep = z.union([
  z.object({
    /** A lesson id: "NN-module/NN-lesson". */
    lesson: z.string(),
    required,
  }).strict(),
  z.object({
    /** The lesson for each nation; the learner's chosen nation picks one (all four required). */
    byNation: z.object({ england: z.string(), wales: z.string(), scotland: z.string(), 'northern-ireland': z.string() }).strict(),
    /** Shown until a nation is chosen, for example "Your nation's referral route". */
    title: z.string().min(3),
    required,
  }).strict(),
  z.object({
    /** Which guide: "worried" is the "Worried about a child?" guide of the learner's nation. */
    guide: z.literal('worried'),
    /** The step's name in the pathway. */
    title: z.string().min(3),
    /** Minutes the walk-through takes. */
    duration: z.number().int().min(1).max(120),
    required,
  }).strict(),
]);

const pathways = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/pathways' }),
  schema: z.object({
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
    /** The steps in order (see content/AUTHORING.md, "Pathways"); the total time is derived from them. */
    steps: z.array(pathwayStep).min(1),
    /** Months after completion when the learner should take the pathway again; shown on the record of learning. */
    refreshAfterMonths: z.number().int().min(1).max(60).default(12),
  }),
});

const answer = z.object({
  /** The button text. */
  label: z.string().min(1),
  /** The id of the next step or outcome. */
  next: id,
});

const guides = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/guides' }),
  schema: z.object({
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
    steps: z.array(z.object({ id, question: z.string().min(5), help: z.string().optional(), answers: z.array(answer).min(2) })).min(1),
    /** Where each path ends: concrete actions. */
    outcomes: z
      .array(
        z.object({
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
        }),
      )
      .min(1),
  }),
});

/** The deploying organisation's own contacts: optional, one file (see README, "Your organisation's contacts"). */
const localContacts = defineCollection({
  loader: optionalDocumentLoader(localContactsFile(), parseLocalContacts),
  schema: localContactsSchema,
});

export const collections = { modules, lessons, pages, references, contacts, safetyRules, glossary, pathways, guides, localContacts };
