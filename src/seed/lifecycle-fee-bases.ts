// Demo fee bases (member_fee_basis, see docs/rules/lifecycle.md "Monthly Party fee"): what each member's fee rests
// on, from the member's occupation. Deterministic: the same members and generator give the same rows.
// - Public servants, teachers, health staff, soldiers, police: insured salary = salary coefficient × base salary
//   2 340 000 đ (Nghị định 73/2024/NĐ-CP; allowances left out); some got a step raise (+0.33) during the year.
// - Enterprise staff and workers: insured salary by contract, above the regional minimum wage (Nghị định 74/2024).
// - Retirees, and most veterans: pension. Farmers, fishers, traders, self-employed: the fixed "other" amount;
//   the youngest of them are students. A few mothers are on maternity benefit (100 % of the salary) for 6 months.
// - About 1 in 14 members has no basis recorded yet: the flat amount is proposed for them.
import type { FeeBasisKind } from '../domain/lifecycle/fees.js';
import { addMonths } from '../domain/calendar/dates.js';
import type { MemberRow } from './members.js';
import type { Rng } from './rng.js';

export interface SeedFeeBasis {
  kind: FeeBasisKind;
  monthlyAmount: number | null;
  validFrom: string;
  note: string;
}

const BASE_SALARY = 2_340_000;
/** Salary coefficient ranges of public-sector occupations (lowest, highest). */
const PUBLIC: Readonly<Record<string, readonly [number, number]>> = {
  'Giáo viên': [2.34, 5.36],
  'Cán bộ quản lý giáo dục': [3.33, 6.1],
  'Công chức': [2.34, 5.08],
  'Viên chức': [2.1, 4.98],
  'Bác sĩ': [2.34, 6.2],
  'Điều dưỡng': [1.86, 4.06],
  'Dược sĩ': [2.34, 4.98],
  'Kỹ thuật viên': [1.86, 4.06],
  'Nhân viên': [1.5, 3.06],
  'Nhân viên y tế': [1.86, 4.06],
  'Quân nhân': [3.2, 7.3],
  'Bộ đội Biên phòng': [3.2, 7.0],
  'Công an': [3.2, 7.3],
  'Công nhân viên quốc phòng': [2.0, 4.5],
  'Công nhân công an': [2.0, 4.5],
};
/** Monthly insured salary ranges of enterprise occupations, in thousands of đồng. */
const ENTERPRISE: Readonly<Record<string, readonly [number, number]>> = {
  'Công nhân': [4_500, 8_500],
  'Kỹ sư': [8_000, 18_000],
  'Nhân viên văn phòng': [6_000, 12_000],
  'Quản lý': [12_000, 30_000],
};
const FIXED = new Set(['Nông dân', 'Ngư dân', 'Kinh doanh', 'Lao động tự do']);
const GONE = new Set(['deceased', 'transferred_out', 'removed']);

const monthOf = (iso: string) => `${iso.slice(0, 7)}-01`;
const later = (a: string, b: string) => (a > b ? a : b);
const yearsOld = (birth: string, today: string) =>
  Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - (today.slice(5) < birth.slice(5) ? 1 : 0);

/**
 * Fee bases of the members still in the registry, keyed by member id. `months` are the fee months of the demo
 * (first days, oldest first, ending with last month); every basis starts on or after the member's admission month.
 */
export function planFeeBases(
  members: readonly MemberRow[],
  months: readonly string[],
  today: string,
  rng: Rng,
): Map<number, SeedFeeBasis[]> {
  const out = new Map<number, SeedFeeBasis[]>();
  const last = months[months.length - 1]!;
  for (const m of members) {
    if (GONE.has(m.status) || rng.chance(1 / 14)) continue;
    const admitted = monthOf(m.admittedOn);
    const from = later(admitted, addMonths(months[0]!, -rng.int(0, 36)));
    const bases: SeedFeeBasis[] = [];
    const publicRange = PUBLIC[m.occupation];
    const enterpriseRange = ENTERPRISE[m.occupation];
    if (publicRange) {
      // Coefficients go up in steps of 0.33 (or 0.2 on the lower scales) every two or three years.
      let coef = Math.min(publicRange[1], publicRange[0] + 0.33 * rng.int(0, Math.floor((publicRange[1] - publicRange[0]) / 0.33)));
      coef = Math.round(coef * 100) / 100;
      bases.push({
        kind: 'insured_salary',
        monthlyAmount: Math.round(coef * BASE_SALARY),
        validFrom: from,
        note: `Hệ số ${coef.toFixed(2)}`,
      });
      const raise = months[rng.int(1, months.length - 1)]!;
      if (rng.chance(0.3) && raise > from && coef + 0.33 <= publicRange[1]) {
        const up = Math.round((coef + 0.33) * 100) / 100;
        bases.push({
          kind: 'insured_salary',
          monthlyAmount: Math.round(up * BASE_SALARY),
          validFrom: raise,
          note: `Nâng bậc lương, hệ số ${up.toFixed(2)}`,
        });
      }
    } else if (enterpriseRange) {
      bases.push({
        kind: 'insured_salary',
        monthlyAmount: rng.int(enterpriseRange[0] / 50, enterpriseRange[1] / 50) * 50_000,
        validFrom: from,
        note: '',
      });
    } else if (m.occupation === 'Hưu trí' || (m.occupation === 'Cựu chiến binh' && rng.chance(0.7))) {
      bases.push({ kind: 'pension', monthlyAmount: rng.int(3_500, 15_000) * 1000, validFrom: from, note: 'Lương hưu' });
    } else if (FIXED.has(m.occupation) && yearsOld(m.birthDate, today) <= 23 && rng.chance(0.7)) {
      bases.push({ kind: 'student', monthlyAmount: null, validFrom: from, note: 'Sinh viên' });
    } else {
      bases.push({ kind: 'other', monthlyAmount: null, validFrom: from, note: '' });
    }
    // Maternity leave: six months on the benefit (the average insured salary), then back to the salary.
    const salary = bases[bases.length - 1]!;
    if (salary.kind === 'insured_salary' && m.gender === 'female' && yearsOld(m.birthDate, today) < 40 && rng.chance(0.04)) {
      const start = months[rng.int(1, months.length - 1)]!;
      if (start > salary.validFrom) {
        bases.push({ kind: 'insurance_benefit', monthlyAmount: salary.monthlyAmount, validFrom: start, note: 'Nghỉ thai sản' });
        const back = addMonths(start, 6);
        if (back <= last) bases.push({ ...salary, validFrom: back, note: 'Đi làm lại sau thai sản' });
      }
    }
    out.set(m.id, bases);
  }
  return out;
}
