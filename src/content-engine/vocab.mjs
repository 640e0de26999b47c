// @ts-check
/**
 * The fixed vocabularies content uses. Plain JavaScript so the build (src/shared/vocab.ts re-exports
 * these with their display names) and the Node content lint read the same lists.
 */

export const NATIONS = /** @type {const} */ (['england', 'wales', 'scotland', 'northern-ireland']);
export const AUDIENCES = /** @type {const} */ (['teacher', 'social-worker', 'volunteer']);
export const REFERENCE_KINDS = /** @type {const} */ (['statute', 'statutory-guidance', 'guidance', 'research', 'data']);
export const CONTACT_KINDS = /** @type {const} */ (['emergency', 'helpline', 'reporting', 'support']);
export const CALLOUT_TYPES = /** @type {const} */ (['info', 'important', 'warning']);
export const URGENCIES = /** @type {const} */ (['emergency', 'urgent', 'standard']);
