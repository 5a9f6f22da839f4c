// The province dashboard with drill-down to any unit: the membership tables of the unit, admissions
// per year against the target, the levels of the latest cycle and Resolution 21 progress.
import { Type } from 'typebox';
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { resolution21, LEVELS, DEFAULT_ADMISSION_TARGET, type LevelCounts } from '../../../domain/quality/targets.js';
import { hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { REPORT_READ } from '../reports/policy.js';
import { statistics, StatTableSchema } from '../reports/statistics.js';
import { CalendarDate, list, Nullable, ok } from '../../../shared/contract.js';
import * as q from './queries.js';

const DashboardQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    years: Type.Integer({ minimum: 1, maximum: 20, default: 5 }),
  },
  { additionalProperties: false },
);

const Int = Type.Integer();
const Str = Type.String();
const LevelCountsT = Type.Object(Object.fromEntries(LEVELS.map((l) => [l, Int])) as Record<(typeof LEVELS)[number], typeof Int>);
const Dashboard = Type.Object({
  unit: Type.Object({ id: Int, name: Str, kind: Str }),
  // The tree is a handful of levels deep.
  breadcrumb: list(Type.Object({ id: Int, name: Str }), 32),
  // Not yet bounded: every unit directly below the chosen one.
  children: Type.Array(Type.Object({ id: Int, name: Str, kind: Str, members: Int })),
  tables: list(StatTableSchema, 5),
  // One row per year asked for (DashboardQuery.years ≤ 20).
  admissions: list(Type.Object({ year: Int, admitted: Int, base: Int, target: Int }), 20),
  latestCycle: Nullable(
    Type.Object({
      id: Int,
      title: Str,
      kind: Str,
      periodFrom: CalendarDate,
      periodTo: CalendarDate,
      year: Int,
      levels: Type.Object({ member: LevelCountsT, organization: LevelCountsT, undecided: Int }),
    }),
  ),
  resolution21: list(Type.Object({ key: Str, value: Nullable(Type.Number()), target: Type.Number(), met: Nullable(Type.Boolean()) }), 10),
});

/** The path from the top to this unit, keeping only the units the actor may read (the drill-down's way back up). */
function breadcrumb(path: string, units: { id: number; name: string }[], actor: Actor) {
  const ids = path.split('.');
  return ids
    .map((id, i) => ({ id: Number(id), path: ids.slice(0, i + 1).join('.') }))
    .filter((a) => hasRoleOver(actor, a.path, READERS))
    .map((a) => ({ id: a.id, name: units.find((u) => u.id === a.id)?.name ?? '' }));
}

export function dashboardRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/dashboard',
    { config: { policy: REPORT_READ }, schema: { tags: ['dashboard'], querystring: DashboardQuery, response: ok(Dashboard) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      const today = ctx.config.today!();
      const year = Number(today.slice(0, 4));
      const [stats, kids, adm, levels, ancestors] = await Promise.all([
        statistics(ctx.db, unit, today, req.locale),
        q.children(ctx.db, unit.id),
        q.admissions(ctx.db, unit.path, year - req.query.years + 1, year),
        q.latestLevels(ctx.db, unit.path),
        q.unitsOnPath(ctx.db, unit.path),
      ]);
      const count = (kind: string) =>
        Object.fromEntries(LEVELS.map((l) => [l, levels?.rows.find((r) => r.kind === kind && r.level === l)?.n ?? 0])) as LevelCounts;
      const levelCounts = levels
        ? {
            member: count('member'),
            organization: count('organization'),
            undecided: levels.rows.filter((r) => r.level === null).reduce((s, r) => s + r.n, 0),
          }
        : null;
      const admissions = adm.map((a) => ({ ...a, target: Math.ceil(a.base * DEFAULT_ADMISSION_TARGET) }));
      return {
        unit: { id: unit.id, name: unit.name, kind: unit.kind },
        // The path from the root of the tree to this unit, readable parts only (the breadcrumb of the drill-down).
        breadcrumb: breadcrumb(unit.path, ancestors, actorOf(req)),
        children: kids,
        tables: stats.tables,
        admissions,
        // The annual cycle the level figures come from, named on the page so a reader knows which review they are.
        latestCycle: levels
          ? {
              id: levels.cycle.id,
              title: levels.cycle.title,
              kind: levels.cycle.kind,
              periodFrom: levels.cycle.period_from,
              periodTo: levels.cycle.period_to,
              year: Number(levels.cycle.period_to.slice(0, 4)),
              levels: levelCounts!, // set whenever `levels` is
            }
          : null,
        // Admissions are judged on the last full year; the current one is still running.
        resolution21: resolution21({ admissions: admissions.at(-2) ?? null, levels: levelCounts }),
      };
    },
  );
}
