// HTTP face of reports and exports. Every export is scoped, audited, and names its user and time.
import { PassThrough } from 'node:stream';
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { fileDownload, ok } from '../../../shared/contract.js';
import { ListQuery } from '../../foundation/members/schemas.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { EXPORT_MEMBERS } from './policy.js';
import * as service from './service.js';

const { page: _page, pageSize: _size, sort: _sort, unitId: _unit, ...filters } = ListQuery.properties;
// The export is streamed: the file schema, typed as the stream the handler sends.
const streamedFile = Type.Unsafe<PassThrough>({ ...fileDownload });
const ExportQuery = Type.Object({ unitId: Type.Integer({ minimum: 1 }), ...filters }, { additionalProperties: false });

export function exportRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['reports'];

  app.get(
    '/api/exports/members.xlsx',
    { config: { policy: EXPORT_MEMBERS }, schema: { tags, querystring: ExportQuery, response: ok(streamedFile) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      const actor = req.authorize(unit, { entity: 'unit' });
      const { unitId: _u, ...filter } = req.query;
      const out = new PassThrough();
      const at = new Date();
      const count = await service.auditExport(ctx.db, actor, unit, { filter, today: today(), at });
      service
        .exportMembers(ctx.db, unit, {
          filter,
          today: today(),
          meta: { user: actor.displayName, at, unitName: unit.name, locale: req.locale },
          out,
        })
        .catch((e: unknown) => {
          req.log.error({ err: e }, 'member export failed');
          out.destroy(e as Error);
        });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="danh-sach-dang-vien-${unit.code.replace(/[^A-Za-z0-9._-]/g, '_')}.xlsx"`)
        .header('x-member-count', String(count))
        .send(out);
    },
  );
}
