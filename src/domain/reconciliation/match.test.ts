import { describe, expect, it } from 'vitest';
import { dateLikeness, similarity, trigrams } from './similarity.js';
import { countKinds, differences, reconcile, type RegistryPerson } from './match.js';

const reg = (id: number, fullName: string, birthDate: string, more: Partial<RegistryPerson> = {}): RegistryPerson => ({
  id,
  fullName,
  birthDate,
  active: true,
  citizenId: `0361000000${String(id).padStart(2, '0')}`,
  partyCardNo: `93${id}00`,
  hometown: 'Nam Định',
  phone: '0912345678',
  ...more,
});

describe('similarity', () => {
  it('computes trigram similarity like pg_trgm', () => {
    expect(similarity(trigrams('nguyen van ngoan'), trigrams('nguyen van ngoan'))).toBe(1);
    expect(similarity(trigrams('word'), trigrams('two words'))).toBeCloseTo(4 / 11, 5); // pg_trgm: 0.363636
    expect(similarity(trigrams('nguyen van ngoan'), trigrams('nguyen van ngoaan'))).toBeGreaterThan(0.7);
  });
  it('treats swapped day and month or one wrong digit as a likely typing slip', () => {
    expect(dateLikeness('1990-04-03', '1990-04-03')).toBe(1);
    expect(dateLikeness('1990-04-03', '1990-03-04')).toBe(0.6);
    expect(dateLikeness('1990-04-03', '1991-04-03')).toBe(0.6);
    expect(dateLikeness('1990-04-03', '1985-11-20')).toBe(0);
  });
});

describe('reconcile', () => {
  const registry = [
    reg(1, 'Nguyễn Văn Ngoan', '1970-03-04'),
    reg(2, 'Trần Thị Bình', '1985-07-20'),
    reg(3, 'Lê Văn An', '1992-01-15'),
    reg(4, 'Lê Văn Ân', '1992-01-15'),
    reg(5, 'Phạm Văn Đồng', '1960-01-01', { active: false }),
    reg(6, 'Hoàng Thị Hoa', '1980-02-02'),
  ];

  it('matches by citizen ID, then card, then fuzzily; lists the rest on each side and the registry’s duplicates', () => {
    const items = reconcile(
      [
        { row: 2, citizenId: '036100000001', fullName: 'Nguyen Van Ngoan', phone: '0987654321' }, // ID; no diacritics is no difference
        { row: 3, partyCardNo: '93200', fullName: 'Trần Thị Bình' },
        { row: 4, fullName: 'Hoàng Thi Hao', birthDate: '1980-02-02', hometown: 'Nam Định' }, // misspelled, same birth date
        { row: 5, fullName: 'Đỗ Văn Lạ', birthDate: '1999-09-09' },
      ],
      registry,
    );
    const byRow = new Map(items.filter((i) => i.row).map((i) => [i.row, i]));
    expect(byRow.get(2)).toMatchObject({
      kind: 'different',
      memberId: 1,
      method: 'citizen_id',
      differences: [{ field: 'phone', list: '0987654321', registry: '0912345678', decision: null }],
    });
    expect(byRow.get(3)).toMatchObject({ kind: 'matched', memberId: 2, method: 'party_card' });
    expect(byRow.get(4)).toMatchObject({ kind: 'different', memberId: 6, method: 'fuzzy' });
    expect(byRow.get(4)!.differences.map((d) => d.field)).toEqual(['fullName']);
    expect(byRow.get(5)).toMatchObject({ kind: 'only_in_list', memberId: null });
    expect(items.filter((i) => i.kind === 'only_in_registry').map((i) => i.memberId)).toEqual([3, 4]); // 5 has left: not expected on a list
    expect(items.filter((i) => i.kind === 'registry_duplicate')).toMatchObject([{ memberId: 3, otherMemberId: 4, score: 1 }]);
    expect(countKinds(items)).toEqual({
      matched: 1,
      different: 2,
      only_in_list: 1,
      only_in_registry: 2,
      registry_duplicate: 1,
      differences: 2,
    });
  });

  it('does not match on a similar name alone', () => {
    const items = reconcile([{ row: 2, fullName: 'Hoàng Thị Hoa', birthDate: '1991-12-12' }], registry);
    expect(items[0]).toMatchObject({ kind: 'only_in_list' });
  });

  it('reports a name with other diacritics as a difference, but not the same name typed without them', () => {
    expect(differences({ fullName: 'Nguyen Van Ngoan' }, { fullName: 'Nguyễn Văn Ngoan' })).toEqual([]);
    expect(differences({ fullName: 'Nguyễn Văn Ngoạn' }, { fullName: 'Nguyễn Văn Ngoan' })).toHaveLength(1);
  });
});
