// The contract with the web app: every route declares what it answers (its response schema), so /docs is
// complete, the web app's types are generated from it, and no list answers without a bound.
//
// - `ok(Schema)` / `created(Schema)`: a route's success answer plus the one error body every route answers with.
// - `page(Item, max)`: a paged list, `{ items, total }`, its array bounded by the route's largest page size.
// - `list(Item, max)`: an array that is bounded by nature (the four levels, a unit's committee seats…); say the bound.
// - `fileDownload`: a .pdf / .xlsx / .zip answer (bytes, not JSON).
//
// In production the answer is written with JSON.stringify, exactly as before schemas existed: a schema never
// drops or reshapes a field there. Under tests (RESPONSE_CONTRACT=strict, set by vitest.config.ts) every JSON
// answer is checked against its schema with unknown properties refused, so a field missing from a schema, or a
// list longer than its bound, fails the test that produced it.
import { Type, type TProperties, type TSchema } from 'typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The body of every 4xx/5xx answer (see shared/errors-http.ts). */
export const ErrorBody = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    details: Type.Unknown(),
  },
  { title: 'ErrorBody' },
);

/** A route's success (200) answer and its error body. */
export function ok<S extends TSchema>(schema: S) {
  return { 200: schema, '4xx': ErrorBody };
}

/** A route that creates something and answers 201. */
export function created<S extends TSchema>(schema: S) {
  return { 201: schema, '4xx': ErrorBody };
}

/**
 * A paged list: the page's rows (at most `max`, the route's largest page size), the total across pages, and any
 * other fields the answer carries (the page number, sums over the whole list…).
 */
export function page<S extends TSchema, P extends TProperties = {}>(item: S, max: number, extra?: P) {
  return Type.Object({ items: Type.Array(item, { maxItems: max }), total: Type.Integer({ minimum: 0 }), ...(extra ?? ({} as P)) });
}

/** The page number and size a paged list answers with, when it echoes them. */
export const pageEcho = { page: Type.Integer({ minimum: 1 }), pageSize: Type.Integer({ minimum: 1 }) };

/** A timestamp (timestamptz): a Date in the handler, an ISO string on the wire. */
export const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

/** A calendar date (YYYY-MM-DD), as the registry stores dates. */
export const CalendarDate = Type.String({ format: 'date' });

/** Something nullable. */
export const Nullable = <S extends TSchema>(s: S) => Type.Union([s, Type.Null()]);

/** An array bounded by nature (say why at the call site when it is not obvious). */
export function list<S extends TSchema>(item: S, max: number) {
  return Type.Array(item, { maxItems: max });
}

/** An answer that is a file (PDF, .xlsx, .zip, CSV): bytes with a Content-Disposition, not JSON. */
export const fileDownload = Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description: 'file' });

/** Answers with no body (204). */
export const noContent = { 204: Type.Null(), '4xx': ErrorBody };

// --- serialization -------------------------------------------------------------------------------------------

interface SerializerInput {
  schema: unknown;
  method: string;
  url: string;
  httpStatus?: string;
}

/** Deep copy of a JSON schema in which every object refuses properties it does not declare. */
export function strictSchema(schema: unknown, insideAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strictSchema(s, insideAllOf));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = strictSchema(v, insideAllOf || k === 'allOf');
  // allOf members are checked one by one, so refusing unknown properties in each would refuse the others' fields.
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined && !insideAllOf) {
    out.additionalProperties = false;
  }
  return out;
}

function strictAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/**
 * Fastify's serializer compiler. `strict`: check each JSON answer against its schema (as it will reach the client,
 * i.e. after JSON round-trip) and throw, naming the route and the fields, when it does not conform.
 */
export function responseSerializerCompiler(strict: boolean) {
  const ajv = strict ? strictAjv() : null;
  return ({ schema, method, url, httpStatus }: SerializerInput) => {
    if (!ajv) return (data: unknown) => JSON.stringify(data);
    let check: ValidateFunction | null = null;
    return (data: unknown) => {
      const json = JSON.stringify(data);
      check ??= ajv.compile(strictSchema(schema) as object);
      if (!check(json === undefined ? null : JSON.parse(json))) {
        const where = (check.errors ?? [])
          .slice(0, 5)
          .map(
            (e) =>
              `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
          );
        const msg = `response contract: ${method} ${url} ${httpStatus} does not match its schema: ${where.join('; ')}`;
        console.error(msg);
        throw new Error(msg);
      }
      return json;
    };
  };
}
