// Bulk loading with COPY … FROM STDIN in PostgreSQL's text format: one line per row, tab between
// columns, \N for NULL, and backslash, tab, newline and carriage return escaped inside values.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | null;

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY text format. */
export function copyValue(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return SPECIAL.test(v) ? v.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : v;
}

/** One row in COPY text format, with its newline. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = copyValue(values[0] ?? null);
  for (let i = 1; i < values.length; i++) line += '\t' + copyValue(values[i] ?? null);
  return line + '\n';
}

const CHUNK = 1 << 18; // ~256 KB per write: few syscalls, modest memory

function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let buf = '';
  for (const row of rows) {
    buf += copyLine(row);
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf.length > 0) yield buf;
}

/** Streams rows into `table (columns)` with COPY; returns the number of rows PostgreSQL stored. */
export async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows), { objectMode: false }), stream);
  return stream.rowCount;
}
