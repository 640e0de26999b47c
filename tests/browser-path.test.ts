import { describe, expect, it } from 'vitest';
import { findBrowser } from '../scripts/lib/browser.mjs';

describe('findBrowser', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome');
  });

  it('says so when CHROMIUM_PATH points nowhere', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow('CHROMIUM_PATH is set to "/nope", but there is no browser there.');
  });

  it('falls back to the system Chromium', () => {
    expect(findBrowser({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('explains how to install a browser when there is none', () => {
    expect(() => findBrowser({}, () => false)).toThrow(/No Chromium browser was found[\s\S]*apt-get install chromium/);
  });
});
