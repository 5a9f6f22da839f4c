/// <reference types="vite/client" />
// Access probes of the modules. Each module may add src/modules/<module>/access-probes.ts whose default
// export builds its probes (creating out-of-scope records through the API if it needs them).
// test/access.test.ts walks them with the foundation's own probes.
import type { TestApp } from './http.js';

export interface Probe {
  url: string;
  body?: unknown;
  /**
   * Who sends it (a fixture username): the secretary of cell 5 unless said otherwise. Routes only managers
   * may use are probed as 'office' (committee office of commune 4), for whom cell 8 is out of scope too.
   */
  as?: string;
  /**
   * Body fields that carry an id outside the caller's scope ('memberId', 'members[].memberId',
   * 'position.unitId'). The test also sends the request with a missing id there and requires the same answer.
   */
  foreignIn?: string[];
}

export interface ModuleProbes {
  /** 'METHOD /route/:param' → requests a curious caller sends with ids outside their scope. */
  probes: Record<string, Probe | Probe[]>;
  /** Routes that take no id of another unit, with the reason they need no probe. */
  noScope?: Record<string, string>;
  /** Body id fields that need no out-of-scope probe: 'METHOD /route' → { field: reason }. */
  bodyIdsExempt?: Record<string, Record<string, string>>;
  /** Text that must never appear in a refused answer (names of out-of-scope records). */
  foreign?: string[];
}

export type ProbeBuilder = (t: TestApp) => Promise<ModuleProbes>;

export const probeList = (p: Probe | Probe[] | undefined): Probe[] => (p === undefined ? [] : [p].flat());

/** Adds probes to a table, keeping every probe when two sources probe the same route. */
export function addProbes(into: Record<string, Probe | Probe[]>, more: Record<string, Probe | Probe[]>) {
  for (const [key, p] of Object.entries(more)) into[key] = [...probeList(into[key]), ...probeList(p)];
}

export async function moduleProbes(t: TestApp): Promise<Required<ModuleProbes>> {
  const files = import.meta.glob<{ default: ProbeBuilder }>('../src/modules/*/*/access-probes.ts', { eager: true });
  const out: Required<ModuleProbes> = { probes: {}, noScope: {}, bodyIdsExempt: {}, foreign: [] };
  for (const mod of Object.values(files)) {
    const p = await mod.default(t);
    addProbes(out.probes, p.probes);
    Object.assign(out.noScope, p.noScope ?? {});
    for (const [key, fields] of Object.entries(p.bodyIdsExempt ?? {})) out.bodyIdsExempt[key] = { ...out.bodyIdsExempt[key], ...fields };
    out.foreign.push(...(p.foreign ?? []));
  }
  return out;
}

/** The id fields of a TypeBox body schema, as paths ('unitId', 'members[].memberId', 'position.unitId'). */
export function bodyIdFields(schema: unknown, prefix = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as {
    anyOf?: unknown[];
    oneOf?: unknown[];
    allOf?: unknown[];
    type?: string;
    items?: unknown;
    properties?: Record<string, unknown>;
  };
  const out: string[] = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) out.push(...bodyIdFields(alt, prefix));
  if (s.type === 'array' && s.items) out.push(...bodyIdFields(s.items, `${prefix}[]`));
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k;
    // A citizen id is a number on a card, not a reference to a record.
    if ((/(Id|Ids)$/.test(k) || k === 'id') && !/citizenId$/i.test(k)) out.push(path);
    out.push(...bodyIdFields(v, path));
  }
  return [...new Set(out)];
}

/** The values at a field path of a body ('members[].memberId' gives every member's id). */
export function valuesAt(body: unknown, path: string): unknown[] {
  let current: unknown[] = [body];
  for (const part of path.split('.')) {
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    current = current.flatMap((v) => {
      const x = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      if (x === undefined || x === null) return [];
      return isArray || Array.isArray(x) ? (Array.isArray(x) ? x : []) : [x];
    });
  }
  return current;
}

/** A copy of the body with every id at `path` replaced by ids that do not exist. */
export function withMissingIds(body: unknown, path: string): unknown {
  const copy = structuredClone(body);
  let n = 0;
  const missing = () => 99_999_000 + n++;
  const walk = (v: unknown, parts: string[]): unknown => {
    if (!v || typeof v !== 'object') return v;
    const [part, ...rest] = parts as [string, ...string[]];
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    const o = v as Record<string, unknown>;
    const x = o[key];
    if (x === undefined || x === null) return v;
    if (rest.length === 0) o[key] = Array.isArray(x) ? x.map(missing) : missing();
    else o[key] = Array.isArray(x) ? x.map((e) => walk(e, rest)) : walk(x, rest);
    return v;
  };
  return walk(copy, path.split('.'));
}
