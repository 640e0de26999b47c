import { describe, expect, it } from 'vitest';
import { formatMinutes, getLessonsInOrder, orderNumber } from '../src/shared/order.ts';

describe('lesson order', () => {
  it('orders by module number, then lesson number, not by text', () => {
    const ids = ['10-later/01-a', '02-b/10-ten', '02-b/02-two', '01-a/03-c', '02-b/01-one'];
    expect(getLessonsInOrder(ids.map((id) => ({ id }))).map((l) => l.id)).toEqual(['01-a/03-c', '02-b/01-one', '02-b/02-two', '02-b/10-ten', '10-later/01-a']);
  });

  it('explains a name without a number', () => {
    expect(() => orderNumber('live-streaming')).toThrow('"live-streaming" must start with a two-digit number and a hyphen, for example "01-live-streaming".');
  });
});

describe('pathway totals', () => {
  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(85)).toBe('1 hour 25 minutes');
    expect(formatMinutes(241)).toBe('4 hours 1 minute');
  });
});
