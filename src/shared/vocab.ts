/** The fixed vocabularies that content uses, with the words shown to readers. The lists live in src/content-engine/vocab.mjs. */
import { AUDIENCES, CALLOUT_TYPES, CONTACT_KINDS, NATIONS, REFERENCE_KINDS } from '../content-engine/vocab.mjs';

export { AUDIENCES, CALLOUT_TYPES, CONTACT_KINDS, NATIONS, REFERENCE_KINDS, URGENCIES } from '../content-engine/vocab.mjs';

export type Nation = (typeof NATIONS)[number];

export const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_NAMES: Record<Audience, string> = {
  teacher: 'Teachers',
  'social-worker': 'Social workers',
  volunteer: 'Volunteers',
};

export const REFERENCE_KIND_NAMES: Record<(typeof REFERENCE_KINDS)[number], string> = {
  statute: 'Law',
  'statutory-guidance': 'Statutory guidance',
  guidance: 'Guidance',
  research: 'Research',
  data: 'Data',
};

export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_NAMES: Record<ContactKind, string> = {
  emergency: 'Emergency and police',
  helpline: 'Helplines for advice',
  reporting: 'Reporting and removal',
  support: 'Support',
};

export type CalloutType = (typeof CALLOUT_TYPES)[number];
