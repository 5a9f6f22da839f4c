// Server-side prepared statements for the queries the application repeats. PostgreSQL then parses each
// statement once per connection and, when its plan does not depend on the values, plans it once too:
// on a short write (a self-assessment) parsing and planning were half of the database's work.
//
// Kysely hands node-postgres (text, values). This client gives such a query a name, one per distinct
// text, so node-postgres sends Parse once per connection and only Bind/Execute after. Left unnamed:
// - statements without parameters (they may hold several statements, which cannot be prepared);
// - anything but data statements (DDL);
// - statements whose columns come from `*` (a table recreated by a restore would change their result
//   type, which a prepared statement refuses);
// - subtree queries (ltree `<@`, `@>`): after five runs PostgreSQL may settle on one generic plan, which
//   cannot know whether the path is the whole province or one cell; measured, the province's results
//   dashboard took twice as long under it. They stay planned for their path each time;
// - new texts once the bounds are reached (texts that vary without end, such as long IN lists).
// Should a prepared statement still find its result type changed, every name is retired (the next use
// prepares afresh) and, outside a transaction, the query is run again once.
import pg from 'pg';

const MAX_NAMES = 5_000;
const MAX_PER_CONNECTION = 1_000;
const MAX_TEXT = 20_000;
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;
const STAR_COLUMNS = /(?:\bselect|\breturning|,|\.)\s*\*/i;
const SUBTREE = /<@|@>/;

const names = new Map<string, number>();
let generation = 0;

/** The statement name of a query text, or null when it should stay unnamed. */
export function statementName(text: string): string | null {
  let n = names.get(text);
  if (n === undefined) {
    if (names.size >= MAX_NAMES || text.length > MAX_TEXT || !DATA_STATEMENT.test(text) || STAR_COLUMNS.test(text) || SUBTREE.test(text))
      return null;
    n = names.size + 1;
    names.set(text, n);
  }
  return `grassroots_${generation}_${n}`;
}

const isStalePlan = (e: unknown) => (e as { code?: string }).code === '0A000' && /cached plan/.test(String((e as Error).message));

type QueryArgs = Parameters<pg.Client['query']>;
type AnyQuery = (...a: unknown[]) => Promise<unknown>;

export class PreparingClient extends pg.Client {
  #prepared = new Set<string>();
  #generation = generation;
  #inTransaction = false;

  // node-postgres's query() has many overloads; only Kysely's promise form (text, values) is named.
  // biome-ignore lint/suspicious/noExplicitAny: one override answers every overload (void, a Promise, the submitted query)
  override query(...args: unknown[]): any {
    const [text, values, callback] = args;
    if (typeof text === 'string' && !Array.isArray(values)) this.#track(text);
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || callback) {
      return (super.query as unknown as (...a: QueryArgs) => unknown)(...(args as QueryArgs));
    }
    return this.#named(text, values, true);
  }

  async #named(text: string, values: unknown[], retry: boolean): Promise<unknown> {
    const run = super.query as unknown as AnyQuery;
    const name = this.#nameFor(text);
    if (!name) return run.call(this, text, values);
    try {
      return await run.call(this, { name, text, values });
    } catch (e) {
      if (!isStalePlan(e)) throw e;
      if (this.#generation === generation) generation++;
      if (retry && !this.#inTransaction) return this.#named(text, values, false);
      throw e;
    }
  }

  #nameFor(text: string): string | null {
    if (this.#generation !== generation) {
      this.#prepared = new Set();
      this.#generation = generation;
    }
    const name = statementName(text);
    if (!name || (!this.#prepared.has(name) && this.#prepared.size >= MAX_PER_CONNECTION)) return null;
    this.#prepared.add(name);
    return name;
  }

  /** Kysely's transactions are begun and ended by plain statements without parameters. */
  #track(text: string) {
    const words = text.trim().slice(0, 12).toLowerCase();
    if (/^(begin|start)\b/.test(words)) this.#inTransaction = true;
    else if (/^(commit|end|rollback)\b/.test(words) && !/^rollback\s+to\b/.test(words)) this.#inTransaction = false;
  }
}
