// Bad input to a reorganization plan (issue 15, Targets): malformed files, cycles in the resulting tree and
// operations on units that do not exist on the effective date each get a sentence tied to their row, a 4xx,
// and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { xlsxOf } from '../../data-exchange/imports/test-files.js';
import { KIND_WORDS, PLAN_COLUMNS, PLAN_HEADERS } from '../../../domain/orgs/reorg.js';
import { MAX_PLAN_ROWS } from './plan-file.js';
import { createPlan, EFFECTIVE, uploadPlan } from './test-helpers.js';

let t: TestApp;
let admin: Session;
const HEADERS = PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][0]!);
const query = (title: string, filename = 'ke-hoach.xlsx') =>
  `unitId=1&filename=${filename}&title=${encodeURIComponent(title)}&effectiveOn=${EFFECTIVE}`;
const count = async (table: 'reorg_plan' | 'audit_entry' | 'org_unit' | 'restructuring') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () => Promise.all((['reorg_plan', 'audit_entry', 'org_unit', 'restructuring'] as const).map(count));
const rows = (res: { json(): { details: { row: number; code: string }[] } }) => res.json().details.map((d) => [d.row, d.code]);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('bad input to a reorganization plan', () => {
  it('refuses a cycle made across rows: a committee moved under a unit that the plan moved under it', async () => {
    const before = await counts();
    const res = await createPlan(t, admin, 1, [
      { kind: 'move', unit: 'T.B.1', parent: 'T.A' },
      // Huyện ủy B's commune now sits under Huyện ủy A: moving Huyện ủy A under that commune closes a loop.
      { kind: 'move', unit: 'T.A', parent: 'T.B.1' },
      { kind: 'change_kind', unit: 'T.A.1', unitKind: 'grassroots_committee', parent: 'T.A.1.1' },
    ]);
    expect(res.statusCode).toBe(422);
    expect(rows(res)).toEqual([
      [2, 'move_into_descendant'],
      [3, 'move_into_descendant'],
    ]);
    expect(res.json().details[0].message).toMatch(/\S/);
    expect(await counts()).toEqual(before);
  });

  it('refuses operations on units that do not exist on the date: unknown, dissolved before, founded after, ended by an earlier row', async () => {
    await t.db.updateTable('org_unit').set({ founded_on: '2026-10-15' }).where('code', '=', 'T.B.1.1').execute();
    const made = await t.call(admin, 'POST', '/api/units', {
      parentId: 4,
      code: 'T.A.1.8',
      name: 'Chi bộ thôn Cũ',
      kind: 'cell',
      effectiveOn: '2026-09-01',
    });
    expect(made.statusCode, made.body).toBe(200);
    const cell = await t.db.selectFrom('org_unit').select(['id', 'version']).where('code', '=', 'T.A.1.8').executeTakeFirstOrThrow();
    const gone = await t.call(admin, 'POST', `/api/units/${cell.id}/dissolve`, { effectiveOn: '2026-09-10', version: cell.version });
    expect(gone.statusCode, gone.body).toBeLessThan(300);
    const before = await counts();
    const res = await createPlan(t, admin, 1, [
      { kind: 'rename', unit: 'KHONG-CO', name: 'Không có' },
      { kind: 'rename', unit: 'T.A.1.8', name: 'Chi bộ thôn Cũ 2' },
      { kind: 'rename', unit: 'T.B.1.1', name: 'Chi bộ xóm 1 mới' },
      { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], code: 'T.A.1.4', name: 'Chi bộ thôn Đông Tây', parent: 'T.A.1' },
      { kind: 'rename', unit: 'T.A.1.2', name: 'Chi bộ thôn Tây 2' },
      { kind: 'move', unit: 'T.A.2', parent: 'T.X' },
    ]);
    expect(res.statusCode).toBe(422);
    expect(rows(res)).toEqual([
      [1, 'reorg_unit_unknown'],
      [2, 'reorg_unit_unknown'],
      [3, 'reorg_unit_unknown'],
      [5, 'reorg_unit_unknown'],
      [6, 'reorg_unit_unknown'],
    ]);
    expect(res.json().details[1].message).toContain('T.A.1.8');
    expect(res.json().details[1].message).toContain('01/10/2026');
    expect(await counts()).toEqual(before);
    await t.db.updateTable('org_unit').set({ founded_on: '2020-01-01' }).where('code', '=', 'T.B.1.1').execute();
  });

  it('refuses file rows whose codes or names would not pass as JSON, each with its row', async () => {
    const before = await counts();
    const file = await xlsxOf(
      [
        HEADERS,
        ['Thành lập', '', 'CB MỚI', 'Chi bộ mới', 'T.A.1', KIND_WORDS.cell, ''],
        ['Đổi tên', 'T.A.1.1', '', 'x'.repeat(201), '', '', ''],
        ['Đổi tên', 'T.A.1.1', '', 'Chi bộ thôn Đông Mới', '', '', ''],
      ],
      'Kế hoạch',
    );
    const res = await uploadPlan(t, admin, file, query('Mã hỏng'));
    expect(res.statusCode).toBe(400);
    expect(rows(res)).toEqual([
      [2, 'reorg_bad_code'],
      [3, 'reorg_bad_name'],
    ]);
    expect(res.json().details[0].message).toContain('CB MỚI');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with no operation, and one with more rows than a plan holds', async () => {
    const before = await counts();
    const empty = await uploadPlan(t, admin, await xlsxOf([HEADERS, ['', '', '', '', '', '', '']], 'Kế hoạch'), query('Trống'));
    expect(empty.statusCode, empty.body).toBe(400);
    expect(rows(empty)).toEqual([[1, 'reorg_plan_empty']]);
    const csv = Buffer.from(`${HEADERS.join(',')}\n${'Đổi tên,T.A.1.1,,Chi bộ thôn Đông Mới,,,\n'.repeat(MAX_PLAN_ROWS + 1)}`);
    const long = await uploadPlan(t, admin, csv, query('Dài', 'dai.csv'));
    expect(long.statusCode).toBe(400);
    expect(rows(long)).toEqual([[MAX_PLAN_ROWS + 2, 'reorg_plan_too_long']]);
    expect(long.json().details[0].message).toContain('2.001');
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON plans by the schema, with a 400 and nothing written', async () => {
    const before = await counts();
    for (const operations of [
      [],
      [{ kind: 'explode', unit: 'T.A.1.1' }],
      [{ kind: 'rename', unit: 'T.A.1.1 ; DROP', name: 'X' }],
      [{ kind: 'merge', sources: ['T.A.1.1'], code: 'N', name: 'N', parent: 'T.A.1' }],
    ]) {
      const res = await createPlan(t, admin, 1, operations);
      expect(res.statusCode, JSON.stringify(operations)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    const dup = await createPlan(t, admin, 1, [
      { row: 2, kind: 'rename', unit: 'T.A.1.1', name: 'A' },
      { row: 2, kind: 'rename', unit: 'T.A.1.2', name: 'B' },
    ]);
    expect(dup.json().code).toBe('reorg_duplicate_row');
    expect(await counts()).toEqual(before);
  });
});
