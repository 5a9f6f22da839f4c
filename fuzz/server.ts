// The app under fuzz, in its own process so the fuzzer can read its memory from /proc and notice a crash.
import { createDb, createPool } from '../src/db/connection.js';
import { buildServer } from '../src/server.js';
import { TODAY } from '../test/fixture.js';

const pool = createPool(process.env.DATABASE_URL!, 10);
pool.on('error', (e) => console.error('pool error', e.message));
const db = createDb(pool);
const app = await buildServer({ db, pool, today: () => TODAY, loginRateLimit: 1_000_000, logger: { level: 'error' } });
await app.listen({ port: Number(process.env.FUZZ_PORT), host: '127.0.0.1' });
process.stdout.write('FUZZ_READY\n');
