// The API's contract, route by route:
// 1. every route declares its success answer (response schema), so /docs describes every answer and the web
//    app's types can be generated from it;
// 2. no GET route in the OpenAPI document can answer an unbounded array: every array in a success answer has
//    maxItems (a paged list's page size, or a bound by nature), so no screen grows with the province.
// Routes not yet converted are listed in test/contract/*.txt; the lists only shrink (a listed route that now
// conforms fails the test until its line is removed). The answers themselves are checked against these schemas
// in every test run (RESPONSE_CONTRACT=strict, src/shared/contract.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { webApiTypes } from './contract/web-types.js';
import { startTestApp, type TestApp } from './http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ fixture: false });
});
afterAll(async () => {
  await t?.close();
});

const pending = (name: string) =>
  new Set(
    readFileSync(new URL(`./contract/${name}`, import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );

const apiRoutes = () => t.app.routeTable.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/docs'));
const key = (method: string, url: string) => `${method} ${url}`;
const SUCCESS = /^(2\d\d|2xx)$/;

function declaresSuccess(response: unknown): boolean {
  return !!response && typeof response === 'object' && Object.keys(response).some((k) => SUCCESS.test(k));
}

/** JSON pointers of the arrays without maxItems in a schema (following local $refs once). */
function unboundedArrays(schema: unknown, doc: Record<string, unknown>, path = '', seen = new Set<string>()): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    if (seen.has(s.$ref)) return [];
    seen.add(s.$ref);
    const target = s.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc);
    return unboundedArrays(target, doc, path, seen);
  }
  const found: string[] = [];
  if (s.type === 'array' && typeof s.maxItems !== 'number') found.push(path || '/');
  for (const [k, v] of Object.entries(s)) {
    if (Array.isArray(v)) for (const [i, x] of v.entries()) found.push(...unboundedArrays(x, doc, `${path}/${k}/${i}`, seen));
    else if (v && typeof v === 'object') found.push(...unboundedArrays(v, doc, `${path}/${k}`, seen));
  }
  return found;
}

describe('the API contract', () => {
  it('every route declares its success answer', () => {
    const waiting = pending('missing-response-schema.txt');
    const routes = apiRoutes();
    const known = new Set(routes.map((r) => key(r.method, r.url)));
    const missing = routes
      .filter((r) => !declaresSuccess(r.response) && !waiting.has(key(r.method, r.url)))
      .map((r) => key(r.method, r.url));
    const stale = [...waiting].filter(
      (k) => !known.has(k) || routes.some((r) => key(r.method, r.url) === k && declaresSuccess(r.response)),
    );
    expect(missing, 'add a response schema (src/shared/contract.ts: ok/created/page/list/fileDownload)').toEqual([]);
    expect(stale, 'remove these lines from test/contract/missing-response-schema.txt').toEqual([]);
  });

  it('no GET route can answer an unbounded array', () => {
    const waiting = pending('unbounded-lists.txt');
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
    const found: string[] = [];
    const conforming = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      const get = ops.get;
      if (!get || path.startsWith('/docs')) continue;
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      const success = Object.entries(get.responses ?? {}).filter(([code]) => SUCCESS.test(code));
      const arrays = success.flatMap(([, r]) => unboundedArrays(r, doc as unknown as Record<string, unknown>));
      if (arrays.length === 0) {
        conforming.add(key('GET', url));
        continue;
      }
      if (!waiting.has(key('GET', url))) found.push(`GET ${url} ${arrays.join(', ')}`);
    }
    const stale = [...waiting].filter(
      (k) => conforming.has(k) && declaresSuccess(apiRoutes().find((r) => key(r.method, r.url) === k)?.response),
    );
    expect(found, 'page the list (page(Item, max)) or bound the array (list(Item, max))').toEqual([]);
    expect(stale, 'remove these lines from test/contract/unbounded-lists.txt').toEqual([]);
  });

  it("the web app's API types are generated from the OpenAPI document and current", () => {
    const fresh = webApiTypes(t.app.swagger() as unknown as Parameters<typeof webApiTypes>[0]);
    const checkedIn = 'web/src/api-answers.gen.ts';
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(checkedIn, fresh);
    expect(readFileSync(checkedIn, 'utf8'), 'run UPDATE_API_TYPES=1 npx vitest run test/contract.test.ts').toBe(fresh);
  });

  it('a JSON answer that breaks its schema is refused under tests', async () => {
    const { responseSerializerCompiler } = await import('../src/shared/contract.js');
    const { Type } = await import('typebox');
    const serialize = responseSerializerCompiler(true)({
      schema: Type.Object({ items: Type.Array(Type.Object({ id: Type.Integer() }), { maxItems: 1 }) }),
      method: 'GET',
      url: '/x',
      httpStatus: '200',
    });
    expect(serialize({ items: [{ id: 1 }] })).toBe('{"items":[{"id":1}]}');
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => serialize({ items: [{ id: 1, secret: 'x' }] })).toThrow(/secret/);
      expect(() => serialize({ items: [{ id: 1 }, { id: 2 }] })).toThrow(/must NOT have more than 1 items/);
    } finally {
      console.error = quiet;
    }
    expect(responseSerializerCompiler(false)({ schema: {}, method: 'GET', url: '/x' })({ a: 1, b: [2] })).toBe('{"a":1,"b":[2]}');
  });
});
