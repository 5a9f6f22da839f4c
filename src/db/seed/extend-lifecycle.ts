// Demo data for the lifecycle module group (see extensions.ts). Deterministic: no Math.random, no clock.
import type { SeedContext } from './extensions.js';

export async function seedLifecycle(_ctx: SeedContext): Promise<void> {}
