// Pages show lists through components/ResponsiveTable (cards on phones), never antd's Table directly:
// a page that imports Table from antd would scroll sideways on a phone.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/src/', import.meta.url));
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx') && !f.endsWith('ResponsiveTable.tsx'));

/** Whether a source file takes the Table component itself (not only its types) from antd. */
function importsAntdTable(source: string): boolean {
  return [...source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'antd'/g)].some(
    (m) =>
      !m[1] &&
      m[2]!
        .split(',')
        .map((n) => n.trim())
        .some((n) => n === 'Table' || n.startsWith('Table as ')),
  );
}

describe('web tables', () => {
  it('tells the antd Table import from type-only and other imports', () => {
    expect(importsAntdTable("import { Button, Table, Tag } from 'antd';")).toBe(true);
    expect(importsAntdTable("import { Table as AntTable } from 'antd';")).toBe(true);
    expect(importsAntdTable("import type { Table } from 'antd';")).toBe(false);
    expect(importsAntdTable("import { Button, type TableProps } from 'antd';")).toBe(false);
  });
  it('finds the web sources', () => expect(files.length).toBeGreaterThan(20));
  it('no page uses antd Table directly', () => {
    expect(files.filter((f) => importsAntdTable(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});
