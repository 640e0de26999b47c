/** A strict XML parse (sax) and the Atom 1.0 (RFC 4287) required-element check, for the feed's unit and browser tests. */
import sax from 'sax';

/** Every element of an XML document, parsed strictly (a malformed document throws). */
export function parseXml(xml: string) {
  const parser = sax.parser(true, { xmlns: true });
  const elements: { name: string; uri: string; attributes: Record<string, string>; text: string; path: string }[] = [];
  const open: (typeof elements)[number][] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const element = { name: node.local, uri: node.uri, attributes: Object.fromEntries(Object.entries(node.attributes).map(([k, a]) => [k, a.value])), text: '', path: [...open.map((e) => e.name), node.local].join('/') };
    elements.push(element);
    open.push(element);
  };
  parser.ontext = (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.onclosetag = () => void open.pop();
  parser.write(xml).close();
  return elements;
}

/** The elements RFC 4287 requires, checked on a parsed feed; returns the problems. */
export function atomProblems(xml: string): string[] {
  const elements = parseXml(xml);
  const problems: string[] = [];
  const root = elements[0];
  if (root?.name !== 'feed' || root.uri !== 'http://www.w3.org/2005/Atom') problems.push('the root is not an Atom <feed>');
  const children = (path: string) => elements.filter((e) => e.path === path);
  const isDate = (text: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(text) && !Number.isNaN(Date.parse(text));
  const isAbsolute = (href: string | undefined) => Boolean(href && URL.canParse(href) && /^https?:$/.test(new URL(href).protocol));
  for (const name of ['id', 'title', 'updated']) if (children(`feed/${name}`).length !== 1) problems.push(`feed has ${children(`feed/${name}`).length} <${name}>`);
  if (!isDate(children('feed/updated')[0]?.text ?? '')) problems.push('feed <updated> is not an RFC 3339 date');
  if (!children('feed/author/name')[0]?.text.trim()) problems.push('feed has no <author><name>');
  const self = children('feed/link').find((l) => l.attributes['rel'] === 'self');
  if (!isAbsolute(self?.attributes['href'])) problems.push('feed has no absolute <link rel="self">');
  const entries = children('feed/entry');
  const ids = new Set<string>();
  entries.forEach((_, i) => {
    const inEntry = (name: string) => elements.filter((e) => e.path === `feed/entry/${name}`)[i];
    for (const name of ['id', 'title', 'updated', 'summary']) if (!inEntry(name)?.text.trim()) problems.push(`entry ${i} has no <${name}>`);
    if (!isDate(inEntry('updated')?.text ?? '')) problems.push(`entry ${i} <updated> is not an RFC 3339 date`);
    if (!isAbsolute(inEntry('link')?.attributes['href'])) problems.push(`entry ${i} has no absolute <link>`);
    const id = inEntry('id')?.text ?? '';
    if (ids.has(id)) problems.push(`entry ${i} repeats the id ${id}`);
    ids.add(id);
  });
  return problems;
}
