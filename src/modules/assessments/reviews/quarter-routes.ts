// The quarterly reviews of a subject, carried into its year's self-assessment (a suggestion, shown on the form).
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { list, ok, Nullable } from '../../../shared/contract.js';
import { carryQuarters } from '../../../domain/assessment/quarters.js';
import { loadCycle } from './cycles.js';
import { SUBJECT_VIEW } from './policy.js';
import { refWithGroup } from './remarks.js';
import { SubjectParams } from './schemas.js';
import { loadSubject } from './subjects.js';
import { quarterlyResults } from './quarter-queries.js';

const num = (v: string | null) => (v === null ? null : Number(v));
const LevelT = Nullable(Type.String());
const Carried = Type.Object({
  /** Shown for the year's review under Quy định 366 only. */
  applies: Type.Boolean(),
  year: Type.Integer(),
  quarters: list(
    Type.Object({
      quarter: Type.Integer({ minimum: 1, maximum: 4 }),
      generalPoints: Nullable(Type.Number()),
      taskPoints: Nullable(Type.Number()),
      total: Nullable(Type.Number()),
      level: LevelT,
    }),
    4,
  ),
  meanGeneralPoints: Nullable(Type.Number()),
  meanTaskPoints: Nullable(Type.Number()),
  lowestLevel: LevelT,
});

export function quarterRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/assessment-subjects/:subjectId/quarters',
    {
      config: { policy: SUBJECT_VIEW },
      schema: { tags: ['assessments'], params: SubjectParams, response: ok(Carried) },
    },
    async (req) => {
      const s = await loadSubject(ctx.db, req.params.subjectId);
      req.authorize(await refWithGroup(ctx.db, req.actor, s, ctx.config.today!()), { entity: 'assessment_subject' });
      const cycle = await loadCycle(ctx.db, s.cycle_id);
      const year = Number(cycle.period_to.slice(0, 4));
      const applies = cycle.kind === 'annual' && cycle.rule_set === 'reg366-2025';
      const rows = applies
        ? await quarterlyResults(ctx.db, {
            subjectKind: s.subject_kind,
            memberId: s.member_id,
            unitId: s.unit_id,
            from: cycle.period_from,
            to: cycle.period_to,
          })
        : [];
      const carried = carryQuarters(
        rows.map((r) => ({
          periodFrom: r.period_from,
          periodTo: r.period_to,
          generalPoints: num(r.general),
          taskPoints: num(r.tasks),
          level: r.level,
        })),
        year,
      );
      return { applies, year, ...carried };
    },
  );
}
