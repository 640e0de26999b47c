import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLocalContacts } from '../src/build/local-contacts.ts';

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
      'content/local-contacts.yaml:25: lado.phone: "01632-960-202" is not a phone number; write digits and single spaces only, in quotes, for example "0808 800 5000".',
    );
  });

  it('reports a missing name', () => {
    const broken = example.replace('  - name: Priya Shah\n    role:', '  - role:');
    expect(() => parseLocalContacts(broken, FILE)).toThrow('content/local-contacts.yaml:11: safeguardingLeads[1].name is missing; give the name.');
  });

  it('reports a service with no way to reach it', () => {
    const broken = example.replace('  phone: "01632 960 201"\n', '');
    expect(() => parseLocalContacts(broken, FILE)).toThrow('content/local-contacts.yaml:20: childrensServicesOutOfHours.phone is missing, and so are email and web; give at least one way to reach them.');
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
    expect(message).toContain("content/local-contacts.yaml:3: organisation is missing; give the organisation's name as learners know it.");
    expect(message).toContain('content/local-contacts.yaml:4: defaultNation: "ulster" is not one of england, wales, scotland, northern-ireland. Write one of england, wales, scotland or northern-ireland.');
    expect(message).toContain('content/local-contacts.yaml:3: the file has unknown field "organization"; check the spelling against content/AUTHORING.md, or remove it.');
  });
});
