// Official reports for real: statistics against the fixture, .xlsx read back, PDFs decoded to their text.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { pdfText } from './pdf-text.js';

let t: TestApp;
let office: Session;
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  await sql`UPDATE member SET ethnicity = 'Mường', education = 'Đại học' WHERE id = 6`.execute(t.db);
  await sql`UPDATE member SET status = 'probationary', official_on = NULL WHERE id = 3`.execute(t.db);
});
afterAll(() => t.close());

describe('membership statistics', () => {
  it('counts members by status, gender, age band, ethnicity and education for each unit below', async () => {
    const s = (await t.call(office, 'GET', '/api/reports/statistics?unitId=4')).json();
    const table = (key: string) => s.tables.find((x: { key: string }) => x.key === key);
    const row = (key: string, unitId: number) => table(key).rows.find((r: { unitId: number }) => r.unitId === unitId).values;
    // columns: total, probationary, official, exempted, temporarily_exempted, suspended
    expect(row('status', 5)).toEqual([4, 1, 2, 1, 0, 0]);
    expect(row('status', 6)).toEqual([3, 0, 3, 0, 0, 0]);
    expect(table('status').total).toEqual([7, 1, 5, 1, 0, 0]);
    expect(row('gender', 6)).toEqual([3, 2, 1]);
    // ages on 2026-11-26: 56, 41, 34, 66 (cell 5); 46, 31, 51 (cell 6)
    expect(table('age').columns.map((c: { key: string }) => c.key)).toEqual(['total', '18-30', '31-40', '41-50', '51-60', '61-70', '71+']);
    expect(row('age', 5)).toEqual([4, 0, 1, 1, 1, 1, 0]);
    expect(row('age', 6)).toEqual([3, 0, 1, 1, 1, 0, 0]);
    expect(table('ethnicity').columns.map((c: { label: string }) => c.label)).toEqual(['Tổng số', 'Kinh', 'Mường']);
    expect(row('ethnicity', 6)).toEqual([3, 2, 1]);
    const edu = table('education');
    const col = (k: string) => edu.columns.findIndex((c: { key: string }) => c.key === k);
    expect(edu.total[col('upper_secondary')]).toBe(6);
    expect(edu.total[col('university')]).toBe(1);
  });

  it('writes the tables to .xlsx and to a PDF with Vietnamese text and the exporting user, and audits both', async () => {
    const x = await get(office, '/api/reports/statistics.xlsx?unitId=4');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Biểu 1. Tình trạng',
      'Biểu 2. Giới tính',
      'Biểu 3. Độ tuổi',
      'Biểu 4. Dân tộc',
      'Biểu 5. Trình độ',
    ]);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('Biểu 1: Đảng viên chia theo tình trạng');
    expect(wb.worksheets[0]!.getRow(5).values).toEqual([undefined, 'Chi bộ thôn Đông', 4, 1, 2, 1, 0, 0]);
    expect(wb.worksheets[0]!.headerFooter.oddFooter).toContain('Người xuất: Người dùng office');

    const p = await get(office, '/api/reports/statistics.pdf?unitId=4');
    expect(p.headers['content-type']).toBe('application/pdf');
    expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(p.rawPayload);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Biểu 1: ĐẢNG VIÊN CHIA THEO TÌNH TRẠNG');
    expect(text).toContain('Chi bộ thôn Đông');
    expect(text).toContain('Người xuất: Người dùng office');
    const audits = await t.db.selectFrom('audit_entry').select('after').where('action', '=', 'report.export').orderBy('seq').execute();
    expect(audits.map((a) => (a.after as { format: string }).format)).toEqual(['xlsx', 'pdf']);
  });

  it('refuses a subtree outside the scope', async () => {
    const secretary = await t.login('secretary');
    expect((await get(secretary, '/api/reports/statistics.pdf?unitId=8')).statusCode).toBe(404);
  });
});

describe('assessment forms', () => {
  beforeAll(async () => {
    await sql`INSERT INTO review_cycle (id, title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
      VALUES (1, 'Kiểm điểm, đánh giá năm 2026', 'annual', '2026-01-01', '2026-12-31', 'reg366-2025', 4, '1.2.4', '{member,party_cell}')`.execute(
      t.db,
    );
    await sql`INSERT INTO assessment_subject (id, cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name, step, self_assessment, review, level)
      VALUES (1, 1, 'member', 2, 5, '1.2.4.5', '1.2.4', 'g', 'Trần Thị Bình', 'decided',
        ${JSON.stringify({ summary: 'Hoàn thành đầy đủ nhiệm vụ được giao, gương mẫu ở khu dân cư.', generalPoints: 28, taskPoints: 65, proposedLevel: 'good' })},
        ${JSON.stringify({ comments: 'Chi bộ nhất trí đề nghị mức hoàn thành tốt nhiệm vụ.', proposedLevel: 'good', votes: { present: 4, for: 4, against: 0, abstain: 0 } })}, 'good'),
      (2, 1, 'party_cell', NULL, 5, '1.2.4.5', '1.2.4', 'c', 'Chi bộ thôn Đông', 'reviewed',
        ${JSON.stringify({ summary: 'Chi bộ lãnh đạo hoàn thành các chỉ tiêu năm.' })}, NULL, NULL)`.execute(t.db);
  });

  it('prints the member’s assessment form with the Vietnamese text of each step', async () => {
    const member = await t.login('member'); // member 2 downloads the own form
    const p = await get(member, '/api/reports/assessment-subjects/1/form.pdf');
    expect(p.statusCode, p.body).toBe(200);
    const text = pdfText(p.rawPayload);
    for (const s of [
      'BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN',
      'Kiểm điểm, đánh giá năm 2026',
      'Chưa ghi loại đảng viên (2A, 2B, 2C)',
      'Tổng điểm: 93/100',
      'Họ và tên: Trần Thị Bình',
      'Ngày sinh: 20/07/1985',
      'gương mẫu ở khu dân cư.',
      'Điểm tiêu chí chung: 28/30; điểm kết quả nhiệm vụ: 65/70',
      'Có mặt 4; tán thành 4',
      'Xếp loại: Hoàn thành tốt nhiệm vụ',
      'Người xuất: Người dùng member',
    ])
      expect(text).toContain(s);
  });

  it('prints a member on Form 2A, 2B or 2C of Hướng dẫn 43 by the category on the member record', async () => {
    const forms = {
      leader_manager: ['Mẫu 2A', 'cán bộ lãnh đạo, quản lý'],
      in_political_system: ['Mẫu 2B', 'trong hệ thống chính trị'],
      outside_political_system: ['Mẫu 2C', 'ngoài hệ thống chính trị'],
    } as const;
    for (const [category, words] of Object.entries(forms)) {
      await t.db
        .updateTable('member')
        .set({ member_category: category as keyof typeof forms })
        .where('id', '=', 2)
        .execute();
      const text = pdfText((await get(office, '/api/reports/assessment-subjects/1/form.pdf')).rawPayload);
      for (const w of words) expect(text).toContain(w);
      expect(text).not.toContain('Chưa ghi loại');
    }
    await t.db.updateTable('member').set({ member_category: null }).where('id', '=', 2).execute();
  });

  it('prints the collective’s review report, and hides forms outside the scope', async () => {
    const text = pdfText((await get(office, '/api/reports/assessment-subjects/2/form.pdf')).rawPayload);
    expect(text).toContain('BÁO CÁO KIỂM ĐIỂM TẬP THỂ');
    // Form 01 under Quy định 366, with the levels of the collective's members in the cycle (member 2: good).
    expect(text).toContain('Mẫu 01');
    expect(text).toContain('Kết quả xếp loại đảng viên của tập thể');
    expect(text).toMatch(/Hoàn thành tốt nhiệm vụ\s*1/);
    expect(text).toContain('Tập thể: Chi bộ thôn Đông');
    expect(text).toContain('Xếp loại: (chưa có)');
    const other = await t.login('secretary8');
    expect((await get(other, '/api/reports/assessment-subjects/1/form.pdf')).statusCode).toBe(404);
    expect((await get(office, '/api/reports/assessment-subjects/99/form.pdf')).statusCode).toBe(404);
  });
});
