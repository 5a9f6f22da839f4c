import { describe, expect, it } from 'vitest';
import { ageOn, birthRangeForAgeBand, checkRecordDates, probationEnd } from './record.js';

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2000-05-10', '2018-05-09')).toBe(17);
    expect(ageOn('2000-05-10', '2018-05-10')).toBe(18);
    expect(ageOn('2000-02-29', '2019-02-28')).toBe(18);
  });
});

describe('checkRecordDates', () => {
  const today = '2026-11-26';
  const ok = { birthDate: '1980-01-01', admittedOn: '2005-03-02', officialOn: '2006-03-02', status: 'official' as const };
  it('accepts a plausible record', () => expect(checkRecordDates(ok, today)).toEqual([]));
  it('refuses admission before 18 and dates in the future', () => {
    expect(checkRecordDates({ ...ok, admittedOn: '1997-12-31' }, today)).toContainEqual({
      field: 'admittedOn',
      code: 'too_young_at_admission',
    });
    expect(checkRecordDates({ ...ok, birthDate: '2030-01-01' }, today)).toContainEqual({ field: 'birthDate', code: 'date_in_future' });
  });
  it('needs the official date after admission, and for official members', () => {
    expect(checkRecordDates({ ...ok, officialOn: '2004-01-01' }, today)).toContainEqual({
      field: 'officialOn',
      code: 'official_before_admitted',
    });
    expect(checkRecordDates({ ...ok, officialOn: null }, today)).toContainEqual({ field: 'officialOn', code: 'official_date_required' });
    expect(checkRecordDates({ ...ok, officialOn: null, status: 'probationary' }, today)).toEqual([]);
  });
  it('needs the official date at least twelve calendar months after admission (Charter, Article 5)', () => {
    const early = (officialOn: string, admittedOn = ok.admittedOn) => checkRecordDates({ ...ok, admittedOn, officialOn }, today);
    expect(early('2005-03-03')).toEqual([
      { field: 'officialOn', code: 'official_before_probation_end', params: { earliest: '2006-03-02' } },
    ]);
    expect(early('2006-03-01')).toEqual([
      { field: 'officialOn', code: 'official_before_probation_end', params: { earliest: '2006-03-02' } },
    ]);
    expect(early('2006-03-02')).toEqual([]);
    // calendar months: admitted on 29 Feb of a leap year, the earliest is 28 Feb of the next
    expect(early('2005-02-27', '2004-02-29')[0]?.params).toEqual({ earliest: '2005-02-28' });
    expect(early('2005-02-28', '2004-02-29')).toEqual([]);
    expect(probationEnd('2024-01-31')).toBe('2025-01-31');
  });
});

describe('birthRangeForAgeBand', () => {
  it('maps an age band to inclusive birth dates', () => {
    const r = birthRangeForAgeBand('31-40', '2026-11-26');
    expect(r).toEqual({ from: '1985-11-27', to: '1995-11-26' });
    expect(ageOn(r.to, '2026-11-26')).toBe(31);
    expect(ageOn(r.from!, '2026-11-26')).toBe(40);
    expect(birthRangeForAgeBand('71+', '2026-11-26').from).toBeNull();
  });
});
