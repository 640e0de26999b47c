/** The fixed vocabularies that content uses, with the words shown to readers. */

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export const AUDIENCES = ['teacher', 'social-worker', 'volunteer'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_NAMES: Record<Audience, string> = {
  teacher: 'Teachers',
  'social-worker': 'Social workers',
  volunteer: 'Volunteers',
};

export const REFERENCE_KINDS = ['statute', 'statutory-guidance', 'guidance', 'research', 'data'] as const;
export const REFERENCE_KIND_NAMES: Record<(typeof REFERENCE_KINDS)[number], string> = {
  statute: 'Law',
  'statutory-guidance': 'Statutory guidance',
  guidance: 'Guidance',
  research: 'Research',
  data: 'Data',
};

export const CONTACT_KINDS = ['emergency', 'helpline', 'reporting', 'support'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_NAMES: Record<ContactKind, string> = {
  emergency: 'Emergency and police',
  helpline: 'Helplines for advice',
  reporting: 'Reporting and removal',
  support: 'Support',
};

export const CALLOUT_TYPES = ['info', 'important', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const URGENCIES = ['emergency', 'urgent', 'standard'] as const;
