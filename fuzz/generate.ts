// Turns the OpenAPI document of the running app into bad requests: every operation, a valid-looking
// request built from its schemas, then one or more hostile changes (types, sizes, characters, ids,
// encodings, content types). Pure: the same Rng gives the same requests.
import type { Rng } from './prng.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
  additionalProperties?: unknown;
};

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query?: Schema;
  body?: Schema;
  key: string;
}

export interface FuzzRequest {
  op: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  kind: string;
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: Schema; required?: boolean }[];
        requestBody?: { content?: Record<string, { schema: Schema }> };
      }
    >
  >;
}

export function operations(doc: OpenApi): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      if (method === 'head' || method === 'options' || method === 'parameters') continue;
      const params = op.parameters ?? [];
      const queryProps: Record<string, Schema> = {};
      const required: string[] = [];
      for (const p of params.filter((x) => x.in === 'query')) {
        queryProps[p.name] = p.schema;
        if (p.required) required.push(p.name);
      }
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        pathParams: params.filter((x) => x.in === 'path').map((x) => x.name),
        query: Object.keys(queryProps).length ? { type: 'object', properties: queryProps, required } : undefined,
        body,
      });
    }
  }
  return ops;
}

// Ids that exist in the fixture, in and out of each role's unit, and a few that do not.
const IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A value the schema accepts (as far as a small sampler can tell). */
export function sample(s: Schema | undefined, rng: Rng, depth = 0, name = ''): unknown {
  if (!s || depth > 6) return null;
  // Records start at version 1 in the fixture: a matching version lets a write reach the database.
  if (name.toLowerCase().endsWith('version') && (s.type === 'integer' || s.type === 'number')) return rng.chance(0.85) ? 1 : 2;
  if (s.const !== undefined) return s.const;
  if (s.enum) return rng.pick(s.enum);
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(rng.pick(alt), rng, depth + 1);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => sample(x, rng, depth + 1) as object));
  const type = Array.isArray(s.type)
    ? rng.pick(s.type.filter((t) => t !== 'null').length ? s.type.filter((t) => t !== 'null') : s.type)
    : s.type;
  switch (type) {
    case 'integer': {
      const lo = s.minimum ?? 1;
      const hi = s.maximum ?? Math.max(lo, 12);
      return rng.chance(0.7) ? Math.min(hi, Math.max(lo, rng.pick(IDS))) : lo + rng.int(Math.min(hi - lo, 100) + 1);
    }
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const n = Math.max(s.minItems ?? 0, rng.int(3));
      return Array.from({ length: n }, () => sample(s.items, rng, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if ((s.required ?? []).includes(k) || rng.chance(0.4)) out[k] = sample(v, rng, depth + 1, k);
      }
      return out;
    }
    case 'string':
      return sampleString(s, rng);
    default:
      return s.properties ? sample({ ...s, type: 'object' }, rng, depth) : 'x';
  }
}

function sampleString(s: Schema, rng: Rng): string {
  if (s.format === 'date') return rng.pick(['2026-11-01', '2026-01-01', '2025-06-30']);
  if (s.format === 'date-time') return '2026-11-01T08:00:00.000Z';
  if (s.pattern?.includes('\\d{4}-\\d{2}') && !s.pattern.includes('-\\d{2}-')) return '2026-10';
  if (s.pattern?.includes('\\d{12}')) return '036190000123';
  if (s.pattern?.includes('\\d{2}')) return '2026-10-01';
  const base = rng.pick(['Nguyễn Văn A', 'Chi bộ', 'x', 'Ghi chú', '0912345678', '036190000123']);
  const min = s.minLength ?? 0;
  const text = base.length >= min ? base : base.padEnd(min, 'a');
  return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
}

const deep = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};
const deepArray = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

/** Text that a schema for a string accepts but the layers below may not: NUL, controls, odd Unicode, sizes. */
export function hostileText(rng: Rng): string {
  return rng.pick([
    'Nguyễn\u0000Văn A',
    '\u0000',
    'a\u0000',
    'x\u0001\u0007\u001b[31m\u007fy',
    '\u202eNguyễn Văn A',
    'Nguy\u200bễn\u200d\ufeff',
    'Nguyễn Văn Ấ'.normalize('NFD'),
    'a\ud800b',
    '😀👨‍👩‍👧',
    "'; DROP TABLE member; --",
    '../../etc/passwd',
    '%00',
    '\\',
    '\u2028\u2029',
    ' ',
    'a'.repeat(rng.pick([201, 1_001, 100_000])),
  ]);
}

/** Values that are wrong somewhere: types, sizes, characters, numbers. */
export function hostileValue(rng: Rng): unknown {
  switch (rng.int(30)) {
    case 0:
      return 'a'.repeat(rng.pick([256, 5_000, 200_000]));
    case 1:
      return 'ab\u0000cd';
    case 2:
      return '\u0000';
    case 3:
      return 'x\u0001\u0007\u001b[31m\u007f\u0085y';
    case 4:
      return '\u202eNguyễn Văn A\u202c';
    case 5:
      return 'Nguy\u200bễn\u200d\ufeff';
    case 6:
      return 'Nguyễn Văn Ấ'.normalize('NFD');
    case 7:
      return '\ud800';
    case 8:
      return '😀'.repeat(100);
    case 9:
      return -1;
    case 10:
      return 0;
    case 11:
      return 1.5;
    case 12:
      return 2 ** 53 + 1;
    case 13:
      return 1e308;
    case 14:
      return -2147483649;
    case 15:
      return 2147483648;
    case 16:
      return true;
    case 17:
      return null;
    case 18:
      return [];
    case 19:
      return {};
    case 20:
      return '';
    case 21:
      return "'; DROP TABLE member; --";
    case 22:
      return '../../../../etc/passwd';
    case 23:
      return rng.pick(['2026-02-30', '0000-00-00', '9999-12-31', '2026-13-01', '1900-01-01', '26-11-2026', '2026-11-26T25:00:00Z']);
    case 24:
      return Array.from({ length: rng.pick([1_000, 100_000]) }, (_, i) => i);
    case 25:
      return deep(rng.pick([50, 2_000]));
    case 26:
      return rng.pick(IDS) + 1000;
    case 27:
      return String(rng.pick(IDS));
    case 28:
      return { $gt: '' };
    default:
      return rng.pick(['1e309', 'NaN', 'Infinity', '-0', '0x10', ' 1 ']);
  }
}

const PATH_VALUES = [
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '-1',
  '0',
  '1e309',
  '1.5',
  '99999999999999999999',
  '9007199254740993',
  '2147483648',
  'NaN',
  '%E2%80%AE1',
  '%20',
  'abc',
  '1%00',
  '%C0%AE%C0%AE',
  '1;DROP',
  '%',
  '%zz',
  '1e3',
  '0x1',
  '+1',
  '01',
  encodeURIComponent('１'),
  'a'.repeat(3000),
  encodeURIComponent('\u200b1'),
];

function pathValue(rng: Rng, name: string): string {
  if (rng.chance(0.35)) return String(rng.pick(IDS));
  if (name === 'month' && rng.chance(0.3)) return rng.pick(['2026-13', '0000-00', '2026-1', '9999-99']);
  if (name === 'day' && rng.chance(0.3)) return rng.pick(['2026-02-30', '2026-11-26', '1-1-1']);
  return rng.pick(PATH_VALUES);
}

function mutateObject(obj: Record<string, unknown>, schema: Schema | undefined, rng: Rng) {
  const keys = Object.keys(schema?.properties ?? obj);
  // Mostly one change, so the rest of the request stays valid and the bad value reaches deep code.
  const n = rng.chance(0.6) ? 1 : 2 + rng.int(2);
  for (let i = 0; i < n; i++) {
    const r = rng.int(10);
    const key = keys.length ? rng.pick(keys) : 'x';
    const type = schema?.properties?.[key]?.type;
    if (r < 2 && key in obj)
      delete obj[key]; // a missing field
    else if (r < 3) obj[rng.pick(['unknownField', '__proto__', 'constructor', 'x'.repeat(300)])] = hostileValue(rng);
    else if ((type === 'string' || (Array.isArray(type) && type.includes('string'))) && rng.chance(0.7)) obj[key] = hostileText(rng);
    else obj[key] = hostileValue(rng);
  }
}

/** Percent-encodes, writing a lone surrogate (which encodeURIComponent refuses) as its invalid UTF-8 bytes. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s
      .split(/([\ud800-\udfff])/)
      .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
      .join('');
  }
}

function encodeQuery(q: Record<string, unknown>, rng: Rng): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v) && v.length < 50) for (const x of v) parts.push(`${enc(k)}=${enc(String(x))}`);
    else parts.push(`${enc(k)}=${enc(typeof v === 'object' && v !== null ? JSON.stringify(v).slice(0, 3000) : String(v).slice(0, 6000))}`);
  }
  if (rng.chance(0.05)) parts.push(rng.pick(['%', '%zz', 'a=%C0%80', '=', '&&', 'page=1&page=2', 'x[y]=1', 'a'.repeat(20_000)]));
  return parts.length ? `?${parts.join('&')}` : '';
}

const RAW_BODIES = [
  '{',
  '{"a":1,}',
  "{'a':1}",
  '\u0000',
  '\ufeff{}',
  'null',
  '[]',
  '"x"',
  '123',
  'true',
  '{"version":1,"version":"x"}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '',
  ' ',
  'nul',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/json; charset=utf-16',
  'application/xml',
  'application/octet-stream',
  'Application/JSON',
  'application/json; charset=latin1',
  `x/${'y'.repeat(2000)}`,
];

/** One hostile request for an operation. */
export function badRequest(op: Operation, rng: Rng): FuzzRequest {
  let path = op.path;
  let kind = 'body';
  const mutatePath = op.pathParams.length > 0 && rng.chance(0.35);
  for (const p of op.pathParams) path = path.replace(`{${p}}`, mutatePath ? pathValue(rng, p) : String(rng.pick(IDS)));
  if (mutatePath) kind = 'path';
  const query = (op.query ? sample(op.query, rng) : {}) as Record<string, unknown>;
  const mutateQuery = !mutatePath && (op.method === 'GET' || op.method === 'DELETE' || rng.chance(0.2)) && rng.chance(0.7);
  if (mutateQuery) {
    mutateObject(query, op.query, rng);
    kind = 'query';
  }
  const headers: Record<string, string> = {};
  let body: Buffer | undefined;
  if (op.body || rng.chance(0.1)) {
    const r = rng.int(10);
    if (r < 6 || !op.body) {
      const value = sample(op.body, rng);
      if (value && typeof value === 'object' && !Array.isArray(value)) mutateObject(value as Record<string, unknown>, op.body, rng);
      body = Buffer.from(JSON.stringify(value) ?? 'null');
      headers['content-type'] = 'application/json';
      if (!mutatePath && !mutateQuery) kind = 'body';
    } else if (r < 7) {
      body = Buffer.from(rng.pick(RAW_BODIES));
      headers['content-type'] = 'application/json';
      kind = 'malformed-json';
    } else if (r < 8) {
      body = Buffer.from(JSON.stringify(sample(op.body, rng)) ?? '{}');
      headers['content-type'] = rng.pick(CONTENT_TYPES);
      kind = 'content-type';
    } else if (r < 9) {
      body = Buffer.from(
        rng.chance(0.5) ? deepArray(rng.pick([1_000, 100_000])) : JSON.stringify(Array.from({ length: 200_000 }, () => ({ a: 1 }))),
      );
      headers['content-type'] = 'application/json';
      kind = 'deep-or-huge-json';
    } else {
      body = rng.bytes(rng.pick([16, 4096, 1_200_000]));
      headers['content-type'] = rng.pick(['application/json', 'text/csv', 'application/octet-stream']);
      kind = 'binary-body';
    }
  }
  if (rng.chance(0.05)) headers['accept-language'] = rng.pick(['zz', '\u00ff', 'en;q=abc', 'vi'.repeat(500)]);
  const url = `${path}${encodeQuery(query, rng)}`;
  return { op: op.key, method: op.method, url, headers, body, kind };
}
