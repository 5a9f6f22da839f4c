// The web app does each common thing one way (issue 14, web kernels): writes go through useWrite.ts (a TanStack
// mutation), charts through components/EChart, the unit in scope through components/ScopeBar and auth/useScopeUnit,
// and pages are routed from each module's routes.tsx, found by modules.tsx. A second way creeping back fails here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/src/', import.meta.url));
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => f.replace(/\\/g, '/'));
const source = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

/** The files (other than `allowed`) whose source matches `pattern`. */
const using = (pattern: RegExp, ...allowed: string[]) => files.filter((f) => !allowed.includes(f) && pattern.test(source.get(f)!));

describe('web kernels', () => {
  it('finds the web sources', () => expect(files.length).toBeGreaterThan(50));

  it('saves through the one write hook, not hand-rolled saving state or the hooks it replaced', () => {
    expect(using(/\bset(Saving|Busy|Submitting)\(/)).toEqual([]);
    expect(using(/\b(useFormSave|useStep|useSubmit|usePostRemark)\b/)).toEqual([]);
    expect(using(/\buseMutation\b/, 'useWrite.ts')).toEqual([]);
    expect(using(/export function useWrite\b/)).toEqual(['useWrite.ts']);
    // Requests (with the CSRF token and the UI language) are sent by api.ts alone.
    expect(using(/(?<![\w.])fetch\(/, 'api.ts')).toEqual([]);
  });

  it('draws charts with the one chart component', () => {
    expect(using(/echarts\.init\(/, 'components/EChart.tsx')).toEqual([]);
    expect(using(/function EChart\b/, 'components/EChart.tsx')).toEqual([]);
  });

  it('has one scope bar and one scope hook', () => {
    expect(using(/function (ScopeBar|UnitFilter)\b/, 'components/ScopeBar.tsx')).toEqual([]);
    expect(using(/function useScopeUnit\b/, 'auth/useScopeUnit.ts')).toEqual([]);
  });

  it('routes pages one way: each module exports routes.tsx; the shell names no page', () => {
    expect(using(/<Route\b/, 'App.tsx')).toEqual([]);
    expect(source.get('App.tsx')).not.toMatch(/import\(['"]\.\/pages\/(?!foundation\/account\/ForcedPasswordChange)/);
    // Every page is lazy-loaded by some module's routes.tsx.
    const routesFiles = files.filter((f) => /^pages\/[^/]+\/[^/]+\/routes\.tsx$/.test(f));
    const routedPages = new Set(
      routesFiles.flatMap((f) =>
        [...source.get(f)!.matchAll(/import\('(\.{1,2}\/[^']+)'\)/g)].map((m) => join(f, '..', m[1]!).replace(/\\/g, '/') + '.tsx'),
      ),
    );
    expect(routedPages.size).toBeGreaterThan(30);
    expect(files.filter((f) => /^pages\/.*Page\.tsx$/.test(f) && !routedPages.has(f))).toEqual([]);
  });
});
