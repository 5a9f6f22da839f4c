// Reconciliation against the real registry, with a generated list of planted differences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { formatDate } from '../../../domain/imports/values.js';
import { verifyAudit } from '../../foundation/audit/service.js';
import { commitAndWait, memberRow, TEMPLATE_HEADERS, upload, xlsxOf, type Cells } from '../imports/test-files.js';

let t: TestApp;
let office: Session;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Yến',
];
const N = 200;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  const rows = Array.from({ length: N }, (_, i) =>
    memberRow(1000 + i, {
      fullName: `${FAMILY[i % 10]} ${MIDDLE[(i >> 1) % 5]} ${GIVEN[(i * 7) % 20]}`,
      birthDate: formatDate(`${1950 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`),
      unitCode: i % 2 ? 'T.A.1.1' : 'T.A.1.2',
    }),
  );
  const job = (
    await upload(t, office, { file: await xlsxOf([TEMPLATE_HEADERS, ...rows]), filename: 'dang-vien.xlsx', query: 'unitId=4' })
  ).json();
  expect(job.errorCount).toBe(0);
  await commitAndWait(t, office, job.id);
});
afterAll(() => t.close());

const HOME = 4;
const PHONE = 14;
const NAME = 0;
const ID = 6;
const CARD = 7;

describe('reconciliation of a list', () => {
  let recId: number;
  const planted = new Map<string, string>(); // citizen ID → field with a planted difference

  it('finds the planted differences (precision and recall), the misspelled names, and each side’s extras', async () => {
    const rows: Cells[] = [];
    for (let i = 0; i < N; i++) {
      const r = memberRow(1000 + i, {
        fullName: `${FAMILY[i % 10]} ${MIDDLE[(i >> 1) % 5]} ${GIVEN[(i * 7) % 20]}`,
        birthDate: formatDate(`${1950 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`),
        unitCode: i % 2 ? 'T.A.1.1' : 'T.A.1.2',
      });
      const id = String(r[ID]);
      if (i % 50 === 13) continue; // left out of the list: only in the registry
      if (i % 20 === 3) {
        r[PHONE] = `09${String(10_000_000 + i)}`;
        planted.set(id, 'phone');
      }
      if (i % 20 === 7) {
        r[HOME] = 'xã Giao Thủy, tỉnh Nam Định';
        planted.set(id, 'hometown');
      }
      if (i % 40 === 11) {
        r[NAME] = String(r[NAME]).replace(/[aăâ]/, 'aa');
        r[ID] = null;
        r[CARD] = null;
      } // misspelled, no keys: fuzzy
      rows.push(r);
    }
    rows.push(
      memberRow(5000, { fullName: 'Người Mới Hoàn Toàn', birthDate: '01/01/1999' }),
      memberRow(5001, { fullName: 'Cao Văn Lạ', birthDate: '02/02/1988' }),
    );
    const rec = await t.app.inject({
      method: 'POST',
      url: '/api/reconciliations?unitId=4&filename=csdl-3.0.xlsx',
      payload: await xlsxOf([TEMPLATE_HEADERS, ...rows]),
      headers: { cookie: office.cookie, 'x-csrf-token': office.csrf, 'content-type': 'application/octet-stream' },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    recId = rec.json().id;
    const counts = rec.json().counts;
    expect(counts).toMatchObject({ rows: rows.length, only_in_list: 2, only_in_registry: 4 + 7 });

    const all = await t.call(office, 'GET', `/api/reconciliations/${recId}?kind=different&pageSize=200`);
    const found = new Map<string, string[]>();
    const members = await t.db.selectFrom('member').select(['id', 'citizen_id']).execute();
    const idOf = new Map(members.map((m) => [m.id, m.citizen_id]));
    for (const item of all.json().items)
      found.set(
        idOf.get(item.memberId)!,
        item.differences.map((d: { field: string }) => d.field),
      );
    const hits = [...planted].filter(([id, field]) => found.get(id)?.includes(field)).length;
    expect(hits / planted.size).toBe(1); // recall
    const reported = [...found.values()].flat().filter((f) => f !== 'fullName').length;
    expect(hits / reported).toBe(1); // precision: no difference reported that was not planted
    // Misspelled names without keys are matched fuzzily to the right member, the spelling shown as a difference.
    const fuzzy = all.json().items.filter((i: { method: string }) => i.method === 'fuzzy');
    expect(fuzzy.length).toBe(5);
    for (const f of fuzzy) expect(f.listName).toContain('aa');
    expect(fuzzy.every((f: { differences: { field: string }[] }) => f.differences.some((d) => d.field === 'fullName'))).toBe(true);
  });

  it('accepts two differences into the member record and rejects another, field by field', async () => {
    const items = (await t.call(office, 'GET', `/api/reconciliations/${recId}?kind=different&pageSize=200`)).json().items;
    const item = items.find((i: { differences: { field: string }[] }) => i.differences.some((d) => d.field === 'phone'));
    const other = items.find((i: { differences: { field: string }[] }) => i.differences.some((d) => d.field === 'hometown'));
    const phone = item.differences.find((d: { field: string }) => d.field === 'phone').list;
    let res = await t.call(office, 'POST', `/api/reconciliation-items/${item.id}/decisions`, {
      version: item.version,
      memberVersion: item.memberVersion,
      decisions: { phone: 'accept' },
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await t.call(office, 'POST', `/api/reconciliation-items/${other.id}/decisions`, {
      version: other.version,
      memberVersion: other.memberVersion,
      decisions: { hometown: 'accept' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const m = await t.db.selectFrom('member').select(['phone', 'version']).where('id', '=', item.memberId).executeTakeFirstOrThrow();
    expect(m).toEqual({ phone, version: 2 });
    const o = await t.db.selectFrom('member').select(['hometown']).where('id', '=', other.memberId).executeTakeFirstOrThrow();
    expect(o.hometown).toBe('xã Giao Thủy, tỉnh Nam Định');
    const events = await t.db
      .selectFrom('member_event')
      .select(['kind', 'details'])
      .where('member_id', '=', item.memberId)
      .where('kind', '=', 'record_updated')
      .execute();
    expect(events).toEqual([{ kind: 'record_updated', details: { fields: ['phone'], source: 'reconciliation' } }]);
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['before', 'after'])
      .where('action', '=', 'member.update')
      .where('entity_id', '=', String(item.memberId))
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ phone });
    expect((await verifyAudit(t.db)).problems).toEqual([]);

    // A stale item version is refused; an already-decided field cannot be decided again.
    const stale = await t.call(office, 'POST', `/api/reconciliation-items/${item.id}/decisions`, {
      version: item.version,
      memberVersion: 2,
      decisions: { phone: 'reject' },
    });
    expect(stale.statusCode).toBe(409);
    const again = await t.call(office, 'POST', `/api/reconciliation-items/${item.id}/decisions`, {
      version: item.version + 1,
      memberVersion: 2,
      decisions: { phone: 'reject' },
    });
    expect(again.json().code).toBe('reconciliation_decided');
    const open = (await t.call(office, 'GET', `/api/reconciliations/${recId}?kind=different&open=true&pageSize=200`)).json();
    expect(open.items.some((i: { id: number }) => i.id === item.id)).toBe(false);
  });

  it('rejects a difference without touching the member', async () => {
    const items = (await t.call(office, 'GET', `/api/reconciliations/${recId}?kind=different&open=true&pageSize=200`)).json().items;
    const item = items.find((i: { differences: { field: string }[] }) => i.differences.some((d) => d.field === 'phone'));
    const before = await t.db.selectFrom('member').select(['phone', 'version']).where('id', '=', item.memberId).executeTakeFirstOrThrow();
    const res = await t.call(office, 'POST', `/api/reconciliation-items/${item.id}/decisions`, {
      version: item.version,
      memberVersion: item.memberVersion,
      decisions: { phone: 'reject' },
    });
    expect(res.json()).toEqual({ open: 0 });
    expect(await t.db.selectFrom('member').select(['phone', 'version']).where('id', '=', item.memberId).executeTakeFirstOrThrow()).toEqual(
      before,
    );
  });
});

describe('differences as people read them', () => {
  it('words coded values and dates in the caller’s language, keeping the codes for the decision', async () => {
    const base = { fullName: `${FAMILY[0]} ${MIDDLE[0]} ${GIVEN[0]}`, birthDate: formatDate('1950-01-01'), unitCode: 'T.A.1.2' };
    const row = memberRow(1000, { ...base, gender: 'Nữ', admittedOn: '20/05/2015' }); // registry: Nam, 19/05/2015
    const rec = await t.app.inject({
      method: 'POST',
      url: '/api/reconciliations?unitId=4&filename=gioi-tinh.xlsx',
      payload: await xlsxOf([TEMPLATE_HEADERS, row]),
      headers: { cookie: office.cookie, 'x-csrf-token': office.csrf, 'content-type': 'application/octet-stream' },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const read = async (lang: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/reconciliations/${rec.json().id}?kind=different`,
          headers: { cookie: office.cookie, 'accept-language': lang },
        })
      ).json().items[0].differences as Record<string, string>[];
    const vi = await read('vi');
    const gender = vi.find((d) => d.field === 'gender')!;
    expect(gender).toMatchObject({ list: 'female', registry: 'male', listText: 'Nữ', registryText: 'Nam', label: 'Giới tính' });
    expect(vi.find((d) => d.field === 'admittedOn')).toMatchObject({ listText: '20/05/2015', registryText: '19/05/2015' });
    expect((await read('en')).find((d) => d.field === 'gender')).toMatchObject({ listText: 'Female', registryText: 'Male' });
  });
});
