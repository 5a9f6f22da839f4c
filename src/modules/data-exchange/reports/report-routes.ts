// HTTP face of the official reports: membership statistics (JSON, .xlsx, PDF) and assessment forms (PDF).
// Every file is audited and carries the exporting user and time.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { fileDownload, ok } from '../../../shared/contract.js';
import { notFound } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import type { Actor } from '../../../domain/access/scope.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { REPORT_READ, REPORT_SUBJECT } from './policy.js';
import { statistics, StatisticsSchema } from './statistics.js';
import { statisticsPdf, statisticsXlsx } from './statistics-files.js';
import { assessmentPdf, loadSubject } from './assessment-pdf.js';
import { noteMemberRead } from '../../foundation/audit/read-log.js';

const UnitQuery = Type.Object({ unitId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const SubjectParams = Type.Object({ subjectId: Type.Integer({ minimum: 1 }) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['reports'];
  const audit = (actor: Actor, entityType: string, entityId: number, scopePath: string, after: object) =>
    inTransaction(ctx.db, false, (trx) => appendAudit(trx, actor, { action: 'report.export', entityType, entityId, scopePath, after }));

  app.get(
    '/api/reports/statistics',
    { config: { policy: REPORT_READ }, schema: { tags, querystring: UnitQuery, response: ok(StatisticsSchema) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return statistics(ctx.db, unit, today(), req.locale);
    },
  );

  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/api/reports/statistics.${format}`,
      { config: { policy: REPORT_READ }, schema: { tags, querystring: UnitQuery, response: ok(fileDownload) } },
      async (req, reply) => {
        const unit = await loadUnit(ctx.db, req.query.unitId);
        const actor = req.authorize(unit, { entity: 'unit' });
        const at = new Date();
        const s = await statistics(ctx.db, unit, today(), req.locale);
        const meta = { user: actor.displayName, at, locale: req.locale };
        const file = format === 'xlsx' ? await statisticsXlsx(s, meta) : await statisticsPdf(s, meta);
        await audit(actor, 'unit', unit.id, unit.path, { report: 'statistics', format, at: at.toISOString() });
        return reply
          .header('content-type', format === 'xlsx' ? XLSX : 'application/pdf')
          .header('content-disposition', `attachment; filename="thong-ke-dang-vien-${unit.id}.${format}"`)
          .send(file);
      },
    );
  }

  app.get(
    '/api/reports/assessment-subjects/:subjectId/form.pdf',
    { config: { policy: REPORT_SUBJECT }, schema: { tags, params: SubjectParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const s = await loadSubject(ctx.db, req.params.subjectId);
      if (!s) throw notFound('assessment');
      const actor = req.authorize({ memberId: s.member_id, unitPath: s.unit_path }, { entity: 'assessment' });
      const at = new Date();
      const file = await assessmentPdf(s, { user: actor.displayName, at, locale: req.locale }, today());
      if (s.subject_kind === 'member' && s.member_id)
        noteMemberRead(req, { memberId: s.member_id, unitPath: s.unit_path }, 'assessment_form');
      await audit(actor, 'assessment_subject', s.id, s.unit_path, {
        report: s.subject_kind === 'member' ? 'member_form' : 'collective_report',
        format: 'pdf',
        at: at.toISOString(),
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="danh-gia-${s.id}.pdf"`)
        .send(file);
    },
  );
}
