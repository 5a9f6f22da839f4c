// HTTP face of members' Party fee bases: read by those who may read the member (and the member themself),
// written by editors over the member's cell. The fee sheet of a cell shows them with the amount proposed.
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite } from '../shared/http.js';
import { LC_EDIT, LC_READ } from '../shared/policy.js';
import { ok } from '../../../shared/contract.js';
import {
  FeeBases,
  FeeBasisAnswer,
  FeeBasisBody,
  FeeBasisDeleteQuery,
  FeeBasisGone,
  FeeBasisMonthParams,
  FeeBasisParams,
} from './schemas.js';
import * as basis from './fee-basis.js';
import { noteMemberRead } from '../../foundation/audit/read-log.js';

export function feeBasisRoutes(app: App, ctx: ModuleContext) {
  const tags = ['meetings'];
  const member = async (id: number) => {
    const m = await getMember(ctx.db, id);
    if (!m) throw notFound('member');
    return m;
  };

  app.get(
    '/api/lifecycle/members/:memberId/fee-basis',
    { config: { policy: LC_READ }, schema: { tags, params: FeeBasisParams, response: ok(FeeBases) } },
    async (req) => {
      const m = await member(req.params.memberId);
      req.authorize({ path: m.unit_path, memberId: m.id }, { entity: 'member' });
      noteMemberRead(req, { memberId: m.id, unitPath: m.unit_path }, 'fee_basis');
      return basis.list(ctx.db, m.id);
    },
  );

  app.put(
    '/api/lifecycle/members/:memberId/fee-basis/:month',
    { config: { policy: LC_EDIT }, schema: { tags, params: FeeBasisMonthParams, body: FeeBasisBody, response: ok(FeeBasisAnswer) } },
    async (req) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, { path: m.unit_path, memberId: m.id }, 'member');
      return basis.set(ctx.db, actor, m.id, req.params.month, req.body);
    },
  );

  app.delete(
    '/api/lifecycle/members/:memberId/fee-basis/:month',
    {
      config: { policy: LC_EDIT },
      schema: { tags, params: FeeBasisMonthParams, querystring: FeeBasisDeleteQuery, response: ok(FeeBasisGone) },
    },
    async (req) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, { path: m.unit_path, memberId: m.id }, 'member');
      return basis.remove(ctx.db, actor, m.id, req.params.month, req.query.version);
    },
  );
}
