import { describe, expect, it } from 'vitest';
import { autoMap, columnLetter, headerKey, IMPORT_FIELDS } from './columns.js';
import { detectDelimiter, parseCsv } from './csv.js';
import { cellText, parseCitizenId, parseDate, parseGender, parseStatus } from './values.js';
import { recheckRegistry, validateRows, type ScopeUnit } from './validate.js';

describe('columns', () => {
  it('matches headers without case, diacritics, punctuation or required marks', () => {
    expect(headerKey('  Họ và tên (*)')).toBe('ho va ten');
    expect(headerKey('SỐ CCCD:')).toBe('so cccd');
    const m = autoMap(['STT', 'Ho va ten', 'Ngày sinh', 'CCCD', 'Mã chi bộ', 'Ghi chú']);
    expect(m).toEqual({ fullName: 1, birthDate: 2, citizenId: 3, unitCode: 4 });
  });
  it('prefers a saved mapping and uses a column once', () => {
    expect(autoMap(['Tên', 'Họ và tên'], { fullName: 'Tên' })).toEqual({ fullName: 0 });
  });
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 51, 701, 999].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'ALL']);
  });
});

describe('cell values', () => {
  it('reads dates day first, ISO dates and Excel serial days; refuses impossible dates', () => {
    expect(parseDate('03/04/1990')).toBe('1990-04-03');
    expect(parseDate('3-4-1990')).toBe('1990-04-03');
    expect(parseDate('1990-04-03')).toBe('1990-04-03');
    expect(parseDate(32_966)).toBe('1990-04-03');
    expect(parseDate('29/02/2023')).toBe(null);
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('04/1990')).toBe(null);
  });
  it('normalizes text to NFC with single spaces', () => {
    expect(cellText('  Nguye\u0302\u0303n   Va\u0306n ')).toBe('Nguyễn Văn');
    expect(cellText(36100000001)).toBe('36100000001');
    // Text that is already clean comes back as it is; the rest is normalized the long way, with the same result.
    const samples = ['Nguyễn Thị Ánh', 'Đặng  Văn', ' x ', 'a\u00a0b', 'Nguye\u0302\u0303n', '\u212b', 'tab\there', 'ﬁ', '', 'Ω\u2126'];
    for (const v of samples) expect(cellText(v)).toBe(v.normalize('NFC').replace(/\s+/g, ' ').trim());
  });
  it('reads genders and statuses by their Vietnamese or English names', () => {
    expect(['Nam', 'NỮ', 'nu', 'female', '?'].map(parseGender)).toEqual(['male', 'female', 'female', 'female', null]);
    expect(['Chính thức', 'chinh thuc', 'Dự bị', 'temporarily_exempted', 'Tạm miễn sinh hoạt', 'Từ trần', 'x'].map(parseStatus)).toEqual([
      'official',
      'official',
      'probationary',
      'temporarily_exempted',
      'temporarily_exempted',
      'deceased',
      null,
    ]);
  });
  it('restores the leading zeros Excel dropped from a numeric citizen ID, but not from text', () => {
    expect(parseCitizenId(36100000001)).toBe('036100000001');
    expect(parseCitizenId('36100000001')).toBe('36100000001');
    expect(parseCitizenId('036 100 000 001')).toBe('036100000001');
  });
});

describe('csv', () => {
  it('detects the separator and reads quotes, doubled quotes and line breaks in fields', () => {
    const text = '\uFEFFa;b;c\r\n1;"x;y";"say ""hi"""\n2;"two\nlines";\n';
    expect(detectDelimiter(text)).toBe(';');
    expect([...parseCsv(text)]).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb')).toBe('\t');
  });
});

describe('row validation', () => {
  const cell: ScopeUnit = { id: 5, code: 'C5', name: 'Chi bộ', path: '1.5', holdsMembers: true, dissolved: false, foundedOn: '2020-01-01' };
  const facts = {
    today: '2026-11-26',
    units: new Map([['C5', cell]]),
    takenCitizenIds: new Set(['036000000001']),
    takenCards: new Set<string>(),
  };
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i]));
  const row = (over: Record<string, string | number | null> = {}) => {
    const v: Record<string, string | number | null> = {
      fullName: 'Lê Thị Hà',
      gender: 'Nữ',
      birthDate: '01/02/1991',
      ethnicity: 'Kinh',
      hometown: 'Nam Định',
      residence: 'Nam Định',
      citizenId: '036191000001',
      partyCardNo: null,
      admittedOn: '03/02/2015',
      officialOn: '03/02/2016',
      education: '12/12',
      theoryLevel: null,
      occupation: null,
      position: null,
      phone: null,
      status: 'Chính thức',
      unitCode: 'C5',
      ...over,
    };
    return IMPORT_FIELDS.map((f) => v[f] ?? null);
  };
  it('turns a good row into a member of the registry', () => {
    const r = validateRows([{ row: 2, cells: row() }], mapping, facts);
    expect(r.errors).toEqual([]);
    expect(r.valid[0]).toMatchObject({
      fullName: 'Lê Thị Hà',
      gender: 'female',
      birthDate: '1991-02-01',
      status: 'official',
      unit: cell,
      theoryLevel: '',
      partyCardNo: null,
    });
  });
  it('reports duplicates in the file against the first row that had the value', () => {
    const r = validateRows(
      [
        { row: 2, cells: row() },
        { row: 3, cells: row() },
        { row: 4, cells: row({ citizenId: '036000000001' }) },
      ],
      mapping,
      facts,
    );
    expect(r.errors).toEqual([
      { row: 3, field: 'citizenId', code: 'duplicate_in_file', params: { other: 2 } },
      { row: 4, field: 'citizenId', code: 'exists_in_registry', params: { value: '036000000001' } },
    ]);
    expect(r.valid.length).toBe(1);
  });
  it('applies the registry’s date rules', () => {
    const r = validateRows([{ row: 2, cells: row({ admittedOn: '01/01/2005', officialOn: null }) }], mapping, facts);
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['admittedOn:too_young_at_admission', 'officialOn:official_date_required']);
  });
  it('re-checks rows that passed against the registry as it is at commit, with the same rules', () => {
    const { valid } = validateRows(
      [
        { row: 2, cells: row() },
        { row: 3, cells: row({ citizenId: '036191000002', partyCardNo: 'BX0001' }) },
        { row: 4, cells: row({ citizenId: '036191000003' }) },
      ],
      mapping,
      facts,
    );
    expect(valid.length).toBe(3);
    const now = {
      units: new Map([['C5', { ...cell, foundedOn: '2021-01-01' }]]),
      takenCitizenIds: new Set(['036191000001']),
      takenCards: new Set(['BX0001']),
    };
    const r = recheckRegistry(valid, now);
    expect(r.errors).toEqual([
      { row: 2, field: 'citizenId', code: 'exists_in_registry', params: { value: '036191000001' } },
      { row: 3, field: 'partyCardNo', code: 'exists_in_registry', params: { value: 'BX0001' } },
    ]);
    expect(r.valid.map((m) => [m.row, m.unit.foundedOn])).toEqual([[4, '2021-01-01']]);
    const dissolved = recheckRegistry(valid.slice(2), { ...now, units: new Map([['C5', { ...cell, dissolved: true }]]) });
    expect(dissolved.errors).toEqual([{ row: 4, field: 'unitCode', code: 'unit_dissolved', params: { value: 'C5' } }]);
    expect(recheckRegistry(valid.slice(2), { ...now, units: new Map() }).errors.map((e) => e.code)).toEqual(['unit_unknown']);
  });
});
