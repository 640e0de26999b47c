/**
 * An organisation's own contacts, added by the training lead who deploys the site, in one
 * optional file: content/local-contacts.yaml (or the file named by SG_LOCAL_CONTACTS). Parsed and
 * checked here, as a pure module, so every error message is pinned by a unit test.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { NATIONS } from './vocab.ts';

export const LOCAL_CONTACTS_FILE = 'content/local-contacts.yaml';

/** The file this build reads: SG_LOCAL_CONTACTS if set (relative to the project), else the default. */
export const localContactsFile = (env: Record<string, string | undefined> = process.env) => env['SG_LOCAL_CONTACTS'] ?? LOCAL_CONTACTS_FILE;

const phone = z.string({ invalid_type_error: 'write the number in quotes, for example "01632 960 123"' }).regex(/^\+?[0-9]+(?: [0-9]+)*$/, 'is not a phone number. Write digits and single spaces only, in quotes, for example "01632 960 123"');
const name = z.string({ required_error: 'is missing. Give a name' }).min(2, 'is too short. Give a full name');
const way = {
  /** Phone number as dialled. */
  phone: phone.optional(),
  /** Email address. */
  email: z.string().email('is not an email address, for example "safeguarding@example.org"').optional(),
  /** Web page. */
  web: z.string().url('is not a web address; start it with https://').optional(),
  /** When it is answered, in words. */
  hours: z.string().optional(),
  /** Anything a caller must know. */
  notes: z.string().optional(),
};
const reachable = <T extends { phone?: string | undefined; email?: string | undefined; web?: string | undefined }>(v: T) => Boolean(v.phone || v.email || v.web);
const REACH = { message: 'has no phone, email or web address. Give at least one way to reach it', path: ['phone'] };

/** A person in the organisation: the safeguarding lead or a deputy. */
const person = z.object({ name, role: z.string({ required_error: 'is missing. Say "Designated safeguarding lead" or "Deputy", for example' }).min(3), ...way }).strict().refine(reachable, REACH);
/** A service outside the organisation. */
const service = z.object({ name, ...way }).strict().refine(reachable, REACH);

export const localContactsSchema = z
  .object({
    /** The organisation's name, as learners know it. */
    organisation: name,
    /** The nation whose guide and contacts come first. */
    defaultNation: z.enum(NATIONS, { errorMap: () => ({ message: `must be one of ${NATIONS.join(', ')}` }) }),
    /** The safeguarding lead(s) and deputies, most senior first. */
    safeguardingLeads: z.array(person, { required_error: 'is missing. List at least your safeguarding lead' }).min(1, 'is empty. List at least your safeguarding lead'),
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

export type LocalContacts = z.infer<typeof localContactsSchema>;

function describe(value: unknown): string {
  if (value === undefined) return '';
  return ` ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

const fieldName = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * Parses the file's text. Throws one Error listing every problem as
 * `file: field "value" problem. Fix.`; returns the checked data otherwise.
 */
export function parseLocalContacts(text: string, file = LOCAL_CONTACTS_FILE): LocalContacts {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: this is not valid YAML (${(error as Error).message.split('\n')[0]}). Check the indentation and quotes.`);
  }
  const result = localContactsSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${file}: ${fieldName(issue.path) || 'the file'} has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling against the example in README.md.`;
    }
    const field = fieldName(issue.path);
    return `${file}: ${field}${describe(valueAt(data, issue.path))} ${issue.message}.`;
  });
  throw new Error(`The local contacts file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
}
