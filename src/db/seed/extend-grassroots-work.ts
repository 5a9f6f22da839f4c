// Demo data for the grassroots-work module group (see extensions.ts). Deterministic: no Math.random, no clock.
import type { SeedContext } from './extensions.js';

export async function seedGrassrootsWork(_ctx: SeedContext): Promise<void> {}
