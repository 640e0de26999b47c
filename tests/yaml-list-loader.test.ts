import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../src/build/yaml-list-loader.ts';

const FILE = 'content/references.yaml';

describe('parseYamlList', () => {
  it('returns each item with its id and line', () => {
    const items = parseYamlList('# comment\n- id: a\n  title: A\n\n- id: b\n  title: B\n', FILE);
    expect(items.map((i) => [i.id, i.line])).toEqual([['a', 2], ['b', 5]]);
  });

  it('rejects a duplicate id, naming both lines', () => {
    expect(() => parseYamlList('- id: a\n- id: b\n- id: a\n', FILE)).toThrow(
      'content/references.yaml:3: id "a" is already used at line 1. Ids must be unique: rename one of them or merge the two items.',
    );
  });

  it('rejects an item without an id', () => {
    expect(() => parseYamlList('- id: a\n- title: B\n', FILE)).toThrow('content/references.yaml:2: item 2 has no "id". Add a unique kebab-case id, for example "id: my-new-item".');
  });

  it('rejects a file that is not a list', () => {
    expect(() => parseYamlList('id: a\n', FILE)).toThrow('content/references.yaml: the file must be a YAML list');
  });

  it('rejects invalid YAML with its line', () => {
    expect(() => parseYamlList('- id: a\n  title: "unclosed\n', FILE)).toThrow(/^content\/references\.yaml:\d+: this is not valid YAML/);
  });
});
