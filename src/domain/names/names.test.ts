import { describe, it, expect } from 'vitest';
import { normalizeFullName, searchName, sortKey, splitName } from './index.js';

const nfd = (s: string): string => s.normalize('NFD');
const byKey = (names: string[]): string[] => [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

describe('normalizeFullName', () => {
  it('converts NFD to NFC', () => {
    const input = nfd('Nguyễn Văn Đức');
    expect(input).not.toBe('Nguyễn Văn Đức');
    expect(normalizeFullName(input)).toBe('Nguyễn Văn Đức');
  });
  it('trims and collapses whitespace (tabs, NBSP, newlines), keeps case', () => {
    expect(normalizeFullName('  trần\tTHỊ \u00a0 bích\n ')).toBe('trần THỊ bích');
  });
  it('handles empty and blank input', () => expect(normalizeFullName('   ')).toBe(''));
});

describe('searchName', () => {
  it('strips tones and letter marks, lower-cases', () => {
    expect(searchName('Nguyễn Văn Ngoan')).toBe('nguyen van ngoan');
    expect(searchName('Trương Thị Ánh Nguyệt')).toBe('truong thi anh nguyet');
  });
  it('maps Đ/đ to d', () => {
    expect(searchName('Đặng Đình Đức')).toBe('dang dinh duc');
    expect(searchName('đỗ')).toBe('do');
  });
  it('gives the same result for NFD input', () => {
    expect(searchName(nfd('Nguyễn Văn Ngoan'))).toBe('nguyen van ngoan');
    expect(searchName(nfd('ĐẶNG ĐÌNH ĐỨC'))).toBe('dang dinh duc');
  });
  it('folds case and whitespace', () => {
    expect(searchName('  LÊ   thị\tHỒNG ')).toBe('le thi hong');
    expect(searchName('')).toBe('');
  });
});

describe('splitName', () => {
  it('splits family, middle, given', () => {
    expect(splitName('Nguyễn Văn An')).toEqual({ family: 'Nguyễn', middle: 'Văn', given: 'An' });
  });
  it('joins several middle words', () => {
    expect(splitName('Tôn Nữ Thị Ngọc Hà')).toEqual({ family: 'Tôn', middle: 'Nữ Thị Ngọc', given: 'Hà' });
  });
  it('two words have no middle name', () => {
    expect(splitName('Lê Lợi')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
  });
  it('a one-word name is the given name', () => {
    expect(splitName('Bình')).toEqual({ family: '', middle: '', given: 'Bình' });
  });
  it('empty input gives empty parts', () => {
    expect(splitName('  ')).toEqual({ family: '', middle: '', given: '' });
  });
  it('normalizes NFD and extra spaces, keeps case', () => {
    expect(splitName(nfd('  đặng   VĂN  dũng '))).toEqual({ family: 'đặng', middle: 'VĂN', given: 'dũng' });
  });
});

describe('sortKey', () => {
  const sortsBefore = (a: string, b: string): void => {
    expect(sortKey(a) < sortKey(b), `${a} < ${b}`).toBe(true);
  };

  it('is pure printable ASCII (safe for COLLATE "C")', () => {
    for (const n of ['Nguyễn Văn An', 'ĐỖ THỊ Ư', 'Nay Y Blin', 'Kpă Thị Hờ', '李 小龙', '']) {
      expect(sortKey(n)).toMatch(/^[\x20-\x7e]*$/);
    }
  });
  it('documents the encoding', () => {
    expect(sortKey('Nguyễn Văn An')).toBe('a0n0#n0g0u0y0e1n0#v0a1n0!00000030000');
    expect(sortKey('Đức')).toBe('d1u1c0##!040');
  });
  it('is identical for NFC and NFD input', () => {
    for (const n of ['Nguyễn Thị Ánh Nguyệt', 'Đặng Văn Dũng', 'Trương Ngọc Ẩn', 'Phạm Ưởng']) {
      expect(sortKey(nfd(n))).toBe(sortKey(n));
    }
  });
  it('is case- and whitespace-insensitive', () => {
    expect(sortKey('NGUYỄN VĂN AN')).toBe(sortKey('nguyễn văn an'));
    expect(sortKey('  Nguyễn \t Văn   An ')).toBe(sortKey('Nguyễn Văn An'));
  });
  it('orders letters in the Vietnamese alphabet', () => {
    sortsBefore('An', 'Ăn');
    sortsBefore('Ăn', 'Ân');
    sortsBefore('Ân', 'Bình');
    sortsBefore('Dũng', 'Đức');
    sortsBefore('Đức', 'Em');
    sortsBefore('Em', 'Êm');
    sortsBefore('Hồ', 'Hơ');
    sortsBefore('Ôn', 'Ơn');
    sortsBefore('Ơn', 'Phúc');
    sortsBefore('Tú', 'Ưng');
    sortsBefore('Ưng', 'Vân');
  });
  it('places f j w z at their Latin positions', () => {
    sortsBefore('Êm', 'Fan');
    sortsBefore('Fan', 'Giang');
    sortsBefore('Ích', 'Jon');
    sortsBefore('Jon', 'Khánh');
    sortsBefore('Vân', 'Wang');
    sortsBefore('Wang', 'Xuân');
    sortsBefore('Yến', 'Zê');
  });
  it('sorts a shorter word before a longer one with the same prefix', () => {
    sortsBefore('An', 'Anh');
    sortsBefore('Nguyễn Văn Hà', 'Nguyễn Văn Hải');
    sortsBefore('Lê Thị Lan', 'Lê Thị Ánh Lan');
  });
  it('sorts by given name, then family, then middle', () => {
    sortsBefore('Nguyễn Văn An', 'Trần Thị Bình');
    sortsBefore('Trần Thị Bình', 'Lê Văn Cường');
    sortsBefore('Lê Thị Lan', 'Nguyễn Thị Lan');
    sortsBefore('Nguyễn Thị Lan', 'Nguyễn Văn Lan');
    sortsBefore('Lan', 'Lê Lan');
  });
  it('uses tones only as a secondary difference', () => {
    const tones = ['Lan', 'Làn', 'Lản', 'Lãn', 'Lán', 'Lạn'];
    expect(byKey([...tones].reverse())).toEqual(tones);
    sortsBefore('Nguyên Văn An', 'Nguyễn Văn An');
    // Base letters differ (family), so the tone on the given name is ignored.
    sortsBefore('Lê Thị Ánh', 'Nguyễn Văn Anh');
    sortsBefore('Lê Thị Ánh', 'Lê Thị Anhh');
  });
  it('ignores punctuation and encodes unknown letters after z', () => {
    expect(sortKey("H'Hen")).toBe(sortKey('HHen'));
    sortsBefore('Zê', 'Øystein');
    expect(sortKey('Øystein').startsWith('~0000f8y0s0')).toBe(true);
  });
  it('sorts a realistic list', () => {
    const expected = [
      'Nguyễn Văn An',
      'Bùi Thị Ánh',
      'Hoàng Đức Anh',
      'Phạm Minh Anh',
      'Lý Thị Ân',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Đặng Văn Dũng',
      'Tạ Minh Đức',
      'Đỗ Thị Hà',
      'Ngô Quang Hải',
      'Vũ Ngọc Hạnh',
      'Dương Văn Hùng',
      'Lê Thị Lan',
      'Nguyễn Thị Lan',
      'Nguyễn Văn Lan',
      'Trịnh Văn Tuấn',
      'Phan Thanh Tùng',
    ];
    const shuffled = [...expected].sort((a, b) => searchName(b).localeCompare(searchName(a)));
    expect(shuffled).not.toEqual(expected);
    expect(byKey(shuffled)).toEqual(expected);
    expect(byKey(shuffled.map(nfd)).map((n) => n.normalize('NFC'))).toEqual(expected);
  });
});
