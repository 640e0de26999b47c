import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLocalContacts } from '../src/lib/local-contacts.ts';

const FILE = 'content/local-contacts.yaml';
const example = readFileSync(new URL('./fixtures/local-contacts.yaml', import.meta.url), 'utf8');

describe('parseLocalContacts', () => {
  it('accepts the example in the README', () => {
    const local = parseLocalContacts(example, FILE);
    expect(local.organisation).toBe('Riverside Youth Trust (example)');
    expect(local.defaultNation).toBe('england');
    expect(local.safeguardingLeads.map((p) => p.name)).toEqual(['Sam Okafor', 'Priya Shah']);
  });

  it('names the field, the value and the fix for a malformed phone number', () => {
    const broken = example.replace('"01632 960 202"', '"01632-960-202"');
    expect(() => parseLocalContacts(broken, FILE)).toThrow(
      'content/local-contacts.yaml: lado.phone "01632-960-202" is not a phone number. Write digits and single spaces only, in quotes, for example "01632 960 123".',
    );
  });

  it('reports a missing name', () => {
    const broken = example.replace('  - name: Priya Shah\n    role:', '  - role:');
    expect(() => parseLocalContacts(broken, FILE)).toThrow('content/local-contacts.yaml: safeguardingLeads[1].name is missing. Give a name.');
  });

  it('reports a service with no way to reach it', () => {
    const broken = example.replace('  phone: "01632 960 201"\n', '');
    expect(() => parseLocalContacts(broken, FILE)).toThrow('childrensServicesOutOfHours.phone has no phone, email or web address. Give at least one way to reach it.');
  });

  it('reports an unknown nation and a misspelt field together', () => {
    const broken = example.replace('defaultNation: england', 'defaultNation: ulster').replace('organisation:', 'organization:');
    let message = '';
    try {
      parseLocalContacts(broken, FILE);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('The local contacts file has 3 problems:');
    expect(message).toContain('content/local-contacts.yaml: organisation is missing. Give a name.');
    expect(message).toContain('content/local-contacts.yaml: defaultNation "ulster" must be one of england, wales, scotland, northern-ireland.');
    expect(message).toContain('content/local-contacts.yaml: the file has unknown field(s) "organization". Check the spelling against the example in README.md.');
  });
});
