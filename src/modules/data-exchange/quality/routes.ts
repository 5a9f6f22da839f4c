// HTTP face of the data-quality dashboard: per unit below the chosen one, worst first, with drill-down.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { DEFAULT_STALE_MONTHS, rankWorstFirst } from '../../../domain/quality/score.js';
import { addMonths } from '../../../domain/calendar/dates.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { QUALITY_READ } from './policy.js';
import * as q from './queries.js';

const QualityQuery = Type.Object({
  unitId: Type.Integer({ minimum: 1 }),
  staleMonths: Type.Integer({ minimum: 1, maximum: 240, default: DEFAULT_STALE_MONTHS }),
}, { additionalProperties: false });
const MissingQuery = Type.Object({
  unitId: Type.Integer({ minimum: 1 }),
  field: Type.Union([Type.Literal('partyCardNo'), Type.Literal('phone'), Type.Literal('theoryLevel'), Type.Literal('occupation')]),
}, { additionalProperties: false });
const COLUMN = { partyCardNo: 'party_card_no', phone: 'phone', theoryLevel: 'theory_level', occupation: 'occupation' } as const;

export function qualityRoutes(app: App, ctx: ModuleContext) {
  const tags = ['quality'];
  app.get('/api/quality', { config: { policy: QUALITY_READ }, schema: { tags, querystring: QualityQuery } }, async (req) => {
    const unit = await loadUnit(ctx.db, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    const rows = await q.qualityByChild(ctx.db, unit, addMonths(ctx.config.today!(), -req.query.staleMonths));
    const units = rankWorstFirst(rows.map((r) => ({
      unitId: r.unit_id, name: r.name, members: r.members, duplicates: r.duplicates, stale: r.stale, withoutCell: r.without_cell,
      filled: { partyCardNo: r.card, phone: r.phone, theoryLevel: r.theory, occupation: r.occupation, officialOn: r.official_filled,
        hometown: r.hometown, residence: r.residence, citizenId: r.citizen },
      applicable: { officialOn: r.official },
    })));
    return { unitId: unit.id, unitName: unit.name, staleMonths: req.query.staleMonths, units };
  });

  app.get('/api/quality/missing', { config: { policy: QUALITY_READ }, schema: { tags, querystring: MissingQuery } }, async (req) => {
    const unit = await loadUnit(ctx.db, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return q.membersMissing(ctx.db, unit.path, COLUMN[req.query.field], 500);
  });
}
