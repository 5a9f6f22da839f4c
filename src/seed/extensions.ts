// Demo data of the wings beyond the foundation, loaded after the core province in the same transaction.
// Each module group implements its own file; keep this list in step with src/modules/index.ts.
import type { SeedExtension } from './context.js';
import { seedAssessments } from './extend-assessments.js';
import { seedLifecycle } from './extend-lifecycle.js';
import { seedDataExchange } from './extend-data-exchange.js';
import { seedGrassrootsWork } from './extend-grassroots-work.js';
import { seedCellMonth } from './extend-cell-month.js';

export type { SeedContext, SeedExtension } from './context.js';

export const seedExtensions: SeedExtension[] = [seedAssessments, seedLifecycle, seedDataExchange, seedGrassrootsWork, seedCellMonth];
