import { describe, expect, it } from 'vitest';
import { headAboveCollectiveWarning, missingBeforeDecision, type OrderNode } from './index.js';

const n = (subjectId: string, kind: OrderNode['kind'], unitPath: string, decided = false, headOfUnitPath?: string): OrderNode => ({
  subjectId,
  kind,
  unitPath,
  decided,
  ...(headOfUnitPath ? { headOfUnitPath } : {}),
});

// 1 grassroots committee with cells 1.2 and 1.3; 1.23 is a different unit (no prefix confusion)
const all = [
  n('org', 'grassroots_org', '1'),
  n('committee', 'party_committee', '1'),
  n('cell2', 'party_cell', '1.2'),
  n('cell3', 'party_cell', '1.3', true),
  n('other', 'party_cell', '1.23'),
  n('m1', 'member', '1.2', true),
  n('m2', 'member', '1.2'),
  n('m3', 'member', '1.3', true),
  n('m9', 'member', '1.23'),
  n('sec', 'leader', '1', false, '1'),
  n('sec2', 'leader', '1.2', false, '1.2'),
];
const ids = (x: OrderNode[]) => x.map((o) => o.subjectId).sort();

describe('order of decisions', () => {
  it('an organization waits for its undecided members and subordinate units', () => {
    expect(ids(missingBeforeDecision(all.find((x) => x.subjectId === 'cell2')!, all))).toEqual(['m2']);
    expect(ids(missingBeforeDecision(all[0]!, all))).toEqual(['cell2', 'm2', 'm9', 'other', 'sec2']);
  });
  it('does not confuse path prefixes (1.2 vs 1.23)', () => {
    expect(ids(missingBeforeDecision(all.find((x) => x.subjectId === 'other')!, all))).toEqual(['m9']);
  });
  it('a head waits for the collective of the unit he or she leads', () => {
    expect(ids(missingBeforeDecision(all.find((x) => x.subjectId === 'sec')!, all))).toEqual(['committee', 'org']);
    const decided = all.map((x) => (x.unitPath === '1' && x.kind !== 'leader' ? { ...x, decided: true } : x));
    expect(missingBeforeDecision(decided.find((x) => x.subjectId === 'sec')!, decided)).toEqual([]);
  });
  it('members have no prerequisite; nothing is missing once all is decided', () => {
    expect(missingBeforeDecision(all.find((x) => x.subjectId === 'm2')!, all)).toEqual([]);
    const done = all.map((x) => ({ ...x, decided: true }));
    expect(missingBeforeDecision(done[0]!, done)).toEqual([]);
  });
  it('a head rated above the collective is a warning, not an error, and can be switched off', () => {
    const w = headAboveCollectiveWarning('excellent', 'good');
    expect(w).toMatchObject({ ruleId: 'order.head_above_collective', warning: true, setting: true });
    expect(w?.cap).toBeUndefined();
    expect(headAboveCollectiveWarning('good', 'good')).toBeNull();
    expect(headAboveCollectiveWarning('completed', 'good')).toBeNull();
    expect(headAboveCollectiveWarning('excellent', 'good', { headAboveCollective: 'off' })).toBeNull();
  });
});
