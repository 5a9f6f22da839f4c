import { describe, expect, it } from 'vitest';
import { anchorLine, checkAnchors, parseAnchors } from './anchor.js';
import { GENESIS_HASH } from './chain.js';

const h = (c: string) => c.repeat(64);
const a = (id: number, hash: string) => ({ id, hash, count: id, at: '2026-11-26T01:00:00.000Z' });

describe('audit anchors', () => {
  it('reads back the lines it writes, skips blank lines and names malformed ones', () => {
    const text = `${anchorLine(a(3, h('a')))}\n\n{"id":"x"}\nnot json\n${anchorLine(a(5, h('b')))}\n`;
    const r = parseAnchors(text);
    expect(r.anchors.map((x) => [x.id, x.line])).toEqual([
      [3, 1],
      [5, 5],
    ]);
    expect(r.bad).toEqual([{ line: 3 }, { line: 4 }]);
  });

  it('reports an anchored entry gone as cut and a different hash as rewritten', () => {
    const stored = new Map([
      [1, h('1')],
      [2, h('2')],
    ]);
    const at = (id: number) => stored.get(id);
    expect(checkAnchors([a(2, h('2')), a(1, h('1'))], 2, at)).toEqual([]);
    expect(checkAnchors([a(3, h('3'))], 2, at)).toMatchObject([{ kind: 'cut', headId: 2 }]);
    expect(checkAnchors([a(2, h('f'))], 2, at)).toMatchObject([{ kind: 'rewritten', foundHash: h('2') }]);
  });

  it('accepts an anchor of the empty chain only with the genesis hash', () => {
    expect(checkAnchors([a(0, GENESIS_HASH)], 0, () => undefined)).toEqual([]);
    expect(checkAnchors([a(0, h('a'))], 0, () => undefined)).toHaveLength(1);
  });
});
