#!/usr/bin/env node
// @ts-check
/** Writes public/_headers from config/security-headers.mjs (npm run headers). */
import { writeFileSync } from 'node:fs';
import { headersFile } from '../config/security-headers.mjs';

writeFileSync('public/_headers', headersFile());
console.log('headers: wrote public/_headers');
