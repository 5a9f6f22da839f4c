import { describe, expect, it } from 'vitest';
import { checkChoice, evaluate, ruleCatalog, RULE_SETS, RULES } from './index.js';
import { best124, best366 } from './test-facts.js';

describe('checkChoice', () => {
  const capped = evaluate('reg366-2025', best366({ points: { general: 20, tasks: 55 } })); // 75 → good
  it('a lower level or the allowed one is always fine', () => {
    for (const l of ['good', 'completed', 'not_completed'] as const) expect(checkChoice(capped, l)).toEqual({ ok: true });
  });
  it('a higher level over a [V] rule is refused, even with an override reason', () => {
    const c = checkChoice(capped, 'excellent', { reason: 'xin ngoại lệ' });
    expect(c).toMatchObject({ ok: false, code: 'above_allowed', overridable: false });
    expect(c.ok ? [] : c.reasons.map((r) => r.ruleId)).toEqual(['reg366.points_band']);
  });
  it('a higher level over [U]/[P] settings only needs a non-blank override reason', () => {
    const sick = evaluate('reg366-2025', best366({ sickLeaveDays: 120 }));
    expect(sick.allowed).toBe('completed');
    expect(checkChoice(sick, 'excellent')).toMatchObject({ ok: false, overridable: true });
    expect(checkChoice(sick, 'excellent', { reason: '   ' })).toMatchObject({ ok: false, overridable: true });
    expect(checkChoice(sick, 'excellent', { reason: 'Nghỉ ốm do tai nạn lao động khi làm nhiệm vụ' })).toEqual({ ok: true });
  });
  it('only the reasons capping below the chosen level count', () => {
    // sick leave (setting) caps at completed; points 75 ([V]) cap at good: good is overridable, excellent is not
    const ev = evaluate('reg366-2025', best366({ points: { general: 20, tasks: 55 }, sickLeaveDays: 120 }));
    expect(checkChoice(ev, 'good', { reason: 'lý do' })).toEqual({ ok: true });
    expect(checkChoice(ev, 'excellent', { reason: 'lý do' })).toMatchObject({ ok: false, overridable: false });
  });
  it('a level above the proposal but within allowed is fine (missing evidence lowers only the proposal)', () => {
    const ev = evaluate('reg124-2023', best124({ concreteProducts: undefined }));
    expect(ev.proposed).toBe('good');
    expect(checkChoice(ev, 'excellent')).toEqual({ ok: true });
  });
});

describe('rule catalog', () => {
  it("lists each rule set's rules with texts and sources, settings marked", () => {
    for (const rs of RULE_SETS) {
      const cat = ruleCatalog(rs.id);
      expect(cat.length).toBeGreaterThan(8);
      for (const r of cat) expect(r.vi && r.en && r.source).toBeTruthy();
    }
    expect(
      ruleCatalog('reg366-2025')
        .filter((r) => r.setting)
        .map((r) => r.ruleId),
    ).toEqual(expect.arrayContaining(['reg366.special_discipline', 'common.sick_leave', 'order.head_above_collective']));
    expect(ruleCatalog('reg124-2023').some((r) => r.ruleId.startsWith('reg366.'))).toBe(false);
    expect(Object.keys(RULES).length).toBe(new Set(Object.keys(RULES)).size);
  });
});
