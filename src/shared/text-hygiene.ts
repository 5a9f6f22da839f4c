// Text hygiene for every request, applied once, inside schema validation (no extra pass over the body):
// each string schema of a route is given a `hygiene` keyword naming its kind (src/domain/text/hygiene.ts),
// and Ajv runs it before the string's other rules. It refuses control and (in names) invisible characters
// with a per-field error, and rewrites the value to NFC without surrounding blanks, so a blank name meets
// minLength as an empty one. Parts of a schema that accept anything (Type.Unknown) get `hygieneDeep`, which
// walks the value. Query strings are also checked on the raw URL (queryControlProblem), for routes that
// read a parameter their schema does not declare.
import type { Ajv, ErrorObject, SchemaValidateFunction } from 'ajv';
import { cleanText, textKindOf, type TextKind } from '../domain/text/hygiene.js';

type Node = Record<string, unknown>;
type DataCxt = { instancePath: string; parentData: Record<string | number, unknown>; parentDataProperty: string | number };

const error = (instancePath: string | undefined, reason: string): Partial<ErrorObject> => ({
  keyword: 'hygiene',
  params: { reason },
  message: reason,
  ...(instancePath === undefined ? {} : { instancePath }),
});

const checkString: SchemaValidateFunction = function (kind: TextKind, data: unknown, _parent?: unknown, cxt?: DataCxt) {
  if (typeof data !== 'string') return true;
  const r = cleanText(data, kind);
  if (!r.ok) {
    checkString.errors = [error(undefined, r.problem)];
    return false;
  }
  if (r.value !== data && cxt?.parentData) cxt.parentData[cxt.parentDataProperty] = r.value;
  return true;
};

/** For values a schema leaves open: every string inside, named by its own key. */
const checkDeep: SchemaValidateFunction = function (_schema: unknown, data: unknown, _parent?: unknown, cxt?: DataCxt) {
  const errors: Partial<ErrorObject>[] = [];
  const visit = (value: unknown, key: string, path: string, set: (v: string) => void) => {
    if (typeof value === 'string') {
      const r = cleanText(value, textKindOf(key, {}));
      if (!r.ok) errors.push(error(path, r.problem));
      else if (r.value !== value) set(r.value);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, key, `${path}/${i}`, (s) => {
          value[i] = s;
        });
      });
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      for (const k of Object.keys(o))
        visit(o[k], k, `${path}/${k}`, (s) => {
          o[k] = s;
        });
    }
  };
  const key = cxt ? String(cxt.parentDataProperty ?? '') : '';
  visit(data, key, cxt?.instancePath ?? '', (s) => {
    if (cxt?.parentData) cxt.parentData[cxt.parentDataProperty] = s;
  });
  checkDeep.errors = errors;
  return errors.length === 0;
};

export function addHygieneKeywords(ajv: Ajv) {
  // Before maxLength, the first rule of the string group: the other rules see the cleaned value.
  ajv.addKeyword({
    keyword: 'hygiene',
    type: 'string',
    schemaType: 'string',
    modifying: true,
    errors: true,
    before: 'maxLength',
    validate: checkString,
  });
  ajv.addKeyword({ keyword: 'hygieneDeep', modifying: true, errors: true, validate: checkDeep });
}

const COMBINERS = ['anyOf', 'oneOf', 'allOf'];

/**
 * A copy of a route's schema with the hygiene keywords added: each string node gets its kind from the
 * property that holds it; open nodes (no type, no combinator) are walked at validation time.
 */
export function withHygiene(schema: unknown, part: string): unknown {
  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (!node || typeof node !== 'object') return node;
    const src = node as Node;
    const out: Node = {};
    for (const [k, v] of Object.entries(src)) {
      if (k === 'properties' && v && typeof v === 'object') {
        out[k] = Object.fromEntries(Object.entries(v as Node).map(([name, sub]) => [name, walk(sub, name)]));
      } else if (k === 'items' || k === 'additionalProperties' || k === 'patternProperties' || COMBINERS.includes(k) || k === 'not') {
        out[k] =
          k === 'patternProperties' && v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v as Node).map(([p, sub]) => [p, walk(sub, key)]))
            : walk(v, key);
      } else {
        out[k] = v;
      }
    }
    const types = [src.type].flat();
    if (types.includes('string')) out.hygiene = part === 'body' ? textKindOf(key, src) : 'line';
    const open = src.type === undefined && !COMBINERS.some((c) => c in src) && !('const' in src) && !('enum' in src) && !('$ref' in src);
    if (open) out.hygieneDeep = true;
    return out;
  };
  return walk(schema, '');
}

const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i;

/** The query parameters of a URL that carry a control character (they arrive percent-encoded), by name. */
export function queryControlProblem(url: string): string[] {
  const q = url.indexOf('?');
  if (q < 0 || !ENCODED_CONTROL.test(url.slice(q))) return [];
  const names: string[] = [];
  for (const [name, value] of new URLSearchParams(url.slice(q + 1))) {
    if (!cleanText(value, 'line').ok || !cleanText(name, 'line').ok) names.push(cleanText(name, 'line').ok ? name : '?');
  }
  return names;
}
