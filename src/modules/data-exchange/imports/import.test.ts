import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { verifyAudit } from '../../foundation/audit/service.js';
import { holdJob } from './queries.js';
import { resetInterruptedJobs } from './service.js';
import { commitAndWait, memberRow, TEMPLATE_HEADERS, undoAndWait, upload, xlsxOf } from './test-files.js';

let t: TestApp;
let office: Session;
const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('member')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

describe('member import from a real .xlsx', () => {
  it('previews a clean file, commits it all, writes the registry’s rows and audits the import once', async () => {
    const file = await xlsxOf([
      TEMPLATE_HEADERS,
      memberRow(1),
      memberRow(2, { unitCode: 'T.A.1.2', status: 'Dự bị', officialOn: null, admittedOn: '01/03/2026' }),
      memberRow(3),
    ]);
    const before = await count();
    const res = await upload(t, office, { file, filename: 'danh-sach.xlsx', query: 'unitId=4' });
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    expect(job).toMatchObject({ status: 'previewed', totalRows: 3, validRows: 3, errorCount: 0, errors: [] });
    expect(job.columns.filter((c: { field: string | null }) => c.field).length).toBe(18);
    expect(await count()).toBe(before); // a preview writes no member

    const done = await commitAndWait(t, office, job.id);
    expect(done.json()).toMatchObject({ status: 'committed', progress: 3 });
    expect(await count()).toBe(before + 3);
    const m = await t.db.selectFrom('member').selectAll().where('citizen_id', '=', '037090000002').executeTakeFirstOrThrow();
    expect(m).toMatchObject({
      full_name: 'Nguyễn Văn Nhập C',
      search_name: 'nguyen van nhap c',
      gender: 'male',
      status: 'probationary',
      unit_id: 6,
      admitted_on: '2026-03-01',
      official_on: null,
      version: 1,
    });
    // The member's timeline, as for a member entered by hand; its record_created event names the import.
    const events = await t.db
      .selectFrom('member_event')
      .select(['kind', 'occurred_on', 'details', 'actor_user_id'])
      .where('member_id', '=', m.id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { kind: 'admitted', occurred_on: '2026-03-01', details: {}, actor_user_id: 2 },
      { kind: 'record_created', occurred_on: expect.any(String), details: { unitId: 6, importId: job.id }, actor_user_id: 2 },
    ]);
    const timeline = await t.call(office, 'GET', `/api/members/${m.id}/timeline`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(
      timeline
        .json()
        .map((e: { kind: string }) => e.kind)
        .sort(),
    ).toEqual(['admitted', 'record_created']);
    const periods = await t.db.selectFrom('member_cell_period').selectAll().where('member_id', '=', m.id).execute();
    expect(periods).toMatchObject([{ unit_id: 6, valid_from: '2026-03-01', valid_to: null }]);
    // One audit entry for the whole import, with its counts (not one per member).
    const audits = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'entity_id', 'after', 'scope_path'])
      .where('action', 'in', ['member.create', 'import.commit'])
      .execute();
    expect(audits.filter((a) => a.action === 'member.create')).toEqual([]);
    expect(audits.filter((a) => a.action === 'import.commit')).toEqual([
      {
        action: 'import.commit',
        entity_id: String(job.id),
        scope_path: '1.2.4',
        after: { importId: job.id, filename: 'danh-sach.xlsx', rows: 3, members: 3, cellPeriods: 3, events: 8 },
      },
    ]);
    expect((await verifyAudit(t.db)).problems).toEqual([]);
    // The new members are in the registry's list, like members created one by one.
    const list = await t.call(office, 'GET', '/api/members?unitId=5&q=nhap');
    expect(list.json().items.map((i: { fullName: string }) => i.fullName)).toEqual(['Nguyễn Văn Nhập B', 'Nguyễn Văn Nhập D']);
  });

  it('refuses to commit twice and refuses the same members again as duplicates of the registry', async () => {
    const res = await upload(t, office, {
      file: await xlsxOf([TEMPLATE_HEADERS, memberRow(1)]),
      filename: 'again.xlsx',
      query: 'unitId=4',
    });
    expect(res.json().errors.map((e: { code: string; field: string }) => `${e.field}:${e.code}`)).toEqual([
      'citizenId:exists_in_registry',
      'partyCardNo:exists_in_registry',
    ]);
    expect((await t.call(office, 'POST', `/api/imports/${res.json().id}/commit`)).statusCode).toBe(409);
  });

  it('checks the rows again at commit against the registry as it is then, and writes nothing if one is now taken', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(60), memberRow(61)]);
    const job = (await upload(t, office, { file, filename: 'late.xlsx', query: 'unitId=4' })).json();
    expect(job.errorCount).toBe(0);
    // Between the preview and the commit, someone enters the second person by hand.
    const hand = await t.call(office, 'POST', '/api/members', {
      fullName: 'Nguyễn Văn Nhập J',
      gender: 'female',
      birthDate: '1990-01-15',
      ethnicity: 'Kinh',
      hometown: 'Ninh Bình',
      residence: 'thôn Đông',
      citizenId: '037090000061',
      partyCardNo: null,
      admittedOn: '2015-05-19',
      officialOn: '2016-05-19',
      education: '12/12',
      theoryLevel: 'Sơ cấp',
      occupation: '',
      position: '',
      phone: '',
      status: 'official',
      unitId: 5,
    });
    expect(hand.statusCode, hand.body).toBe(201);
    const before = await count();
    const refused = await commitAndWait(t, office, job.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('import_has_errors');
    expect(await count()).toBe(before);
    const after = (await t.call(office, 'GET', `/api/imports/${job.id}`)).json();
    expect(after).toMatchObject({ status: 'previewed', errorCount: 1 });
    expect(after.errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '3:citizenId:exists_in_registry',
    ]);
  });

  it('undoes a whole import, and refuses once a member was edited since', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(40), memberRow(41)]);
    const job = (await upload(t, office, { file, filename: 'undo.xlsx', query: 'unitId=4' })).json();
    await commitAndWait(t, office, job.id);
    const before = await count();
    const undo = await undoAndWait(t, office, job.id);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ status: 'undone', progress: 2, failure: null });
    expect(await count()).toBe(before - 2);
    const again = await t.call(office, 'POST', `/api/imports/${job.id}/undo`);
    expect(again.statusCode).toBe(409); // undone once only
    expect((await verifyAudit(t.db)).problems).toEqual([]);

    const job2 = (await upload(t, office, { file, filename: 'undo2.xlsx', query: 'unitId=4' })).json();
    expect(job2.errorCount).toBe(0); // the undone members are gone, so the same file is clean again
    await commitAndWait(t, office, job2.id);
    const m = await t.db.selectFrom('member').select(['id', 'version']).where('citizen_id', '=', '037090000040').executeTakeFirstOrThrow();
    expect((await t.call(office, 'PATCH', `/api/members/${m.id}`, { version: m.version, phone: '0911111111' })).statusCode).toBe(200);
    const refused = await t.call(office, 'POST', `/api/imports/${job2.id}/undo`, undefined, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      'The import cannot be undone: 1 of its members have been changed since (edited, moved or with new events).',
    );
    expect((await t.call(office, 'GET', `/api/imports/${job2.id}`)).json().status).toBe('committed'); // a refusal leaves it as it was
  });

  it('keeps an import whose member became referenced between the answer and the removal, and says why on the job', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(45), memberRow(46)]);
    const job = (await upload(t, office, { file, filename: 'undo3.xlsx', query: 'unitId=4' })).json();
    await commitAndWait(t, office, job.id);
    const m = await t.db.selectFrom('member').select('id').where('citizen_id', '=', '037090000045').executeTakeFirstOrThrow();
    // A reference the pre-check does not look at (an account linked to the member) makes the removal fail inside its transaction.
    await t.db
      .insertInto('app_user')
      .values({ username: 'nhap45', display_name: 'Nhập 45', password_hash: 'x', member_id: m.id } as never)
      .execute();
    const before = await count();
    const res = await undoAndWait(t, office, job.id, { 'accept-language': 'en' });
    expect(res.json()).toMatchObject({
      status: 'committed',
      failure: 'import_undo_referenced',
      failureMessage: 'The import cannot be undone: some of its members are already used elsewhere (accounts, committees, assessments, …).',
    });
    expect(await count()).toBe(before); // nothing removed
  });

  it('on start, puts back jobs a stopped process left half-way, but not one still being worked on', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(60)]);
    const dead = (await upload(t, office, { file, filename: 'dead.xlsx', query: 'unitId=4' })).json();
    const alive = (await upload(t, office, { file, filename: 'alive.xlsx', query: 'unitId=4' })).json();
    await t.db.updateTable('import_job').set({ status: 'committing', progress: 1 }).where('id', 'in', [dead.id, alive.id]).execute();
    // Another connection works on `alive`: its transaction holds the job's lock.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const worker = t.db.transaction().execute(async (trx) => {
      await holdJob(trx, alive.id);
      locked();
      await held;
    });
    await isLocked;
    expect(await resetInterruptedJobs(t.db)).toBe(1);
    release();
    await worker;
    const jobNow = async (id: number) => (await t.call(office, 'GET', `/api/imports/${id}`, undefined, { 'accept-language': 'en' })).json();
    expect(await jobNow(dead.id)).toMatchObject({
      status: 'previewed',
      progress: 0,
      failure: 'import_interrupted',
      failureMessage: 'The work was interrupted because the server stopped mid-way; nothing was changed. Please do it again.',
    });
    expect(await jobNow(alive.id)).toMatchObject({ status: 'committing' });
    // The reset job can be committed again.
    expect((await commitAndWait(t, office, dead.id)).json()).toMatchObject({ status: 'committed', failure: null });
  });

  it('lets a cell secretary import only into cells of the own scope', async () => {
    const secretary = await t.login('secretary');
    const file = await xlsxOf([
      TEMPLATE_HEADERS,
      memberRow(50, { unitCode: 'T.A.1.1' }),
      memberRow(51, { unitCode: 'T.B.1.1' }),
      memberRow(52, { unitCode: 'T.A.1.2' }),
    ]);
    const job = (await upload(t, secretary, { file, filename: 'cell.xlsx', query: 'unitId=5' })).json();
    expect(job.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`)).toEqual(['3:unit_unknown', '4:unit_unknown']);
    expect((await upload(t, secretary, { file, filename: 'cell.xlsx', query: 'unitId=4' })).statusCode).toBe(403);
    expect((await t.call(secretary, 'GET', `/api/imports/${job.id}`)).statusCode).toBe(200);
  });
});

describe('the two ways of writing the rows', () => {
  it('COPY (CLI, web with the pool) and plain INSERTs (without the pool) write the same rows, with a valid audit chain', async () => {
    const service = await import('./service.js');
    const actor = { userId: 2, displayName: 'Người dùng office' };
    const file = (i: number) => xlsxOf([TEMPLATE_HEADERS, memberRow(i, { fullName: 'Mạc Thị Sao', gender: 'Nữ', unitCode: 'T.A.1.2' })]);
    const viaWeb = (await upload(t, office, { file: await file(900), filename: 'web.xlsx', query: 'unitId=4' })).json().id as number;
    await commitAndWait(t, office, viaWeb);
    const id = await service.preview(
      t.db,
      actor,
      { id: 4, path: '1.2.4' },
      { file: await file(901), filename: 'cli.xlsx', today: '2026-11-26' },
    );
    await (await service.commit(t.db, actor, await service.loadJob(t.db, id), { today: '2026-11-26', pool: t.pool })).done;
    const plain = await service.preview(
      t.db,
      actor,
      { id: 4, path: '1.2.4' },
      { file: await file(902), filename: 'plain.xlsx', today: '2026-11-26' },
    );
    const progress: number[] = [];
    await (
      await service.commit(t.db, actor, await service.loadJob(t.db, plain), {
        today: '2026-11-26',
        onProgress: (done) => progress.push(done),
      })
    ).done;
    expect(progress.at(-1)).toBe(1);
    expect((await service.loadJob(t.db, plain)).status).toBe('committed');
    const shape = async (citizenId: string) => {
      const m = await t.db.selectFrom('member').selectAll().where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
      const events = await t.db
        .selectFrom('member_event')
        .select(['occurred_on', 'kind', 'details', 'actor_user_id'])
        .where('member_id', '=', m.id)
        .orderBy('id')
        .execute();
      const periods = await t.db
        .selectFrom('member_cell_period')
        .select(['unit_id', 'valid_from', 'valid_to'])
        .where('member_id', '=', m.id)
        .execute();
      const job = await t.db.selectFrom('import_job_member').select('job_id').where('member_id', '=', m.id).executeTakeFirstOrThrow();
      const audit = await t.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_user_id', 'scope_path', 'after'])
        .where('entity_type', '=', 'import')
        .where('entity_id', '=', String(job.job_id))
        .executeTakeFirstOrThrow();
      const { id: _id, citizen_id: _c, party_card_no: _p, created_at: _a, updated_at: _u, ...rest } = m;
      const { importId, filename: _f, ...counts } = audit.after as Record<string, unknown>;
      expect(importId).toBe(job.job_id);
      const ownImport = events.map((e) => {
        const { importId: eventImport, ...details } = e.details as Record<string, unknown>;
        return {
          ...e,
          details: eventImport === undefined ? details : { ...details, importId: eventImport === job.job_id ? 'this import' : eventImport },
        };
      });
      return { rest, events: ownImport, periods, audit: { ...audit, after: counts } };
    };
    expect(await shape('037090000901')).toEqual(await shape('037090000900'));
    expect(await shape('037090000902')).toEqual(await shape('037090000900'));
    expect((await verifyAudit(t.db)).problems).toEqual([]);
  });
});
