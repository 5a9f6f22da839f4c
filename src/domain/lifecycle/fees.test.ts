import { describe, expect, it } from 'vitest';
import { basisInForce, basisProblem, proposedFee, type FeeBasis } from './fees.js';
import { SETTING_DEFAULTS } from './settings.js';

const rule = { ...SETTING_DEFAULTS };

describe('Party fee amount rule', () => {
  it('takes 1% of the insured salary and of a sickness or maternity benefit', () => {
    expect(proposedFee({ kind: 'insured_salary', monthlyAmount: 8_640_000 }, rule)).toEqual({
      amount: 86_400,
      source: 'insured_salary',
      percent: 1,
    });
    expect(proposedFee({ kind: 'insurance_benefit', monthlyAmount: 5_000_000 }, rule)).toEqual({
      amount: 50_000,
      source: 'insurance_benefit',
      percent: 1,
    });
  });

  it('takes 0.5% of a pension', () => {
    expect(proposedFee({ kind: 'pension', monthlyAmount: 6_530_000 }, rule)).toEqual({ amount: 32_650, source: 'pension', percent: 0.5 });
  });

  it('asks a fixed amount of students and of other members', () => {
    expect(proposedFee({ kind: 'student', monthlyAmount: null }, rule)).toEqual({ amount: 5000, source: 'student' });
    expect(proposedFee({ kind: 'other', monthlyAmount: null }, rule)).toEqual({ amount: 20000, source: 'other' });
  });

  it('falls back to the flat amount without a basis, or with a percentage basis missing its amount', () => {
    expect(proposedFee(null, rule)).toEqual({ amount: 20000, source: 'flat' });
    expect(proposedFee({ kind: 'pension', monthlyAmount: null }, rule)).toEqual({ amount: 20000, source: 'flat' });
  });

  it('follows the settings: other rates, amounts and rounding', () => {
    const custom = { ...rule, feeSalaryPercent: 1.5, feeStudentAmount: 3000, feeRoundTo: 1000, monthlyFee: 10000 };
    expect(proposedFee({ kind: 'insured_salary', monthlyAmount: 7_123_456 }, custom).amount).toBe(107_000);
    expect(proposedFee({ kind: 'pension', monthlyAmount: 6_530_000 }, custom).amount).toBe(33_000);
    expect(proposedFee({ kind: 'student', monthlyAmount: null }, custom).amount).toBe(3000);
    expect(proposedFee(null, custom).amount).toBe(10000);
  });
});

describe('basis in force for a month', () => {
  const bases: FeeBasis[] = [
    { kind: 'insured_salary', monthlyAmount: 8_000_000, validFrom: '2025-01-01' },
    { kind: 'pension', monthlyAmount: 6_000_000, validFrom: '2026-07-01' },
  ];
  it('is the latest basis starting on or before the month', () => {
    expect(basisInForce(bases, '2024-12-01')).toBeNull();
    expect(basisInForce(bases, '2026-06-01')?.kind).toBe('insured_salary');
    expect(basisInForce(bases, '2026-07-01')?.kind).toBe('pension');
    expect(basisInForce([...bases].reverse(), '2026-10-01')?.kind).toBe('pension');
  });
});

describe('a basis to store', () => {
  it('needs the monthly amount for a percentage, and takes none for a fixed amount', () => {
    expect(basisProblem({ kind: 'insured_salary', monthlyAmount: null })).toBe('fee_basis_amount_required');
    expect(basisProblem({ kind: 'student', monthlyAmount: 100 })).toBe('fee_basis_amount_not_used');
    expect(basisProblem({ kind: 'pension', monthlyAmount: 1 })).toBeNull();
    expect(basisProblem({ kind: 'other', monthlyAmount: null })).toBeNull();
  });
});
