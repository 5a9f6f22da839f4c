// Demo data for the assessments module group (see extensions.ts). Deterministic: no Math.random, no clock.
import type { SeedContext } from './extensions.js';

export async function seedAssessments(_ctx: SeedContext): Promise<void> {}
