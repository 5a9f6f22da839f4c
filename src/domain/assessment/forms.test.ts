import { describe, expect, it } from 'vitest';
import { hd43Form } from './forms.js';

describe('the paper of Hướng dẫn 43 for a subject', () => {
  it('prints a collective on Form 01 and a member on 2A/2B/2C by category, under Quy định 366 only', () => {
    expect(hd43Form({ ruleSet: 'reg366-2025', subjectKind: 'party_cell', category: null })).toBe('01');
    expect(hd43Form({ ruleSet: 'reg366-2025', subjectKind: 'member', category: 'leader_manager' })).toBe('2A');
    expect(hd43Form({ ruleSet: 'reg366-2025', subjectKind: 'member', category: 'in_political_system' })).toBe('2B');
    expect(hd43Form({ ruleSet: 'reg366-2025', subjectKind: 'member', category: 'outside_political_system' })).toBe('2C');
    expect(hd43Form({ ruleSet: 'reg366-2025', subjectKind: 'member', category: null })).toBeNull();
    expect(hd43Form({ ruleSet: 'reg124-2023', subjectKind: 'member', category: 'leader_manager' })).toBeNull();
    expect(hd43Form({ ruleSet: 'reg124-2023', subjectKind: 'party_cell', category: null })).toBeNull();
  });
});
