// Compile-time check that the hand-written table types (schema.ts and the modules' tables.ts) agree with
// the types generated from the migrated database (generated/database.ts): the same tables, the same
// columns, and the same nullability. A mismatch fails `tsc` with the table's name in the message.
// The hand-written types stay, because they carry narrower unions and write types than the database knows.
import type { SelectType } from 'kysely';
import type { DB } from './generated/database.js';
import type { Database } from './schema.js';

type Nullable<T> = null extends T ? 'nullable' : 'not null';
type Columns<T> = { [K in keyof T]-?: Nullable<SelectType<T[K]>> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Shared = keyof DB & keyof Database;

/** Tables whose columns or nullability differ between the hand-written and the generated types. */
export type MismatchedTables = { [N in Shared]: Same<Columns<Database[N]>, Columns<DB[N]>> extends true ? never : N }[Shared];
export type TablesMissingFromSchema = Exclude<keyof DB, keyof Database>;
export type TablesNotInDatabase = Exclude<keyof Database, keyof DB>;

type ExpectNone<T extends never> = T;
export type Checks = [ExpectNone<MismatchedTables>, ExpectNone<TablesMissingFromSchema>, ExpectNone<TablesNotInDatabase>];
