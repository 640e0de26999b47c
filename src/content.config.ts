/**
 * Every content collection: where it is read from and its schema. Authors write in `content/`;
 * the schemas, with a one-line comment on each field, are in src/content-engine/schemas.mjs, so
 * the content lint checks the same fields with the same messages. Each loader is wrapped by
 * `checked`, which fails the build with the file, the line, the field, the value and the fix.
 * Cross-references between collections (a lesson's sources, a pathway's lessons, <Contact id>)
 * are checked after loading, in src/build/validate.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { yamlListLoader } from './build/yaml-list-loader.ts';
import { optionalDocumentLoader } from './build/yaml-document-loader.ts';
import { checked } from './build/checked-loader.ts';
import { localContactsFile, localContactsSchema, parseLocalContacts } from './build/local-contacts.ts';
import {
  contactSchema,
  glossarySchema,
  guideSchema,
  lessonSchema,
  moduleSchema,
  pageSchema,
  pathwaySchema,
  recordFieldSchema,
  referenceSchema,
  safetyRuleSchema,
  scenarioSchema,
} from './content-engine/schemas.mjs';

/** A collection whose entries are checked, with friendly errors, before Astro parses them. */
const collection = <S extends z.ZodTypeAny>(loader: Loader, schema: S) => defineCollection({ loader: checked(loader, schema), schema });

/** Folder "NN-slug" for a module; "NN-slug/NN-slug" for a lesson. */
const stripExtension = (entry: string) => entry.replace(/\.mdx$/, '');

const modules = collection(glob({ pattern: '*/index.mdx', base: './content/modules', generateId: ({ entry }) => entry.split('/')[0]! }), moduleSchema);
const lessons = collection(glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content/modules', generateId: ({ entry }) => stripExtension(entry) }), lessonSchema);
const pages = collection(glob({ pattern: '*.mdx', base: './content/pages' }), pageSchema);
const references = collection(yamlListLoader('content/references.yaml'), referenceSchema);
const contacts = collection(yamlListLoader('content/contacts.yaml'), contactSchema);
const safetyRules = collection(yamlListLoader('content/safety-rules.yaml'), safetyRuleSchema);
const glossary = collection(yamlListLoader('content/glossary.yaml'), glossarySchema);
const recordOfConcern = collection(yamlListLoader('content/record-of-concern.yaml'), recordFieldSchema);
const pathways = collection(glob({ pattern: '*.yaml', base: './content/pathways' }), pathwaySchema);
const guides = collection(glob({ pattern: '*.yaml', base: './content/guides' }), guideSchema);
/** Branching scenarios: the id is the file name (src/content-engine/branching.mjs checks the id field matches it). */
const scenarios = collection(glob({ pattern: '*.yaml', base: './content/scenarios', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }), scenarioSchema);

/** The deploying organisation's own contacts: optional, one file (see README, "Your organisation's contacts"). */
const localContacts = defineCollection({
  loader: optionalDocumentLoader(localContactsFile(), parseLocalContacts),
  schema: localContactsSchema,
});

export const collections = { modules, lessons, pages, references, contacts, safetyRules, glossary, recordOfConcern, pathways, guides, scenarios, localContacts };
