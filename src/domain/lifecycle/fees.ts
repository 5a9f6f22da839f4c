// The monthly Party fee a member owes (Quy định 01-QĐ/TW of the Politburo, 2026, on Party fees; before it,
// Quyết định 342-QĐ/TW, 2010): a percentage of the income the fee rests on, or a fixed amount for groups without
// one. Every rate is a setting (src/domain/lifecycle/settings.ts); the cell can still enter another amount.
import type { Settings } from './settings.js';

export type FeeBasisKind = 'insured_salary' | 'insurance_benefit' | 'pension' | 'student' | 'other';
export const FEE_BASIS_KINDS: FeeBasisKind[] = ['insured_salary', 'insurance_benefit', 'pension', 'student', 'other'];

/** Kinds whose fee is a percentage of a monthly amount (which must then be recorded). */
export const PERCENT_KINDS: FeeBasisKind[] = ['insured_salary', 'insurance_benefit', 'pension'];

export interface FeeBasis {
  kind: FeeBasisKind;
  monthlyAmount: number | null;
  validFrom: string;
}

export type FeeRule = Pick<
  Settings,
  'monthlyFee' | 'feeSalaryPercent' | 'feeBenefitPercent' | 'feePensionPercent' | 'feeStudentAmount' | 'feeOtherAmount' | 'feeRoundTo'
>;

/** Where a proposed amount comes from: the basis kind, or the flat amount when no usable basis is recorded. */
export type FeeSource = FeeBasisKind | 'flat';

export interface ProposedFee {
  amount: number;
  source: FeeSource;
  percent?: number;
}

function round(amount: number, step: number) {
  const s = step >= 1 ? Math.floor(step) : 1;
  return Math.round(amount / s) * s;
}

/** The fee proposed for one month from the basis in force (or the flat amount without one). */
export function proposedFee(basis: Pick<FeeBasis, 'kind' | 'monthlyAmount'> | null, rule: FeeRule): ProposedFee {
  const flat: ProposedFee = { amount: rule.monthlyFee, source: 'flat' };
  if (!basis) return flat;
  const percent = { insured_salary: rule.feeSalaryPercent, insurance_benefit: rule.feeBenefitPercent, pension: rule.feePensionPercent }[
    basis.kind as 'pension'
  ];
  if (percent !== undefined) {
    // A percentage kind without the amount it applies to cannot be computed: the flat amount stands in.
    if (basis.monthlyAmount === null || basis.monthlyAmount < 0) return flat;
    return { amount: round((basis.monthlyAmount * percent) / 100, rule.feeRoundTo), source: basis.kind, percent };
  }
  return { amount: basis.kind === 'student' ? rule.feeStudentAmount : rule.feeOtherAmount, source: basis.kind };
}

/** The basis in force for a fee month ('YYYY-MM-01'): the latest that starts on or before it. */
export function basisInForce(bases: FeeBasis[], month: string): FeeBasis | null {
  let best: FeeBasis | null = null;
  for (const b of bases) if (b.validFrom <= month && (!best || b.validFrom > best.validFrom)) best = b;
  return best;
}

/** Why a basis cannot be stored: a percentage kind needs its monthly amount, a fixed kind takes none. */
export function basisProblem(
  b: Pick<FeeBasis, 'kind' | 'monthlyAmount'>,
): 'fee_basis_amount_required' | 'fee_basis_amount_not_used' | null {
  const percent = PERCENT_KINDS.includes(b.kind);
  if (percent && (b.monthlyAmount === null || b.monthlyAmount === undefined)) return 'fee_basis_amount_required';
  if (!percent && b.monthlyAmount !== null && b.monthlyAmount !== undefined) return 'fee_basis_amount_not_used';
  return null;
}
