// Use cases of mass-mobilization campaigns. Every move is checked by the pure rules in
// src/domain/campaigns/status.ts, written with its history row and audit entry in one transaction.
import type { Transaction } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import { isWithin, type Actor } from '../../../domain/access/scope.js';
import { CAMPAIGN_STATUSES, checkMove, statusSeries, type CampaignStatus } from '../../../domain/campaigns/status.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { requireInScope, requireOneInScope } from '../../../shared/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { householdsWithArea } from '../visits/queries.js';
import type { UnitRow } from '../../foundation/orgs/queries.js';
import * as q from './queries.js';
import type { AddHouseholds, CreateCampaign, InCharge, Move, UpdateCampaign } from './schemas.js';
import { isServing } from '../../../domain/members/record.js';

const related = (a: string, b: string) => isWithin(a, b) || isWithin(b, a);

export async function loadCampaign(db: Db, id: number) {
  const c = await q.getCampaign(db, id);
  if (!c) throw notFound('campaign');
  return c;
}

export async function loadCampaignHousehold(db: Db, id: number) {
  const ch = await q.getCampaignHousehold(db, id);
  if (!ch) throw notFound('campaign_household');
  return ch;
}

const emptyCounts = () => Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as Record<CampaignStatus, number>;

export const campaignDto = (c: Omit<q.CampaignRow, 'path'>, counts: Record<CampaignStatus, number>) => ({
  id: c.id,
  unitId: c.unit_id,
  unitName: c.unit_name,
  name: c.name,
  goal: c.goal,
  place: c.place,
  startsOn: c.starts_on,
  deadline: c.deadline,
  version: c.version,
  counts,
  total: Object.values(counts).reduce((s, n) => s + n, 0),
});

async function countsOf(db: Db, ids: number[]) {
  const out = new Map<number, Record<CampaignStatus, number>>(ids.map((id) => [id, emptyCounts()]));
  for (const r of await q.statusCounts(db, ids)) out.get(r.campaign_id)![r.status] = Number(r.n);
  return out;
}

export async function list(db: Db, root: string) {
  const rows = await q.listCampaigns(db, root);
  const counts = await countsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((c) => campaignDto(c, counts.get(c.id)!));
}

export async function page(db: Db, c: q.CampaignRow) {
  return campaignDto(c, (await countsOf(db, [c.id])).get(c.id)!);
}

function checkDates(startsOn: string, deadline: string) {
  if (deadline < startsOn) throw invalid('deadline_before_start');
}

export async function create(db: Db, actor: Actor, input: CreateCampaign, unit: UnitRow) {
  checkDates(input.startsOn, input.deadline);
  if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
  return inTransaction(db, false, async (trx) => {
    const row = await q.insertCampaign(trx, {
      unit_id: unit.id,
      name: input.name.trim(),
      goal: input.goal.trim(),
      place: input.place.trim(),
      starts_on: input.startsOn,
      deadline: input.deadline,
    });
    const after = campaignDto((await q.getCampaign(trx, row.id))!, emptyCounts());
    await appendAudit(trx, actor, { action: 'campaign.create', entityType: 'campaign', entityId: row.id, scopePath: unit.path, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateCampaign) {
  return inTransaction(db, false, async (trx) => {
    const c = await q.getCampaign(trx, id, true);
    if (!c) throw notFound('campaign');
    if (c.version !== input.version) throw staleVersion();
    checkDates(input.startsOn ?? c.starts_on, input.deadline ?? c.deadline);
    const { version: _version, startsOn, ...rest } = input;
    const before = await page(trx, c);
    const values = { ...rest, ...(startsOn ? { starts_on: startsOn } : {}), version: c.version + 1 };
    await q.updateCampaign(trx, id, values);
    const after = await page(trx, (await q.getCampaign(trx, id))!);
    await appendAudit(trx, actor, { action: 'campaign.update', entityType: 'campaign', entityId: id, scopePath: c.path, before, after });
    return after;
  });
}

/**
 * Members in charge must be active members of the campaign's unit; the working group must be the unit's.
 * Ids outside the caller's scope answer like missing ids before any name is used.
 */
async function checkInCharge(db: Db, actor: Actor, path: string, memberIds: number[], workingGroupId: number | null | undefined) {
  for (const m of requireInScope(actor, memberIds, await q.membersWithPath(db, memberIds), 'member')) {
    if (!isWithin(m.path, path) || !isServing(m.status)) throw invalid('member_out_of_unit', { name: m.full_name });
  }
  if (workingGroupId) {
    const wg = requireOneInScope(actor, await q.workingGroupWithPath(db, workingGroupId), 'working_group', (w) => related(w.path, path));
    if (!related(wg.path, path)) throw invalid('working_group_not_in_unit');
  }
}

export async function addHouseholds(db: Db, actor: Actor, c: q.CampaignRow, input: AddHouseholds, today: string) {
  // Households neither in the campaign's area nor in the caller's scope answer like missing ones, before any address is used.
  const homes = requireInScope(actor, input.householdIds, await householdsWithArea(db, input.householdIds), 'household', (h) =>
    related(c.path, h.path),
  );
  for (const h of homes) {
    if (!related(c.path, h.path)) throw invalid('household_not_in_campaign_area', { address: h.address });
  }
  await checkInCharge(db, actor, c.path, input.memberIds ?? [], input.workingGroupId);
  return inTransaction(db, false, async (trx) => {
    const taken = await q.householdAlreadyIn(trx, c.id, input.householdIds);
    if (taken) throw conflict('campaign_household_duplicate', { address: taken.address });
    const rows = await q.insertCampaignHouseholds(
      trx,
      input.householdIds.map((h) => ({
        campaign_id: c.id,
        household_id: h,
        status: 'not_contacted' as const,
        working_group_id: input.workingGroupId ?? null,
      })),
    );
    const members = input.memberIds ?? [];
    if (members.length)
      await q.addMembersInCharge(
        trx,
        rows.flatMap((r) => members.map((m) => ({ campaign_household_id: r.id, member_id: m }))),
      );
    await q.addStatusChange(
      trx,
      rows.map((r) => ({
        campaign_id: c.id,
        campaign_household_id: r.id,
        from_status: null,
        to_status: 'not_contacted' as const,
        reason: '',
        changed_on: today,
        actor_user_id: actor.userId,
      })),
    );
    await appendAudit(trx, actor, {
      action: 'campaign.add_households',
      entityType: 'campaign',
      entityId: c.id,
      scopePath: c.path,
      after: { householdIds: input.householdIds, memberIds: members, workingGroupId: input.workingGroupId ?? null },
    });
    return { added: rows.length };
  });
}

export async function move(db: Db, actor: Actor, id: number, input: Move, on: { today: string; locale: Locale }) {
  const { today, locale } = on;
  return inTransaction(db, false, async (trx) => {
    const ch = await q.getCampaignHousehold(trx, id, true);
    if (!ch) throw notFound('campaign_household');
    if (ch.version !== input.version) throw staleVersion();
    const reason = input.reason?.trim() ?? '';
    const check = checkMove(ch.status, input.status, reason);
    if (!check.ok) {
      const skipped = (check.skipped ?? []).map((s) => translate(locale, `campaign_status.${s}`)).join(', ');
      throw new AppError(check.code, check.code === 'same_status' ? 409 : 400, { skipped }, [
        { field: 'reason', message: translate(locale, `errors.${check.code}`, { skipped }) },
      ]);
    }
    if (!(await q.moveHousehold(trx, id, input.version, input.status, input.status === 'blocked' ? reason : ''))) throw staleVersion();
    await q.addStatusChange(trx, {
      campaign_id: ch.campaign_id,
      campaign_household_id: id,
      from_status: ch.status,
      to_status: input.status,
      reason,
      changed_on: today,
      actor_user_id: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'campaign_household.move',
      entityType: 'campaign_household',
      entityId: id,
      scopePath: ch.path,
      before: { status: ch.status },
      after: { status: input.status, reason, skipped: check.skipped },
    });
    return cardOf(trx, ch.campaign_id, id);
  });
}

export async function setInCharge(db: Db, actor: Actor, ch: q.CampaignHouseholdRow, input: InCharge) {
  await checkInCharge(db, actor, ch.path, input.memberIds, input.workingGroupId);
  return inTransaction(db, false, async (trx) => {
    const cur = await q.getCampaignHousehold(trx, ch.id, true);
    if (!cur || cur.version !== input.version) throw staleVersion();
    if (!(await q.setInCharge(trx, ch.id, input.version, input.workingGroupId, input.memberIds))) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'campaign_household.in_charge',
      entityType: 'campaign_household',
      entityId: ch.id,
      scopePath: ch.path,
      after: input,
    });
    return cardOf(trx, ch.campaign_id, ch.id);
  });
}

const card = (r: Awaited<ReturnType<typeof q.board>>[number]) => ({
  id: r.id,
  householdId: r.household_id,
  status: r.status,
  blockedReason: r.blocked_reason,
  version: r.version,
  address: r.address,
  headName: r.head_name,
  people: r.people,
  groupName: r.group_name,
  workingGroupId: r.working_group_id,
  workingGroupName: r.working_group_name,
  members: r.members,
});

async function cardOf(trx: Transaction<Database> | Db, campaignId: number, id: number) {
  return card((await q.board(trx, campaignId)).find((r) => r.id === id)!);
}

/** The kanban board: one column per status, in the order of the path. */
export async function board(db: Db, c: q.CampaignRow) {
  const rows = await q.board(db, c.id);
  const columns = CAMPAIGN_STATUSES.map((status) => ({ status, cards: [] as ReturnType<typeof card>[] }));
  for (const r of rows) columns.find((col) => col.status === r.status)!.cards.push(card(r));
  return { campaign: await page(db, c), columns };
}

/** The chart: households per status at the end of each day, from the start to today (or the deadline, if passed). */
export async function chart(db: Db, c: q.CampaignRow, today: string) {
  const rows = await q.history(db, c.id);
  const changes = rows.map((r) => ({ householdId: r.campaign_household_id, to: r.to_status, on: r.changed_on }));
  const first = changes[0]?.on && changes[0].on < c.starts_on ? changes[0].on : c.starts_on;
  const last = today > c.deadline ? (changes.at(-1)?.on && changes.at(-1)!.on > c.deadline ? changes.at(-1)!.on : c.deadline) : today;
  return { statuses: [...CAMPAIGN_STATUSES], series: statusSeries(changes, first, last < first ? first : last) };
}

export async function householdHistory(db: Db, id: number) {
  return (await q.householdHistory(db, id)).map((h) => ({
    from: h.from_status,
    to: h.to_status,
    reason: h.reason,
    on: h.changed_on,
    actor: h.actor,
  }));
}
