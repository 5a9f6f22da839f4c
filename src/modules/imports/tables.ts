// Kysely table types of this module's migrations. Keep in step with the SQL.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DataExchangeTables {}
