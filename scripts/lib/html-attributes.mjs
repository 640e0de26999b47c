// @ts-check
/**
 * Reads tags and attributes out of built HTML. The pages come from Astro, which always quotes
 * attribute values, so a quote-aware scanner is enough; script, style and comment bodies are
 * skipped so that text inside them is never taken for markup.
 */

/**
 * @typedef {object} HtmlTag
 * @property {string} name      lower-case tag name
 * @property {Record<string, string>} attributes  decoded values; a bare attribute has ""
 * @property {number} offset    where the tag starts in the HTML
 */

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/**
 * Decodes the character references that appear in attribute values.
 * @param {string} value
 */
export function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (/** @type {string} */ whole, /** @type {string} */ ref) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// Comments and script or style elements first, so their bodies are consumed whole.
const TAG = /<!--[\s\S]*?-->|<(script|style)\b(?:"[^"]*"|'[^']*'|[^>"'])*>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Every start tag in an HTML text, in order. A <script> or <style> yields its start tag only.
 * @param {string} html
 * @returns {HtmlTag[]}
 */
export function readTags(html) {
  /** @type {HtmlTag[]} */
  const tags = [];
  for (const m of html.matchAll(TAG)) {
    let name = m[2];
    let attributeText = m[3] ?? '';
    if (m[1]) {
      // A script or style element: read its start tag, skip its body.
      const start = /^<([a-zA-Z]+)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/.exec(m[0]);
      name = start?.[1];
      attributeText = start?.[2] ?? '';
    }
    if (!name) continue; // a comment
    /** @type {Record<string, string>} */
    const attributes = {};
    for (const a of attributeText.matchAll(ATTRIBUTE)) {
      const key = (a[1] ?? '').toLowerCase();
      if (!(key in attributes)) attributes[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: name.toLowerCase(), attributes, offset: m.index ?? 0 });
  }
  return tags;
}
