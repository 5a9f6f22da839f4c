import { describe, expect, it } from 'vitest';
import { translate } from './i18n.js';

describe('server messages use the same format', () => {
  it('writes a date parameter as dd/mm/yyyy, in Vietnamese and in English', () => {
    const vi = translate('vi', 'errors.probation_not_finished', { dueOn: '2027-12-03' });
    expect(vi).toContain('hết ngày 03/12/2027');
    const en = translate('en', 'errors.probation_not_finished', { dueOn: '2027-12-03' });
    expect(en).toContain('03/12/2027');
    for (const text of [vi, en]) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
  it("writes number parameters with the language's separators, but identifiers and echoed input as given", () => {
    expect(translate('vi', 'errors.upload_too_many_rows', { max: 200000 })).toContain('200.000');
    expect(translate('en', 'errors.upload_too_many_rows', { max: 200000 })).toContain('200,000');
    // The value the user typed comes back exactly, even when it looks like an ISO date.
    expect(translate('vi', 'imports.reasons.date_invalid', { field: 'Ngày sinh', value: '2027-12-03' })).toContain('"2027-12-03"');
    expect(translate('vi', 'auditAnchor.matched', { n: 2, id: 12345, at: '2026-12-04T03:00:00.000Z' })).toMatch(
      /12345.*04\/12\/2026 10:00/,
    );
  });
});
