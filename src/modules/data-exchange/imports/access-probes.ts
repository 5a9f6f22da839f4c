// Access probes of the data-exchange routes: an import job and a reconciliation of cell 8 (created by
// its own secretary) and the subtree of cell 8, all outside the scope of cell 5's secretary.
import { sql } from 'kysely';
import type { ProbeBuilder } from '../../../../test/probes.js';
import { memberRow, TEMPLATE_HEADERS, upload, xlsxOf } from './test-files.js';

const build: ProbeBuilder = async (t) => {
  const owner = await t.login('secretary8');
  const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(9001, { fullName: 'Người Ngoài Phạm Vi', unitCode: 'T.B.1.1' })]);
  const res = await upload(t, owner, { file, filename: 'chi-bo-xom-1.xlsx', query: 'unitId=8' });
  if (res.statusCode !== 201) throw new Error(`probe import: ${res.statusCode} ${res.body}`);
  const job = res.json().id as number;
  const list = await xlsxOf([
    TEMPLATE_HEADERS,
    memberRow(9002, { fullName: 'Ngô Thị Mai', citizenId: '036100000010', phone: '0999999999', unitCode: 'T.B.1.1' }),
  ]);
  const rec = await t.app.inject({
    method: 'POST',
    url: '/api/reconciliations?unitId=8&filename=ds.xlsx',
    payload: list,
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/octet-stream' },
  });
  if (rec.statusCode !== 201) throw new Error(`probe reconciliation: ${rec.statusCode} ${rec.body}`);
  const recId = rec.json().id as number;
  const items = (await t.call(owner, 'GET', `/api/reconciliations/${recId}?kind=different`)).json().items;
  const item = items[0].id as number;
  const cycle = await sql<{
    id: number;
  }>`INSERT INTO review_cycle (title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
    VALUES ('Probe', 'annual', '2026-01-01', '2026-12-31', 'reg366-2025', 7, '1.3.7', '{member}') RETURNING id`.execute(t.db);
  const subject = await sql<{
    id: number;
  }>`INSERT INTO assessment_subject (cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name)
    VALUES (${cycle.rows[0]!.id}, 'member', 10, 8, '1.3.7.8', '1.3.7', 'g', 'Ngô Thị Mai') RETURNING id`.execute(t.db);
  return {
    probes: {
      'GET /api/imports': { url: '/api/imports?unitId=8' },
      'GET /api/import-mappings': { url: '/api/import-mappings?unitId=8' },
      'POST /api/imports': { url: '/api/imports?unitId=8&filename=x.xlsx', body: { not: 'a file' } },
      'GET /api/imports/:jobId': { url: `/api/imports/${job}` },
      'PUT /api/imports/:jobId/mapping': { url: `/api/imports/${job}/mapping`, body: { mapping: { phone: null } } },
      'POST /api/imports/:jobId/commit': { url: `/api/imports/${job}/commit` },
      'POST /api/imports/:jobId/undo': { url: `/api/imports/${job}/undo` },
      'POST /api/imports/:jobId/discard': { url: `/api/imports/${job}/discard` },
      'POST /api/reconciliations': { url: '/api/reconciliations?unitId=8&filename=x.xlsx', body: { not: 'a file' } },
      'GET /api/reconciliations': { url: '/api/reconciliations?unitId=8' },
      'GET /api/reconciliations/:reconciliationId': { url: `/api/reconciliations/${recId}` },
      'POST /api/reconciliation-items/:itemId/decisions': {
        url: `/api/reconciliation-items/${item}/decisions`,
        body: { version: 1, memberVersion: 1, decisions: { phone: 'accept' } },
      },
      'GET /api/quality': { url: '/api/quality?unitId=8' },
      'GET /api/quality/missing': { url: '/api/quality/missing?unitId=8&field=phone' },
      'GET /api/reports/statistics': { url: '/api/reports/statistics?unitId=8' },
      'GET /api/reports/statistics.xlsx': { url: '/api/reports/statistics.xlsx?unitId=8' },
      'GET /api/reports/statistics.pdf': { url: '/api/reports/statistics.pdf?unitId=8' },
      'GET /api/reports/assessment-subjects/:subjectId/form.pdf': {
        url: `/api/reports/assessment-subjects/${subject.rows[0]!.id}/form.pdf`,
      },
      'GET /api/dashboard': { url: '/api/dashboard?unitId=8' },
      'GET /api/exports/members.xlsx': { url: '/api/exports/members.xlsx?unitId=8' },
    },
    noScope: {
      'GET /api/imports/template.xlsx': 'the empty template: no record of any unit',
    },
    foreign: ['Người Ngoài Phạm Vi', 'chi-bo-xom-1.xlsx'],
  };
};
export default build;
