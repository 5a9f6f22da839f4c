// A cell's kind (residential, agency, enterprise, school…), which decides the content its meetings must cover each
// quarter (domain/lifecycle/content-kinds.ts). Read by whoever reads the unit; set by those who restructure it.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { ok, Nullable } from '../../../shared/contract.js';
import { CELL_TYPES } from '../../../domain/lifecycle/content-kinds.js';
import { invalid, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { UNIT_READ, UNIT_RESTRUCTURE } from './policy.js';
import { loadUnit } from './service.js';
import { setCellType } from './queries.js';

const Params = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });
const CellType = Nullable(Type.Union(CELL_TYPES.map((k) => Type.Literal(k))));
const Answer = Type.Object({ unitId: Type.Integer(), isCell: Type.Boolean(), cellType: Nullable(Type.String()), version: Type.Integer() });
const CELL_KINDS = new Set(['cell', 'grassroots_cell']);

export function cellTypeRoutes(app: App, ctx: ModuleContext) {
  const tags = ['units'];
  app.get(
    '/api/units/:unitId/cell-type',
    { config: { policy: UNIT_READ }, schema: { tags, params: Params, response: ok(Answer) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      req.authorize({ path: unit.path }, { entity: 'unit' });
      return { unitId: unit.id, isCell: CELL_KINDS.has(unit.kind), cellType: unit.cell_type, version: unit.version };
    },
  );

  app.put(
    '/api/units/:unitId/cell-type',
    {
      config: { policy: UNIT_RESTRUCTURE },
      schema: {
        tags,
        params: Params,
        body: Type.Object({ cellType: CellType, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: ok(Answer),
      },
    },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = req.authorize({ path: unit.path }, { entity: 'unit', readableBy: UNIT_READ });
      if (!CELL_KINDS.has(unit.kind)) throw invalid('cell_type_not_a_cell');
      return inTransaction(ctx.db, false, async (trx) => {
        const version = await setCellType(trx, unit.id, req.body.version, req.body.cellType);
        if (version === null) throw staleVersion();
        await appendAudit(trx, actor, {
          action: 'unit.cell_type',
          entityType: 'org_unit',
          entityId: unit.id,
          scopePath: unit.path,
          before: { cellType: unit.cell_type },
          after: { cellType: req.body.cellType },
        });
        return { unitId: unit.id, isCell: true, cellType: req.body.cellType, version };
      });
    },
  );
}
