// Migrations are ordered SQL files in ./migrations, run by Kysely's migrator.
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db } from './connection.js';

const dir = fileURLToPath(new URL('./migrations/', import.meta.url));

class SqlFileProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
    const out: Record<string, Migration> = {};
    for (const f of files) {
      const text = await readFile(join(dir, f), 'utf8');
      out[f.replace(/\.sql$/, '')] = { up: async (db) => void (await sql.raw(text).execute(db)) };
    }
    return out;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Ordered: a migration numbered below one already applied is refused, so every database runs them in one order.
  // Parallel work takes its number when it lands (test: src/db/migrations.test.ts).
  const migrator = new Migrator({ db, provider: new SqlFileProvider(), allowUnorderedMigrations: false });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
