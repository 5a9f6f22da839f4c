// Targets the dashboard measures progress against. Resolution 21-NQ/TW (16 June 2022): every year more
// than 90% of grassroots organizations and of members rated good or better; admissions of 3–4% of
// the membership a year. The admission target used is 3% (the lower bound), a setting [U].

import { LEVELS } from '../assessment/levels.js';

export { LEVELS };
export type LevelCounts = Record<(typeof LEVELS)[number], number>;

export const DEFAULT_ADMISSION_TARGET = 0.03;
export const GOOD_OR_BETTER_TARGET = 0.9;

export interface Progress {
  key: string;
  value: number | null;
  target: number;
  met: boolean | null;
}

const goodShare = (c: LevelCounts | undefined) => {
  if (!c) return null;
  const rated = LEVELS.reduce((s, l) => s + c[l], 0);
  return rated === 0 ? null : (c.excellent + c.good) / rated;
};

export function resolution21(input: {
  admissions: { admitted: number; base: number } | null;
  levels: { member: LevelCounts; organization: LevelCounts } | null;
}): Progress[] {
  const rate = input.admissions && input.admissions.base > 0 ? input.admissions.admitted / input.admissions.base : null;
  const members = goodShare(input.levels?.member);
  const orgs = goodShare(input.levels?.organization);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return [
    {
      key: 'members_good',
      value: round(members),
      target: GOOD_OR_BETTER_TARGET,
      met: members === null ? null : members > GOOD_OR_BETTER_TARGET,
    },
    {
      key: 'organizations_good',
      value: round(orgs),
      target: GOOD_OR_BETTER_TARGET,
      met: orgs === null ? null : orgs > GOOD_OR_BETTER_TARGET,
    },
    {
      key: 'admissions',
      value: round(rate),
      target: DEFAULT_ADMISSION_TARGET,
      met: rate === null ? null : rate >= DEFAULT_ADMISSION_TARGET,
    },
  ];
}
