// Demo data of the wings beyond the foundation, loaded after the core province in the same transaction.
// Each module group implements its own file; keep this list in step with src/modules/index.ts.
import type pg from 'pg';
import type { Plan } from './plan.js';
import { seedAssessments } from './extend-assessments.js';
import { seedLifecycle } from './extend-lifecycle.js';
import { seedDataExchange } from './extend-data-exchange.js';
import { seedGrassrootsWork } from './extend-grassroots-work.js';

export interface SeedContext {
  client: pg.PoolClient;
  plan: Plan;
  /** Base seed of the run: derive a module's own PRNG from it (e.g. createRng(seed).fork('campaigns')). */
  seed: number;
  say: (msg: string) => void;
}

export type SeedExtension = (ctx: SeedContext) => Promise<void>;

export const seedExtensions: SeedExtension[] = [seedAssessments, seedLifecycle, seedDataExchange, seedGrassrootsWork];
