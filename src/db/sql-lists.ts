// Constant lists of codes written into SQL as literals, `('a', 'b')`, so the planner sees the values, as it would
// in hand-written SQL, and the list itself is defined once in src/domain.
import { sql, type RawBuilder } from 'kysely';

export function literalList(values: readonly string[]): RawBuilder<unknown> {
  for (const v of values) if (!/^[a-z_]+$/.test(v)) throw new Error(`not a code: ${v}`);
  return sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);
}
