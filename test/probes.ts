/// <reference types="vite/client" />
// Access probes of later modules. Each module may add src/modules/<module>/access-probes.ts whose default
// export builds its probes (creating out-of-scope records through the API if it needs them).
// test/access.test.ts walks them with the foundation's own probes.
import type { TestApp } from './http.js';

export interface Probe { url: string; body?: unknown }

export interface ModuleProbes {
  /** 'METHOD /route/:param' → a request a secretary of cell 5 sends with ids outside cell 5. */
  probes: Record<string, Probe>;
  /** Routes that take no id of another unit, with the reason they need no probe. */
  noScope?: Record<string, string>;
  /** Text that must never appear in a refused answer (names of out-of-scope records). */
  foreign?: string[];
}

export type ProbeBuilder = (t: TestApp) => Promise<ModuleProbes>;

export async function moduleProbes(t: TestApp): Promise<Required<ModuleProbes>> {
  const files = import.meta.glob<{ default: ProbeBuilder }>('../src/modules/*/access-probes.ts', { eager: true });
  const out: Required<ModuleProbes> = { probes: {}, noScope: {}, foreign: [] };
  for (const mod of Object.values(files)) {
    const p = await mod.default(t);
    Object.assign(out.probes, p.probes);
    Object.assign(out.noScope, p.noScope ?? {});
    out.foreign.push(...(p.foreign ?? []));
  }
  return out;
}
