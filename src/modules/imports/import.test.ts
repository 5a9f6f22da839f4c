import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../test/http.js';
import { verifyAudit } from '../audit/service.js';
import { commitAndWait, memberRow, TEMPLATE_HEADERS, upload, xlsxOf } from './test-files.js';

let t: TestApp;
let office: Session;
const count = async () => Number((await t.db.selectFrom('member').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

describe('member import from a real .xlsx', () => {
  it('previews a clean file, commits it all, writes the registry’s rows and audits each member', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(1), memberRow(2, { unitCode: 'T.A.1.2', status: 'Dự bị', officialOn: null, admittedOn: '01/03/2026' }), memberRow(3)]);
    const before = await count();
    const res = await upload(t, office, file, 'danh-sach.xlsx', 'unitId=4');
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    expect(job).toMatchObject({ status: 'previewed', totalRows: 3, validRows: 3, errorCount: 0, errors: [] });
    expect(job.columns.filter((c: { field: string | null }) => c.field).length).toBe(17);
    expect(await count()).toBe(before); // a preview writes no member

    const done = await commitAndWait(t, office, job.id);
    expect(done.json()).toMatchObject({ status: 'committed', progress: 3 });
    expect(await count()).toBe(before + 3);
    const m = await t.db.selectFrom('member').selectAll().where('citizen_id', '=', '037090000002').executeTakeFirstOrThrow();
    expect(m).toMatchObject({ full_name: 'Nguyễn Văn Nhập C', search_name: 'nguyen van nhap c', gender: 'male', status: 'probationary', unit_id: 6, admitted_on: '2026-03-01', official_on: null, version: 1 });
    const events = await t.db.selectFrom('member_event').select('kind').where('member_id', '=', m.id).orderBy('id').execute();
    expect(events.map((e) => e.kind)).toEqual(['admitted', 'record_created']);
    const periods = await t.db.selectFrom('member_cell_period').selectAll().where('member_id', '=', m.id).execute();
    expect(periods).toMatchObject([{ unit_id: 6, valid_from: '2026-03-01', valid_to: null }]);
    const audits = await t.db.selectFrom('audit_entry').select(['action', 'entity_id']).where('action', 'in', ['member.create', 'import.commit']).execute();
    expect(audits.filter((a) => a.action === 'member.create').length).toBe(3);
    expect(audits.some((a) => a.action === 'import.commit' && a.entity_id === String(job.id))).toBe(true);
    expect((await verifyAudit(t.db)).problems).toEqual([]);
    // The new members are in the registry's list, like members created one by one.
    const list = await t.call(office, 'GET', '/api/members?unitId=5&q=nhap');
    expect(list.json().items.map((i: { fullName: string }) => i.fullName)).toEqual(['Nguyễn Văn Nhập B', 'Nguyễn Văn Nhập D']);
  });

  it('refuses to commit twice and refuses the same members again as duplicates of the registry', async () => {
    const res = await upload(t, office, await xlsxOf([TEMPLATE_HEADERS, memberRow(1)]), 'again.xlsx', 'unitId=4');
    expect(res.json().errors.map((e: { code: string; field: string }) => `${e.field}:${e.code}`)).toEqual(['citizenId:exists_in_registry', 'partyCardNo:exists_in_registry']);
    expect((await t.call(office, 'POST', `/api/imports/${res.json().id}/commit`)).statusCode).toBe(409);
  });

  it('undoes a whole import, and refuses once a member was edited since', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(40), memberRow(41)]);
    const job = (await upload(t, office, file, 'undo.xlsx', 'unitId=4')).json();
    await commitAndWait(t, office, job.id);
    const before = await count();
    const undo = await t.call(office, 'POST', `/api/imports/${job.id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().status).toBe('undone');
    expect(await count()).toBe(before - 2);
    expect((await verifyAudit(t.db)).problems).toEqual([]);

    const job2 = (await upload(t, office, file, 'undo2.xlsx', 'unitId=4')).json();
    expect(job2.errorCount).toBe(0); // the undone members are gone, so the same file is clean again
    await commitAndWait(t, office, job2.id);
    const m = await t.db.selectFrom('member').select(['id', 'version']).where('citizen_id', '=', '037090000040').executeTakeFirstOrThrow();
    expect((await t.call(office, 'PATCH', `/api/members/${m.id}`, { version: m.version, phone: '0911111111' })).statusCode).toBe(200);
    const refused = await t.call(office, 'POST', `/api/imports/${job2.id}/undo`, undefined, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('The import cannot be undone: 1 of its members have been changed since (edited, moved or with new events).');
  });

  it('lets a cell secretary import only into cells of the own scope', async () => {
    const secretary = await t.login('secretary');
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(50, { unitCode: 'T.A.1.1' }), memberRow(51, { unitCode: 'T.B.1.1' }), memberRow(52, { unitCode: 'T.A.1.2' })]);
    const job = (await upload(t, secretary, file, 'cell.xlsx', 'unitId=5')).json();
    expect(job.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`)).toEqual(['3:unit_unknown', '4:unit_unknown']);
    expect((await upload(t, secretary, file, 'cell.xlsx', 'unitId=4')).statusCode).toBe(403);
    expect((await t.call(secretary, 'GET', `/api/imports/${job.id}`)).statusCode).toBe(200);
  });
});

describe('the COPY path of the CLI', () => {
  it('writes the same rows as the web import, in one transaction, with a valid audit chain', async () => {
    const service = await import('./service.js');
    const actor = { userId: 2, displayName: 'Người dùng office' };
    const file = (i: number) => xlsxOf([TEMPLATE_HEADERS, memberRow(i, { fullName: 'Mạc Thị Sao', gender: 'Nữ', unitCode: 'T.A.1.2' })]);
    const viaWeb = (await upload(t, office, await file(900), 'web.xlsx', 'unitId=4')).json().id as number;
    await commitAndWait(t, office, viaWeb);
    const id = await service.preview(t.db, actor, { id: 4, path: '1.2.4' }, await file(901), 'cli.xlsx', '2026-11-26');
    await (await service.commit(t.db, actor, await service.loadJob(t.db, id), '2026-11-26', undefined, t.pool)).done;
    const shape = async (citizenId: string) => {
      const m = await t.db.selectFrom('member').selectAll().where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
      const events = await t.db.selectFrom('member_event').select(['occurred_on', 'kind', 'details', 'actor_user_id']).where('member_id', '=', m.id).orderBy('id').execute();
      const periods = await t.db.selectFrom('member_cell_period').select(['unit_id', 'valid_from', 'valid_to']).where('member_id', '=', m.id).execute();
      const audit = await t.db.selectFrom('audit_entry').select(['action', 'actor_user_id', 'scope_path', 'before', 'after']).where('entity_type', '=', 'member').where('entity_id', '=', String(m.id)).executeTakeFirstOrThrow();
      const { id: _id, citizen_id: _c, party_card_no: _p, created_at: _a, updated_at: _u, ...rest } = m;
      const { id: _aid, citizenId: _ac, partyCardNo: _ap, ...after } = audit.after as Record<string, unknown>;
      return { rest, events, periods, audit: { ...audit, after } };
    };
    expect(await shape('037090000901')).toEqual(await shape('037090000900'));
    expect((await verifyAudit(t.db)).problems).toEqual([]);
  });
});
