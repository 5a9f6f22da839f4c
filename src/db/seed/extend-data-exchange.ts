// Demo data for the data-exchange module group (see extensions.ts). Deterministic: no Math.random, no clock.
import type { SeedContext } from './extensions.js';

export async function seedDataExchange(_ctx: SeedContext): Promise<void> {}
