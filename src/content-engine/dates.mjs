// @ts-check
/** Calendar dates as content and pages write them: "YYYY-MM-DD". Shared by the content rules and the build. */

/**
 * @overload
 * @param {Date} value
 * @returns {string}
 */
/**
 * @overload
 * @param {unknown} value
 * @returns {string | undefined}
 */
/**
 * "2027-11-29" from a Date or a YAML date string; undefined when it is neither (or an invalid Date).
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function isoDate(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return undefined;
}
