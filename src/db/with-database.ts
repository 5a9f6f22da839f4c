// Runs a CLI job against the configured database (or the running app's), then exits with its status.
import { loadConfig } from '../config.js';
import { openDatabase, type OpenDatabase } from './open.js';

export async function withDatabase(work: (d: OpenDatabase) => Promise<number | void>): Promise<void> {
  const database = await openDatabase(loadConfig(), { shareRunning: true });
  let code = 1;
  try {
    code = (await work(database)) ?? 0;
  } finally {
    await database.close();
  }
  process.exit(code); // explicit: the exit status is the answer scripts read
}
