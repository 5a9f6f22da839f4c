// A meeting as the cell holds it: scheduled with an agenda, recorded on the day, its papers, flags and roll-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let member: Session;
let otherMember: Session;
let secretary8: Session;

beforeAll(async () => {
  t = await startTestApp();
  [admin, secretary, member, secretary8] = await Promise.all([
    t.login('admin'),
    t.login('secretary'),
    t.login('member'),
    t.login('secretary8'),
  ]);
  // A member of cell 6 (another cell of the same commune) who may sign in.
  const pw = await t.db.selectFrom('app_user').select('password_hash').where('username', '=', 'member').executeTakeFirstOrThrow();
  const u = await t.db
    .insertInto('app_user')
    .values({ username: 'member6', password_hash: pw.password_hash, display_name: 'Đảng viên chi bộ thôn Tây', member_id: 5 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('role_grant').values({ user_id: u.id, role: 'member', unit_id: 6, valid_from: '2025-01-01' }).execute();
  otherMember = await t.login('member6');
});
afterAll(() => t.close());

const upload = (s: Session, meetingId: number, bytes: Buffer, filename: string, type = 'application/pdf') =>
  t.app.inject({
    method: 'POST',
    url: `/api/meetings/${meetingId}/documents?filename=${encodeURIComponent(filename)}`,
    payload: bytes,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': type },
  });
const smallPdf = () =>
  pdfBuffer(
    pdfDocument({
      title: 'Dự thảo nghị quyết',
      author: 'test',
      content: [{ text: 'Dự thảo nghị quyết tháng 11 — Chi bộ thôn Đông' }],
      footer: () => '',
    }),
  );
/** A day counted from the real clock in Vietnam (papers are stamped with the real time of posting). */
const vnDay = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
/** A minimal Word package: a stored (uncompressed) ZIP with the parts a .docx must have. */
function docx(): Buffer {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text);
    const fname = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fname.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(fname.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, fname, data);
    central.push(dir, fname);
    offset += 30 + fname.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}
const schedule = (body: Record<string, unknown>) => t.call(secretary, 'POST', '/api/meetings', { unitId: 5, kind: 'regular', ...body });

describe('a meeting scheduled ahead, then recorded on the day', () => {
  it("keeps the agenda in order, refuses the day's record before the day, and gives the minutes as a PDF", async () => {
    const res = await schedule({
      heldOn: '2026-12-03',
      kind: 'combined',
      topic: 'Sinh hoạt tháng 12',
      startTime: '19:30',
      plannedMinutes: 120,
      agenda: ['Kiểm điểm nghị quyết tháng 11', 'Chuyên đề: học tập và làm theo tư tưởng Hồ Chí Minh', 'Nhiệm vụ tháng 12'],
    });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      heldOn: '2026-12-03',
      kind: 'combined',
      startTime: '19:30',
      plannedMinutes: 120,
      startedAt: null,
      flags: [],
      attendance: [],
    });
    expect(m.agenda[1]).toBe('Chuyên đề: học tập và làm theo tư tưởng Hồ Chí Minh');
    const early = await t.call(secretary, 'PUT', `/api/meetings/${m.id}`, { version: 1, startedAt: '19:30', endedAt: '21:30' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toMatch(/chưa diễn ra/);
    // Moved to a past day, the meeting is recorded.
    const done = await t.call(secretary, 'PUT', `/api/meetings/${m.id}`, {
      version: 1,
      heldOn: '2026-11-20',
      startedAt: '19:30',
      endedAt: '21:29',
      minutes: 'Đồng chí Bí thư khai mạc.\nChi bộ thảo luận.',
      resolution: 'Chi bộ thống nhất nghị quyết tháng 12.',
      attendance: [{ memberId: 1, presence: 'present' }],
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ lengthMinutes: 119, flags: ['too_short'], resolution: 'Chi bộ thống nhất nghị quyết tháng 12.' });
    const wrong = await t.call(secretary, 'PUT', `/api/meetings/${m.id}`, { version: 2, endedAt: '19:00' });
    expect(wrong.json().code).toBe('meeting_end_before_start');
    const pdf = await t.call(secretary, 'GET', `/api/meetings/${m.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=meeting&entityId=${m.id}`)).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual(['meeting.update', 'meeting.create']);
  });

  it('flags the length at 89/90 minutes and 119/120 when combined', async () => {
    const cases: [string, string, string[]][] = [
      ['regular', '09:29', ['too_short']],
      ['regular', '09:30', []],
      ['combined', '09:59', ['too_short']],
      ['combined', '10:00', []],
    ];
    for (const [kind, end, flags] of cases) {
      const m = (await schedule({ heldOn: '2026-11-10', kind, startTime: '08:00' })).json();
      const r = await t.call(secretary, 'PUT', `/api/meetings/${m.id}`, { version: 1, startedAt: '08:00', endedAt: end });
      expect([kind, end, r.json().flags]).toEqual([kind, end, flags]);
    }
    const list = (await t.call(secretary, 'GET', '/api/meetings?unitId=5&year=2026')).json().items;
    expect(
      list.filter((x: { heldOn: string; flags: string[] }) => x.heldOn === '2026-11-10' && x.flags.includes('too_short')),
    ).toHaveLength(2);
  });
});

describe('papers', () => {
  it("stores a real PDF with its hash, serves it to the cell's members and the levels above, hides it from another cell", async () => {
    const m = (await schedule({ heldOn: vnDay(3), startTime: '19:30' })).json();
    const bytes = await smallPdf();
    const res = await upload(secretary, m.id, bytes, 'Dự thảo nghị quyết.pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const docId = res.json().id;
    const detail = (await t.call(member, 'GET', `/api/meetings/${m.id}`)).json();
    expect(detail.documents.map((d: { fileName: string }) => d.fileName)).toEqual(['Dự thảo nghị quyết.pdf']);
    // Posted now, two days or more before the meeting: in time.
    expect(detail.flags).toEqual([]);
    for (const s of [member, secretary, admin]) {
      const got = await t.call(s, 'GET', `/api/meeting-documents/${docId}`);
      expect(got.statusCode).toBe(200);
      expect(Buffer.compare(got.rawPayload, bytes)).toBe(0);
    }
    expect((await t.call(otherMember, 'GET', `/api/meeting-documents/${docId}`)).statusCode).toBe(404);
    expect((await t.call(otherMember, 'GET', `/api/meetings/${m.id}`)).statusCode).toBe(404);
    // A member lists their own cell's meetings (no unit named), never another cell's nor the commune's.
    const own = (await t.call(member, 'GET', '/api/meetings')).json().items;
    expect(own.some((x: { id: number }) => x.id === m.id)).toBe(true);
    expect((await t.call(member, 'GET', '/api/meetings?unitId=6')).statusCode).toBe(404);
    expect((await t.call(member, 'GET', '/api/meetings?unitId=4')).statusCode).toBe(404);
    expect((await t.call(otherMember, 'GET', '/api/meetings')).json().items.some((x: { id: number }) => x.id === m.id)).toBe(false);
    expect((await t.call(secretary8, 'GET', `/api/meeting-documents/${docId}`)).statusCode).toBe(404);
    // A member reads but does not attach or delete.
    expect((await upload(member, m.id, bytes, 'x.pdf')).statusCode).toBe(403);
    expect((await t.call(member, 'DELETE', `/api/meeting-documents/${docId}`)).statusCode).toBe(403);
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=meeting_document&entityId=${docId}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'meeting.paper_attach' });
  });

  it('reads the type of a Word file and an image from their bytes, whatever the name says', async () => {
    const m = (await schedule({ heldOn: '2026-11-30' })).json();
    const word = await upload(secretary, m.id, docx(), 'Báo cáo chi bộ.docx', 'application/octet-stream');
    expect(word.statusCode).toBe(201);
    expect(word.json().mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    expect((await upload(secretary, m.id, png, 'anh-chup.pdf')).json().mediaType).toBe('image/png');
  });

  it('refuses a program renamed .pdf and a file over 20 MB, writing nothing', async () => {
    const m = (await schedule({ heldOn: '2026-11-29' })).json();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0x41)]);
    const bad = await upload(secretary, m.id, exe, 'bien-ban.pdf');
    expect(bad.statusCode).toBe(415);
    expect(bad.json().message).toMatch(/Chỉ nhận tài liệu PDF/);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024)]);
    const tooBig = await upload(secretary, m.id, big, 'lon.pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().message).toBe('Tệp tài liệu quá lớn: tối đa 20 MB.');
    const count = await t.db
      .selectFrom('meeting_document')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('meeting_id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('holds at most 100 papers per meeting, saying so', async () => {
    const m = (await schedule({ heldOn: '2026-11-28' })).json();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const sha256 = createHash('sha256').update(png).digest('hex');
    await t.db
      .insertInto('meeting_document')
      .values(
        Array.from({ length: 99 }, (_, i) => ({
          meeting_id: m.id,
          file_name: `anh-${i}.png`,
          media_type: 'image/png',
          size_bytes: png.length,
          sha256,
          content: png,
          posted_by: null,
        })),
      )
      .execute();
    expect((await upload(secretary, m.id, png, 'thu-100.png')).statusCode).toBe(201);
    const over = await upload(secretary, m.id, png, 'thu-101.png');
    expect(over.statusCode).toBe(409);
    expect(over.json().message).toBe('Buổi sinh hoạt đã có đủ 100 tài liệu: xóa bớt tài liệu cũ trước khi đính kèm thêm.');
    const detail = (await t.call(secretary, 'GET', `/api/meetings/${m.id}`)).json();
    expect(detail.documents).toHaveLength(100);
    expect((await t.call(secretary, 'DELETE', `/api/meeting-documents/${detail.documents[0].id}`)).statusCode).toBe(204);
    expect((await upload(secretary, m.id, png, 'thu-101.png')).statusCode).toBe(201);
  });

  it('flags papers posted less than a day before the meeting', async () => {
    const m = (await schedule({ heldOn: vnDay(0), startTime: '23:59' })).json();
    expect((await upload(secretary, m.id, await smallPdf(), 'muon.pdf')).statusCode).toBe(201);
    expect((await t.call(secretary, 'GET', `/api/meetings/${m.id}`)).json().flags).toEqual(['papers_late']);
  });
});

describe('roll-up for the committee above', () => {
  it('counts meetings held and flags per cell for a month and a quarter', async () => {
    const cell6 = await t.call(admin, 'POST', '/api/meetings', { unitId: 6, heldOn: '2026-10-08', kind: 'regular', attendance: [] });
    expect(cell6.statusCode).toBe(201);
    const q = await t.call(await t.login('office'), 'GET', '/api/meetings/rollup?unitId=4&period=2026-Q4');
    expect(q.statusCode).toBe(200);
    const rows = q.json().items as { unitId: number; held: number; monthsWithout: string[]; tooShort: number }[];
    expect(rows.map((r) => r.unitId)).toEqual([5, 6]);
    const r6 = rows.find((r) => r.unitId === 6)!;
    expect(r6).toMatchObject({ held: 1, monthsWithout: ['2026-11'] });
    const month = (await t.call(admin, 'GET', '/api/meetings/rollup?unitId=4&period=2026-10')).json();
    expect(month.items.find((r: { unitId: number }) => r.unitId === 5).monthsWithout).toEqual(['2026-10']);
    expect((await t.call(secretary, 'GET', '/api/meetings/rollup?unitId=4&period=2026-Q4')).statusCode).toBe(404);
    // The year so far: every month up to November without a meeting of cell 6 but October.
    const year = (await t.call(admin, 'GET', '/api/meetings/rollup?unitId=6&period=2026')).json();
    expect(year.items[0].monthsWithout).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-11',
    ]);
    expect((await t.call(admin, 'GET', '/api/meetings/rollup?unitId=4&period=2026-13')).statusCode).toBe(400);
  });

  it('answers one page of the cells, with the sums over every cell, or only the cells with something to follow up', async () => {
    const all = (await t.call(admin, 'GET', '/api/meetings/rollup?unitId=1&period=2026-Q4&pageSize=1')).json();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThan(1);
    expect(all.sums.cells).toBe(all.total);
    const every = (await t.call(admin, 'GET', `/api/meetings/rollup?unitId=1&period=2026-Q4&pageSize=200`)).json();
    expect(every.items).toHaveLength(every.total);
    type Row = { unitId: number; held: number; tooShort: number; papersLate: number; monthsWithout: string[]; contentMissing: string[] };
    const rows = every.items as Row[];
    expect(every.sums.held).toBe(rows.reduce((n, r) => n + r.held, 0));
    const second = (await t.call(admin, 'GET', '/api/meetings/rollup?unitId=1&period=2026-Q4&pageSize=1&page=2')).json();
    expect(second.items[0].unitId).toBe(rows[1]!.unitId);
    const flagged = (await t.call(admin, 'GET', '/api/meetings/rollup?unitId=1&period=2026-Q4&flagged=true&pageSize=200')).json();
    const expected = rows.filter((r) => r.tooShort + r.papersLate + r.monthsWithout.length + r.contentMissing.length > 0);
    expect(flagged.items.map((r: Row) => r.unitId)).toEqual(expected.map((r) => r.unitId));
    expect(flagged.total).toBe(every.sums.cellsFlagged);
    expect((await t.call(admin, 'GET', '/api/meetings/rollup?unitId=1&period=2026-Q4&pageSize=201')).statusCode).toBe(400);
  });
});
