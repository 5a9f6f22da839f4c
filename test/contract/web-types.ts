// Writes the web app's API types from the OpenAPI document: one entry per route that declares its success
// answer, keyed "METHOD /url" as the server registers it. The web app reads them with
// `Answer<'GET /api/members'>` (web/src/api/contract.ts). Checked by test/contract.test.ts; regenerate with
//   UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts
// A small JSON-Schema-to-TypeScript writer rather than openapi-typescript, which needs the TypeScript 5 API.

type Schema = Record<string, unknown>;
type Doc = {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
} & Schema;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function resolve(s: Schema, doc: Schema): Schema {
  if (typeof s.$ref !== 'string') return s;
  return s.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((o, k) => (o as Schema)?.[k], doc) as Schema;
}

export function tsType(raw: unknown, doc: Schema, indent = ''): string {
  if (!raw || typeof raw !== 'object') return 'unknown';
  const s = resolve(raw as Schema, doc);
  // OpenAPI 3.0 (as @fastify/swagger writes it) says "or null" with nullable: true.
  if (s.nullable === true) {
    const { nullable: _, ...rest } = s;
    const t = tsType(rest, doc, indent);
    return t === 'unknown' ? t : `${t} | null`;
  }
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[k])) return [...new Set((s[k] as unknown[]).map((x) => tsType(x, doc, indent)))].join(' | ');
  }
  if (Array.isArray(s.allOf)) return (s.allOf as unknown[]).map((x) => tsType(x, doc, indent)).join(' & ');
  const type = s.type;
  if (Array.isArray(type)) return type.map((t) => tsType({ ...s, type: t }, doc, indent)).join(' | ');
  switch (type) {
    case 'string':
      return s.format === 'binary' ? 'Blob' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = tsType(s.items, doc, indent);
      return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, unknown>;
      const required = new Set((s.required as string[] | undefined) ?? []);
      const inner = `${indent}  `;
      const lines = Object.entries(props).map(
        ([name, p]) =>
          `${inner}${IDENT.test(name) ? name : JSON.stringify(name)}${required.has(name) ? '' : '?'}: ${tsType(p, doc, inner)};`,
      );
      if (lines.length === 0)
        return s.additionalProperties ? `Record<string, ${tsType(s.additionalProperties, doc, indent)}>` : 'Record<string, unknown>';
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    default:
      return 'unknown';
  }
}

export function webApiTypes(doc: Doc): string {
  const entries: string[] = [];
  for (const path of Object.keys(doc.paths).sort()) {
    if (path.startsWith('/docs')) continue;
    const url = path.replace(/\{(\w+)\}/g, ':$1');
    for (const method of Object.keys(doc.paths[path]!).sort()) {
      const responses = doc.paths[path]![method]!.responses ?? {};
      const code = Object.keys(responses)
        .sort()
        .find((c) => /^2/.test(c));
      const schema = code ? responses[code]?.content?.['application/json']?.schema : undefined;
      if (!schema) continue;
      entries.push(`  ${JSON.stringify(`${method.toUpperCase()} ${url}`)}: ${tsType(schema, doc, '  ')};`);
    }
  }
  return [
    '// Generated from the OpenAPI document by test/contract/web-types.ts. Do not edit:',
    '//   UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts',
    '/* eslint-disable */',
    'export interface ApiAnswers {',
    ...entries,
    '}',
    '',
  ].join('\n');
}
