import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { addDays, calendarDateOf, readCalendarDate } from '../../src/domain/devis-dates';
import { canonicalConfiguration, devisNumber } from '../../src/domain/devis-number';
import { LARGEST_BUNDLE } from './share-bundles';

const small: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }, { module: 'alinto-mail-essential', quantity: 25 }], termMonths: 12, requirements: ['iso27001', 'hds'], salesDiscountBp: 0 };

describe('the devis number', () => {
  it('reads CN-<issue day>-<8 hex digits of the canonical configuration and revision>', () => {
    expect(devisNumber(LARGEST_BUNDLE, '2026-11-28', '2026-11')).toBe('CN-20261128-FC918747');
    expect(devisNumber(small, '2026-11-28', '2026-11')).toMatch(/^CN-20261128-[0-9A-F]{8}$/);
  });

  it('is the same for the same bundle quoted twice the same day, whatever order it was built in', () => {
    const reordered: Configuration = { ...small, items: [...small.items].reverse(), requirements: [...small.requirements].reverse() };
    expect(devisNumber(reordered, '2026-11-28', '2026-11')).toBe(devisNumber(small, '2026-11-28', '2026-11'));
    expect(devisNumber(structuredClone(small), '2026-11-28', '2026-11')).toBe(devisNumber(small, '2026-11-28', '2026-11'));
  });

  it.each<[string, Configuration, string, string]>([
    ['another day', small, '2026-11-29', '2026-11'],
    ['another catalog revision', small, '2026-11-28', '2026-12'],
    ['another quantity', { ...small, items: [{ module: 'outscale-vm', quantity: 5 }, small.items[1]!] }, '2026-11-28', '2026-11'],
    ['another term', { ...small, termMonths: 36 }, '2026-11-28', '2026-11'],
    ['another sales discount', { ...small, salesDiscountBp: 100 }, '2026-11-28', '2026-11'],
    ['one qualification fewer', { ...small, requirements: ['hds'] }, '2026-11-28', '2026-11'],
  ])('changes with %s', (_, configuration, day, revision) => {
    const number = devisNumber(configuration, day, revision);
    expect(number).not.toBe(devisNumber(small, '2026-11-28', '2026-11'));
    expect(number.slice(3, 11)).toBe(day.replaceAll('-', ''));
  });

  it('hashes a canonical JSON with fixed key order, items sorted by module, qualifications sorted', () => {
    expect(canonicalConfiguration(small)).toBe(
      '{"catalog":"2026-11","items":[{"module":"alinto-mail-essential","quantity":25},{"module":"outscale-vm","quantity":4}],"termMonths":12,"requirements":["hds","iso27001"],"salesDiscountBp":0}',
    );
  });
});

describe('devis dates', () => {
  it.each([
    ['2026-11-28', 30, '2026-12-28'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-15', 30, '2028-03-16'],
    ['2027-02-15', 30, '2027-03-17'],
    ['2026-03-20', 15, '2026-04-04'],
  ])('%s plus %i days is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('takes the issue day from the local calendar', () => {
    expect(calendarDateOf(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(calendarDateOf(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });

  it.each(['2026-11-31', '2026-02-29', '28/11/2026', '2026-1-5', ''])('refuses %j as a date', (text) => {
    expect(readCalendarDate(text).ok).toBe(false);
  });

  it('accepts a real day', () => {
    expect(readCalendarDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
  });
});
