// Every file the app produces (each PDF, each .xlsx) and the messages that carry a date write numbers and dates
// the one way of their language (src/domain/text/format.ts): no ISO date anywhere a person reads.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/i18n.js';
import { campaignPdf, campaignXlsx } from '../src/modules/grassroots-work/campaigns/report.js';
import { letterPdf } from '../src/modules/lifecycle/transfers/letter.js';
import { resultsWorkbook } from '../src/modules/assessments/reviews/results-xlsx.js';
import { statisticsPdf, statisticsXlsx } from '../src/modules/data-exchange/reports/statistics-files.js';
import { assessmentPdf } from '../src/modules/data-exchange/reports/assessment-pdf.js';
import { templateWorkbook } from '../src/modules/data-exchange/imports/template.js';
import { pdfText } from '../src/modules/data-exchange/reports/pdf-text.js';
import { startTestApp, type Session, type TestApp } from './http.js';

const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
const at = new Date('2026-12-04T03:05:00Z'); // 10:05 on 04/12/2026 in Vietnam
const LOCALES: Locale[] = ['vi', 'en'];

/** Everything a reader sees in a workbook: cell texts, sheet names, printed headers and footers. */
async function workbookText(bytes: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const texts: string[] = [];
  const values: unknown[] = [];
  for (const ws of wb.worksheets) {
    texts.push(ws.name, ...Object.values(ws.headerFooter ?? {}).filter((v): v is string => typeof v === 'string'));
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(cell.text);
        values.push(cell.value);
      }),
    );
  }
  return { text: texts.join('\n'), values };
}

const board = {
  campaign: {
    name: 'Thu gom rác thải',
    goal: 'Sạch thôn',
    place: 'Thôn Đông',
    deadline: '2027-12-03',
    unitName: 'Chi bộ thôn Đông',
    counts: { not_contacted: 1460, visited: 1, persuading: 2, agreed: 0, compensation_received: 0, site_handed_over: 0, blocked: 0 },
    total: 1463,
  },
  columns: [
    {
      status: 'visited',
      cards: [
        {
          id: 1,
          headName: 'Nguyễn Văn An',
          address: 'Xóm 1',
          status: 'visited',
          members: [{ name: 'Lê Thị Bình' }],
          workingGroupName: null,
          blockedReason: '',
        },
      ],
    },
  ],
};
const transfer = {
  id: 1,
  member_id: 5,
  full_name: 'Nguyễn Văn An',
  birth_date: '1990-01-15',
  party_card_no: '93001234',
  admitted_on: '2015-05-19',
  official_on: '2016-05-19',
  member_status: 'official',
  kind: 'official',
  from_unit_id: 5,
  from_name: 'Chi bộ thôn Đông',
  to_unit_id: 6,
  to_name: 'Chi bộ thôn Tây',
  out_of_province: false,
  destination: null,
  moved_on: '2026-12-01',
  letter_no: '12/GGT',
  letter_date: '2026-12-02',
  state: 'issued',
  handed_on: null,
  received_on: null,
  note: null,
  version: 1,
  from_path: '1.2.4.5',
  to_path: '1.2.4.6',
};
const counts = { excellent: 1, good: 1460, done: 3, not_done: 0, pending: 2, not_rated: 1 };
const results = {
  cycle: { id: 2, title: 'Kiểm điểm năm 2026', periodFrom: '2026-01-01', periodTo: '2026-12-31', ruleSet: 'reg366-2025' },
  scopePath: '1.2',
  byKind: { member: counts },
  children: [{ unitId: 4, name: 'Đảng ủy xã A1', counts }],
  previous: { cycle: { id: 1, title: 'Kiểm điểm năm 2025', periodFrom: '2025-01-01', periodTo: '2025-12-31' }, byKind: { member: counts } },
  resolution21: {
    members: { decided: 1463, share: 0.907, target: 0.9, met: true },
    grassrootsOrgs: null,
    previousMembers: null,
    previousGrassrootsOrgs: null,
  },
};
const statistics = {
  unitId: 4,
  unitName: 'Đảng ủy xã A1',
  on: '2026-12-04',
  tables: [
    {
      key: 'status',
      title: 'Đảng viên theo tình trạng',
      columns: [
        { key: 'total', label: 'Tổng số' },
        { key: 'official', label: 'Chính thức' },
      ],
      rows: [{ unitId: 5, name: 'Chi bộ thôn Đông', values: [108419, 1460] }],
      total: [108419, 1460],
    },
  ],
};
const subject = {
  subject_kind: 'member',
  unit_name: 'Chi bộ thôn Đông',
  cycle_title: 'Kiểm điểm năm 2026',
  display_name: 'Nguyễn Văn An',
  birth_date: '1990-01-15',
  position: null,
  level: 'good',
  self_assessment: { summary: 'Hoàn thành', generalPoints: 25.5, taskPoints: 56.75, proposedLevel: 'good' },
  review: { comments: 'Đồng ý', proposedLevel: 'good', votes: { present: 12, for: 11, against: 1, abstain: 0 } },
};

describe('PDF documents', () => {
  it.each(LOCALES)("write dates as dd/mm/yyyy and numbers in the language's format (%s)", async (locale) => {
    const thousands = locale === 'vi' ? '108.419' : '108,419';
    const docs = {
      letter: pdfText(await letterPdf(transfer as never, 'Người dùng office', at, locale, 30)),
      campaign: pdfText(await campaignPdf(board as never, { user: 'office', now: at, locale })),
      statistics: pdfText(await statisticsPdf(statistics as never, { user: 'office', at, locale })),
      assessment: pdfText(await assessmentPdf(subject as never, { user: 'office', at, locale }, '2026-12-04')),
    };
    for (const [name, text] of Object.entries(docs)) {
      expect(text, name).not.toMatch(ISO);
      expect(text, `${name} footer`).toContain('04/12/2026 10:05');
    }
    expect(docs.letter).toContain('15/01/1990');
    expect(docs.letter).toContain('02/12/2026');
    expect(docs.campaign).toContain('03/12/2027');
    expect(docs.campaign).toContain(locale === 'vi' ? '1.460' : '1,460');
    expect(docs.statistics).toContain(thousands);
    expect(docs.statistics).toContain('04/12/2026');
    expect(docs.assessment).toContain(locale === 'vi' ? '56,75' : '56.75');
  });
});

describe('.xlsx workbooks', () => {
  it.each(LOCALES)('write dates as dd/mm/yyyy text and figures as numbers (%s)', async (locale) => {
    const books = {
      campaign: await workbookText(await campaignXlsx(board as never, { user: 'office', now: at, locale })),
      results: await workbookText(await resultsWorkbook(results as never, locale)),
      statistics: await workbookText(await statisticsXlsx(statistics as never, { user: 'office', at, locale })),
      template: await workbookText(await templateWorkbook(locale)),
    };
    for (const [name, book] of Object.entries(books)) {
      expect(book.text, name).not.toMatch(ISO);
      // Dates are text in one format, never a Date cell that Excel would show in the reader's system format.
      expect(
        book.values.some((v) => v instanceof Date),
        name,
      ).toBe(false);
    }
    expect(books.campaign.text).toContain('03/12/2027');
    expect(books.campaign.text).toContain('04/12/2026 10:05');
    expect(books.campaign.values).toContain(1460);
    expect(books.results.text).toContain('01/01/2026 – 31/12/2026');
    expect(books.results.values).toContain(1460);
    expect(books.results.values).toContain(0.907); // a share: shown by Excel as 90.7% through its number format
    expect(books.statistics.text).toContain('04/12/2026');
    expect(books.statistics.values).toContain(108419);
  });
});

describe('over HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let office: Session;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    office = await t.login('office');
  });
  afterAll(() => t.close());

  it('exports the member list with dd/mm/yyyy dates and time of export', async () => {
    for (const locale of LOCALES) {
      const res = await t.call(office, 'GET', '/api/exports/members.xlsx?unitId=4', undefined, { 'accept-language': locale });
      expect(res.statusCode).toBe(200);
      const book = await workbookText(res.rawPayload);
      expect(book.text).not.toMatch(ISO);
      expect(book.text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(book.text).toMatch(/\b\d{2}\/\d{2}\/(19|20)\d{2}\b/);
    }
  });

  it('writes the date in an error message as dd/mm/yyyy, in Vietnamese and in English', async () => {
    const member = await t.call(admin, 'POST', '/api/members', {
      fullName: 'Lý Thị Thu',
      gender: 'female',
      birthDate: '1995-04-12',
      ethnicity: 'Kinh',
      hometown: 'x',
      residence: 'y',
      citizenId: '036195009911',
      admittedOn: '2026-06-01',
      education: '12/12',
      theoryLevel: '',
      status: 'probationary',
      unitId: 5,
    });
    expect(member.statusCode).toBe(201);
    const body = { outcome: 'official', decisionNo: '40-QĐ/ĐU', decidedOn: '2026-11-20', authority: 'Đảng ủy xã A1' };
    const vi = await t.call(office, 'POST', `/api/probation/${member.json().id}/decision`, body, { 'accept-language': 'vi' });
    expect(vi.json()).toMatchObject({ code: 'probation_not_finished' });
    expect(vi.json().message).toContain('hết ngày 01/06/2027');
    const en = await t.call(office, 'POST', `/api/probation/${member.json().id}/decision`, body, { 'accept-language': 'en' });
    expect(en.json().message).toContain('01/06/2027');
    for (const res of [vi, en]) expect(res.json().message).not.toMatch(ISO);
  });
});

describe('assessment reason texts', () => {
  it('write percentages and points with the Vietnamese decimal comma, and discipline dates as dd/mm/yyyy', async () => {
    const { evaluate } = await import('../src/domain/assessment/index.js');
    const { best366, tasks } = await import('../src/domain/assessment/test-facts.js');
    // 1 of 3 tasks late: 33.3% late.
    const late = evaluate(
      'reg366-2025',
      best366({ points: { general: 25.25, tasks: 57 }, tasks: tasks({ total: 3, onTime: 2, late: 1, exceeded: 0 }) }),
    );
    const vi = late.reasons.map((r) => r.vi).join(' | ');
    expect(vi).toContain('trễ hạn 33,3%');
    expect(vi).toContain('tổng 82,25 điểm');
    expect(vi).not.toMatch(/\d\.\d/);
    const disciplined = evaluate(
      'reg366-2025',
      best366({ discipline: [{ form: 'reprimand', decidedOn: '2026-03-01', selfDetectedRemedied: false }] }),
    );
    const text = disciplined.reasons.map((r) => `${r.vi} ${r.en}`).join(' | ');
    expect(text).toContain('reprimand 01/03/2026');
    expect(text).not.toMatch(ISO);
  });
});
