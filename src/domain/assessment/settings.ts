// Rule settings: the [U] and [P] rules of DOMAIN.md §5 are configurable per cycle, with these defaults.
import type { Level } from './levels.js';

export type Rounding = 'floor' | 'round' | 'ceil';
export const ROUNDINGS: readonly Rounding[] = ['floor', 'round', 'ceil'];

/** reg366-2025 special cases that make a subject not_completed [U]. */
export type SpecialCase366 = 'discipline' | 'degradation' | 'collective_failure';
export const SPECIAL_CASES_366: readonly SpecialCase366[] = ['discipline', 'degradation', 'collective_failure'];

export interface RuleSettings {
  /** [P] Sick leave of at least `months` in the period caps an individual at `cap` (below good). */
  sickLeaveCap: { enabled: boolean; months: number; cap: Level };
  /** [U] Which special cases make a subject not_completed under reg366-2025. */
  specialCases366: Record<SpecialCase366, boolean>;
  /** [U] A head rated above the collective he or she leads: a warning ('warn') or nothing ('off'). */
  headAboveCollective: 'warn' | 'off';
  /** Quota rounding of 20% × good (strict default: floor). */
  quotaRounding: Rounding;
}

export type SettingsInput = Partial<Omit<RuleSettings, 'sickLeaveCap' | 'specialCases366'>> & {
  sickLeaveCap?: Partial<RuleSettings['sickLeaveCap']>;
  specialCases366?: Partial<RuleSettings['specialCases366']>;
};

export const DEFAULT_SETTINGS: RuleSettings = {
  sickLeaveCap: { enabled: true, months: 3, cap: 'completed' },
  specialCases366: { discipline: true, degradation: true, collective_failure: true },
  headAboveCollective: 'warn',
  quotaRounding: 'floor',
};

/** Defaults completed with what is given (nested objects merged key by key). */
export function resolveSettings(s?: SettingsInput): RuleSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    sickLeaveCap: { ...DEFAULT_SETTINGS.sickLeaveCap, ...s?.sickLeaveCap },
    specialCases366: { ...DEFAULT_SETTINGS.specialCases366, ...s?.specialCases366 },
  };
}
