// An import preview stores the uploaded file (member data) on the job, and a discard removes it: both are writes
// on personal data, so both are in the audit trail with who did them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { memberRow, TEMPLATE_HEADERS, upload, xlsxOf } from './test-files.js';

let t: TestApp;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

describe('audit of an import that is previewed and discarded', () => {
  it('records the preview with its counts and the discard with the job’s former state', async () => {
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(41), memberRow(42)]);
    const res = await upload(t, office, { file, filename: 'thu.xlsx', query: 'unitId=4' });
    expect(res.statusCode, res.body).toBe(201);
    const jobId = res.json().id as number;
    const discarded = await t.call(office, 'POST', `/api/imports/${jobId}/discard`);
    expect(discarded.statusCode, discarded.body).toBe(200);
    const audits = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_user_id', 'scope_path', 'before', 'after'])
      .where('entity_type', '=', 'import_job')
      .where('entity_id', '=', String(jobId))
      .orderBy('id')
      .execute();
    expect(audits).toEqual([
      {
        action: 'import.preview',
        actor_user_id: 2,
        scope_path: '1.2.4',
        before: null,
        after: { filename: 'thu.xlsx', rows: 2, errors: 0 },
      },
      {
        action: 'import.discard',
        actor_user_id: 2,
        scope_path: '1.2.4',
        before: { status: 'previewed', filename: 'thu.xlsx' },
        after: null,
      },
    ]);
  });
});
