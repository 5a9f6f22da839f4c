import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatNumber, formatPercent } from './format.js';

describe('one number and date format per language', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(108419, 'vi')).toBe('108.419');
    expect(formatNumber(108419, 'en')).toBe('108,419');
    expect(formatNumber(1460, 'vi')).toBe('1.460');
    expect(formatNumber(1460, 'en')).toBe('1,460');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-12500, 'vi')).toBe('-12.500');
    expect(formatNumber(1000.5, 'vi')).toBe('1.000,5');
    expect(formatNumber(1000.5, 'en')).toBe('1,000.5');
  });
  it('writes decimals with a comma in Vietnamese and a point in English, to a fixed number of places', () => {
    expect(formatDecimal(82.25, 'vi')).toBe('82,25');
    expect(formatDecimal(82.25, 'en')).toBe('82.25');
    expect(formatDecimal(82.5, 'vi')).toBe('82,50');
    expect(formatDecimal(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatDecimal(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatDecimal(2.675, 'en')).toBe('2.68');
    expect(formatDecimal(-0.001, 'vi')).toBe('0,00');
  });
  it('writes a share as a percentage', () => {
    expect(formatPercent(0.907, 'vi')).toBe('90,7%');
    expect(formatPercent(0.907, 'en')).toBe('90.7%');
    expect(formatPercent(0.2, 'vi', 0)).toBe('20%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
  });
  it('writes dates as dd/mm/yyyy in both languages, instants in Vietnam time', () => {
    for (const locale of ['vi', 'en'] as const) {
      expect(formatDate('2027-12-03', locale)).toBe('03/12/2027');
      // 20:30 UTC on 3 December is already 4 December in Vietnam.
      expect(formatDate(new Date('2027-12-03T20:30:00Z'), locale)).toBe('04/12/2027');
      expect(formatDate('2027-12-03T20:30:00.000Z', locale)).toBe('04/12/2027');
      expect(formatDateTime(new Date('2027-12-03T20:30:00Z'), locale)).toBe('04/12/2027 03:30');
      expect(formatDateTime('2026-01-05T01:02:59Z', locale)).toBe('05/01/2026 08:02');
    }
    expect(formatDate('2026-12-04 10:00:00')).toBe('04/12/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('garbage')).toBe('garbage');
  });
});
