// What every part of the demo seed receives: the connection of the one seeding transaction, the province's
// plan, the run's seed and a progress line.
import type pg from 'pg';
import type { Plan } from './plan.js';

export interface SeedContext {
  client: pg.PoolClient;
  plan: Plan;
  /** Base seed of the run: derive a module's own PRNG from it (e.g. createRng(seed).fork('campaigns')). */
  seed: number;
  say: (msg: string) => void;
}

export type SeedExtension = (ctx: SeedContext) => Promise<void>;
