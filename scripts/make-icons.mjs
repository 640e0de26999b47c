// @ts-check
/**
 * Makes the app icons in public/icons/ and public/favicon.ico from public/favicon.svg. The PNGs are
 * committed, so the build does not depend on an image library; run this again after changing the SVG:
 *
 *   node scripts/make-icons.mjs
 *
 * It uses sharp, which Astro already installs for its image service.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const PUBLIC = new URL('../public/', import.meta.url);
const svg = await readFile(new URL('favicon.svg', PUBLIC), 'utf8');

// The favicon is a rounded square (the first <rect>) with the mark on it. A maskable icon is cropped
// to a circle or squircle by the device, so it needs a full-bleed square and the mark inside the
// central safe zone (80% of the width).
const background = /<rect[^>]*fill="([^"]+)"[^>]*\/>/.exec(svg);
if (!background) throw new Error('public/favicon.svg: expected a background <rect fill="…"/> as its first shape.');
const mark = svg.replace(/^[\s\S]*?<rect[^>]*\/>/, '').replace(/<\/svg>\s*$/, '');
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background[1]}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16)">${mark}</g></svg>`;

/** @param {string} source @param {number} size */
const png = (source, size) => sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

await mkdir(new URL('icons/', PUBLIC), { recursive: true });
const icons = {
  'icons/icon-192.png': await png(svg, 192),
  'icons/icon-512.png': await png(svg, 512),
  'icons/icon-maskable-192.png': await png(fullBleed, 192),
  'icons/icon-maskable-512.png': await png(fullBleed, 512),
  'icons/apple-touch-icon.png': await png(fullBleed, 180),
};
for (const [path, bytes] of Object.entries(icons)) await writeFile(new URL(path, PUBLIC), bytes);

// favicon.ico for browsers and tools that ask for it without reading the page: PNG images in an ICO
// container (a 6-byte header, a 16-byte entry per image, then the images).
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map((size) => png(svg, size)));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((image, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(sizes[i] ?? 0, entry);
  header.writeUInt8(sizes[i] ?? 0, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
await writeFile(new URL('favicon.ico', PUBLIC), Buffer.concat([header, ...images]));
console.log(`icons: wrote ${Object.keys(icons).length} PNGs in public/icons/ and public/favicon.ico`);
