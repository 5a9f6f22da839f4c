// JSON-schema validation for routes. Bodies are validated strictly (no type coercion: a number where
// a name belongs is an error); query strings and params are coerced, since they arrive as text. Every string is
// also cleaned on the way (src/shared/text-hygiene.ts).
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { translate, type Locale } from './i18n.js';
import { addHygieneKeywords, withHygiene } from './text-hygiene.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerceTypes: boolean | 'array') {
  const ajv = new Ajv({ coerceTypes, allErrors: true, removeAdditional: false, useDefaults: true, strict: false });
  addFormats(ajv);
  addHygieneKeywords(ajv);
  return ajv;
}

const strict = makeAjv(false);
const coercing = makeAjv('array');

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  // Every string is cleaned (control characters, NFC, blanks, invisible characters in names) as it is validated.
  return ajv.compile(withHygiene(schema, httpPart ?? 'body') as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

export interface FieldError {
  field: string;
  message: string;
}

/** Turns Ajv errors into one sentence per field, in the user's language. */
/** What a validation error needs to become a sentence: Ajv's errors and Fastify's have these in common. */
type SchemaError = Pick<ErrorObject, 'keyword' | 'instancePath' | 'params'>;

export function fieldErrors(errors: readonly SchemaError[], locale: Locale): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (e.keyword === 'required') field = [field, String(params.missingProperty)].filter(Boolean).join('.');
    const leaf = field.split('.').pop() ?? field;
    const label = translate(locale, `fields.${leaf}`) === `fields.${leaf}` ? leaf || '—' : translate(locale, `fields.${leaf}`);
    const key = messageKey(e, leaf);
    const message = translate(locale, `validation.${key}`, {
      field: label,
      limit: params.limit,
      extra: params.additionalProperty,
    });
    if (seen.has(field)) continue; // one sentence per field is enough to fix it
    seen.add(field);
    out.push({ field: e.keyword === 'additionalProperties' ? String(params.additionalProperty) : field, message });
  }
  return out;
}

function messageKey(e: SchemaError, leaf: string): string {
  if (e.keyword === 'hygiene') return String((e.params as { reason?: string }).reason);
  if (e.keyword === 'pattern' && leaf === 'citizenId') return 'citizenId';
  if (e.keyword === 'pattern' && leaf === 'phone') return 'phone';
  if (e.keyword === 'format' && (e.params as { format?: string }).format === 'date') return 'date';
  if (e.keyword === 'minLength' && (e.params as { limit?: number }).limit === 1) return 'required';
  if (e.keyword === 'const' || e.keyword === 'anyOf') return 'enum';
  const known = ['required', 'type', 'format', 'minLength', 'maxLength', 'pattern', 'enum', 'minimum', 'maximum', 'additionalProperties'];
  return known.includes(e.keyword) ? e.keyword : 'other';
}
