// HTTP face of the data-quality dashboard: per unit below the chosen one, worst first, with drill-down.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { CalendarDate, ok, page, pageEcho } from '../../../shared/contract.js';
import { QUALITY_FIELDS } from '../../../domain/quality/score.js';
import { DEFAULT_STALE_MONTHS, rankWorstFirst } from '../../../domain/quality/score.js';
import { addMonths } from '../../../domain/calendar/dates.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { QUALITY_READ } from './policy.js';
import * as q from './queries.js';

const QualityQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    staleMonths: Type.Integer({ minimum: 1, maximum: 240, default: DEFAULT_STALE_MONTHS }),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
const MissingQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    field: Type.Union([Type.Literal('partyCardNo'), Type.Literal('phone'), Type.Literal('theoryLevel'), Type.Literal('occupation')]),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
const fieldCounts = Type.Object(
  Object.fromEntries(QUALITY_FIELDS.map((f) => [f, Type.Number()])) as Record<
    (typeof QUALITY_FIELDS)[number],
    ReturnType<typeof Type.Number>
  >,
);
const UnitQuality = Type.Object({
  unitId: Type.Integer(),
  name: Type.String(),
  members: Type.Integer(),
  duplicates: Type.Integer(),
  stale: Type.Integer(),
  withoutCell: Type.Integer(),
  filled: fieldCounts,
  applicable: Type.Optional(Type.Partial(fieldCounts)),
  completeness: fieldCounts,
  score: Type.Number(),
});
// The units directly below the chosen one, worst first, a page at a time (a province has hundreds of communes).
const QualityAnswer = page(UnitQuality, 200, { ...pageEcho, unitId: Type.Integer(), unitName: Type.String(), staleMonths: Type.Integer() });
const MissingMember = Type.Object({ id: Type.Integer(), fullName: Type.String(), birthDate: CalendarDate, unitName: Type.String() });
const COLUMN = { partyCardNo: 'party_card_no', phone: 'phone', theoryLevel: 'theory_level', occupation: 'occupation' } as const;

export function qualityRoutes(app: App, ctx: ModuleContext) {
  const tags = ['quality'];
  app.get(
    '/api/quality',
    { config: { policy: QUALITY_READ }, schema: { tags, querystring: QualityQuery, response: ok(QualityAnswer) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      const rows = await q.qualityByChild(ctx.db, unit, addMonths(ctx.config.today!(), -req.query.staleMonths));
      const units = rankWorstFirst(
        rows.map((r) => ({
          unitId: r.unit_id,
          name: r.name,
          members: r.members,
          duplicates: r.duplicates,
          stale: r.stale,
          withoutCell: r.without_cell,
          filled: {
            partyCardNo: r.card,
            phone: r.phone,
            theoryLevel: r.theory,
            occupation: r.occupation,
            officialOn: r.official_filled,
            hometown: r.hometown,
            residence: r.residence,
            citizenId: r.citizen,
          },
          applicable: { officialOn: r.official },
        })),
      );
      const { page: n, pageSize } = req.query;
      return {
        unitId: unit.id,
        unitName: unit.name,
        staleMonths: req.query.staleMonths,
        total: units.length,
        page: n,
        pageSize,
        items: units.slice((n - 1) * pageSize, n * pageSize),
      };
    },
  );

  app.get(
    '/api/quality/missing',
    { config: { policy: QUALITY_READ }, schema: { tags, querystring: MissingQuery, response: ok(page(MissingMember, 200, pageEcho)) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      const { page: n, pageSize } = req.query;
      const { rows, total } = await q.membersMissing(ctx.db, unit.path, COLUMN[req.query.field], pageSize, (n - 1) * pageSize);
      return {
        total,
        page: n,
        pageSize,
        items: rows.map((m) => ({ id: m.id, fullName: m.full_name, birthDate: m.birth_date, unitName: m.unit_name })),
      };
    },
  );
}
