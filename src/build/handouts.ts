/**
 * The trainers' handouts (/handouts/): one "Worried about a child?" flowchart per nation's guide,
 * the model record-of-concern form and the local numbers sheet. Pure, so the index page, the
 * pages and the tests agree on what exists, and what a local numbers row holds.
 */
import type { LocalContacts } from './local-contacts.ts';
import type { Nation } from '../shared/vocab.ts';
import { NATIONS, NATION_NAMES } from '../shared/vocab.ts';
import { ui } from '../ui-strings.ts';

export const HANDOUTS_URL = '/handouts/';

export interface Handout {
  /** The page's address. */
  url: string;
  /** The handout's title, as printed. */
  title: string;
  /** One sentence for the index. */
  summary: string;
  /** "flowchart" (one per nation), "form" or "sheet". */
  kind: 'flowchart' | 'form' | 'sheet';
  nation?: Nation;
}

export const flowchartUrl = (nation: Nation) => `${HANDOUTS_URL}worried/${nation}/`;
export const RECORD_FORM_URL = `${HANDOUTS_URL}record-of-concern/`;
export const LOCAL_NUMBERS_URL = `${HANDOUTS_URL}local-numbers/`;

/** Every handout, flowcharts first in the nations' usual order, for the nations that have a guide. */
export function handouts(guideNations: Iterable<Nation>): Handout[] {
  const have = new Set(guideNations);
  return [
    ...NATIONS.filter((n) => have.has(n)).map((nation): Handout => ({
      url: flowchartUrl(nation),
      title: ui.handouts.flowchartTitle(NATION_NAMES[nation]),
      summary: ui.handouts.flowchartSummary(NATION_NAMES[nation]),
      kind: 'flowchart',
      nation,
    })),
    { url: RECORD_FORM_URL, title: ui.handouts.recordTitle, summary: ui.handouts.recordSummary, kind: 'form' },
    { url: LOCAL_NUMBERS_URL, title: ui.handouts.numbersTitle, summary: ui.handouts.numbersSummary, kind: 'sheet' },
  ];
}

/** One row of the local numbers: a role, and what the organisation's file says about it, if anything. */
export interface LocalNumberRow {
  label: string;
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  web?: string | undefined;
  hours?: string | undefined;
  notes?: string | undefined;
}

/**
 * How many of the organisation's safeguarding people a flowchart lists. An organisation may list
 * any number (a lead and several deputies), and every one would push the flowchart off its one
 * page; the local numbers sheet lists them all, and the flowchart says how many more it holds.
 */
export const FLOWCHART_LEADS = 2;

/**
 * The local numbers a trainer needs, filled from the organisation's file when there is one, else
 * blank rows to write in. A lead and a deputy are always listed: with one lead in the file, the
 * deputy row stays blank to fill in. With `maxLeads`, only the first that many people are listed,
 * and `moreLeads` says how many were left out.
 */
export function localNumberRows(local: LocalContacts | undefined, maxLeads = Infinity): { rows: LocalNumberRow[]; moreLeads: number } {
  const all: LocalNumberRow[] = (local?.safeguardingLeads ?? []).map((p) => ({ label: p.role, name: p.name, phone: p.phone, email: p.email, web: p.web, hours: p.hours, notes: p.notes }));
  const leads = all.slice(0, maxLeads);
  if (leads.length === 0) leads.push({ label: ui.handouts.leadRole });
  if (leads.length === 1) leads.push({ label: ui.handouts.deputy });
  const service = (label: string, s: LocalContacts['lado'] | undefined): LocalNumberRow => ({ label, ...(s && { name: s.name, phone: s.phone, email: s.email, web: s.web, hours: s.hours, notes: s.notes }) });
  const rows = [
    ...leads,
    service(ui.local.childrensServices, local?.childrensServices),
    service(ui.local.outOfHours, local?.childrensServicesOutOfHours),
    service(ui.local.lado, local?.lado),
    service(ui.local.police, local?.police),
  ];
  return { rows, moreLeads: Math.max(0, all.length - leads.length) };
}

/** True when a row has nothing filled in, so the handout prints lines to write on. */
export const isBlank = (row: LocalNumberRow) => !row.name && !row.phone && !row.email && !row.web;
