// PostgreSQL's advice for populating a database ("Populating a Database" in its manual): checking a
// foreign key or inserting into a secondary index row by row is far slower than checking or
// building it once over the loaded table. So, inside the seed's transaction, the foreign keys,
// exclusion constraints and plain (non-unique) indexes of the loaded tables are dropped, the rows
// copied, and each is recreated from its own catalog definition (same name, same definition).
// Primary keys and unique constraints stay, so duplicates still fail immediately. DDL is
// transactional: if anything fails, the rollback restores the schema untouched.
import type pg from 'pg';

interface Deferred {
  table: string;
  name: string;
  drop: string;
  create: string;
  kind: 'index' | 'exclusion' | 'fk';
}

async function deferrable(client: pg.PoolClient, tables: readonly string[]): Promise<Deferred[]> {
  const { rows: cons } = await client.query<{ tbl: string; name: string; type: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype IN ('f', 'x') AND c.conrelid = ANY($1::regclass[])
      ORDER BY c.contype DESC, c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const { rows: idx } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1, 2`,
    [tables],
  );
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    ...idx.map((i): Deferred => ({ table: i.tbl, name: i.name, kind: 'index', drop: `DROP INDEX ${i.name}`, create: i.def })),
    ...cons.map(
      (c): Deferred => ({
        table: c.tbl,
        name: c.name,
        kind: c.type === 'x' ? 'exclusion' : 'fk',
        drop: `ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quote(c.name)}`,
        create: `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quote(c.name)} ${c.def}`,
      }),
    ),
  ];
}

/** Runs `load` with the tables' foreign keys, exclusion constraints and plain indexes deferred. */
export async function withDeferredChecks(
  client: pg.PoolClient,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<{ dropped: number }> {
  const deferred = await deferrable(client, tables);
  // Foreign keys first: an index may back one of them.
  for (const d of [...deferred].reverse()) await client.query(d.drop);
  await load();
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  // Indexes, then exclusion constraints, then foreign keys (which use the rebuilt indexes).
  for (const d of deferred) await client.query(d.create);
  return { dropped: deferred.length };
}
