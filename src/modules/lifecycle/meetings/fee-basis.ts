// The basis of each member's Party fee (what the percentage applies to, or the group with a fixed amount), and the
// amount the rule proposes for a month (domain/lifecycle/fees). One transaction per write, audit entry inside it.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { basisInForce, basisProblem, proposedFee, type FeeBasis, type FeeRule } from '../../../domain/lifecycle/fees.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { LEFT, lockMember } from '../shared/registry.js';
import * as q from './queries.js';
import { FEE_BASES_MAX, type FeeBasisInput } from './schemas.js';

export const basisDto = (b: q.FeeBasisRow) => ({
  kind: b.kind,
  monthlyAmount: b.monthly_amount,
  fromMonth: b.valid_from.slice(0, 7),
  note: b.note,
  version: b.version,
});
const toBasis = (b: q.FeeBasisRow): FeeBasis => ({ kind: b.kind, monthlyAmount: b.monthly_amount, validFrom: b.valid_from });

/** Each member's basis in force for the month (first day) and the amount the rule proposes from it. */
export async function proposals(db: Db, memberIds: number[], month: string, rule: FeeRule) {
  const rows = await q.feeBases(db, memberIds);
  const byMember = new Map<number, q.FeeBasisRow[]>();
  for (const r of rows) byMember.set(r.member_id, [...(byMember.get(r.member_id) ?? []), r]);
  return new Map(
    memberIds.map((id) => {
      const own = byMember.get(id) ?? [];
      const inForce = basisInForce(own.map(toBasis), month);
      const row = inForce ? own.find((r) => r.valid_from === inForce.validFrom)! : null;
      return [id, { basis: row ? basisDto(row) : null, proposed: proposedFee(inForce, rule) }];
    }),
  );
}

/** The member's bases, newest first (the newest FEE_BASES_MAX: one a month for a century). */
export async function list(db: Db, memberId: number) {
  return (await q.feeBases(db, [memberId], FEE_BASES_MAX)).map(basisDto);
}

/** Records (or corrects) the basis starting in `month`. */
export async function set(db: Db, actor: Actor, memberId: number, month: string, input: FeeBasisInput) {
  const problem = basisProblem(input);
  if (problem) throw invalid(problem);
  const validFrom = `${month}-01`;
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    const before = await q.feeBasisFrom(trx, memberId, validFrom);
    const values = { kind: input.kind, monthly_amount: input.monthlyAmount, note: input.note?.trim() ?? '' };
    if (before) {
      if (input.version !== before.version) throw staleVersion();
      await q.updateFeeBasis(trx, before.id, values);
    } else {
      if (input.version !== undefined) throw staleVersion();
      await q.insertFeeBasis(trx, { ...values, member_id: memberId, valid_from: validFrom });
    }
    const after = (await q.feeBases(trx, [memberId])).find((b) => b.valid_from === validFrom)!;
    await appendAudit(trx, actor, {
      action: 'fee_basis.set',
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      before: before ? basisDto(before) : undefined,
      after: basisDto(after),
    });
    return basisDto(after);
  });
}

export async function remove(db: Db, actor: Actor, memberId: number, month: string, version: number) {
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    const before = await q.feeBasisFrom(trx, memberId, `${month}-01`);
    if (!before) throw notFound('fee_basis');
    if (!(await q.deleteFeeBasis(trx, before.id, version))) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'fee_basis.delete',
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      before: basisDto(before),
    });
    return { memberId, fromMonth: month };
  });
}
