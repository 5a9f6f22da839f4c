// Use cases of reconciliation: run a list against a subtree (results stored in one transaction), and
// decide the differences field by field, updating the member record with member.update semantics.
import type { Db } from '../../../db/connection.js';
import { autoMap, columnLetter, type ColumnMapping, type ImportField } from '../../../domain/imports/columns.js';
import { hasControl } from '../../../domain/imports/controls.js';
import { readListPerson } from '../../../domain/reconciliation/list.js';
import {
  COMPARED_FIELDS,
  countKinds,
  reconcile,
  type ComparedField,
  type Difference,
  type RegistryPerson,
} from '../../../domain/reconciliation/match.js';
import { checkRecordDates, type MemberStatus } from '../../../domain/members/record.js';
import { formatDate } from '../../../domain/imports/values.js';
import { normalizeFullName, searchName, sortKey } from '../../../domain/names/index.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit, type AuditActor } from '../../foundation/audit/service.js';
import { bulkInsert, savedMapping } from '../imports/queries.js';
import { readSheet, type SheetData } from '../imports/read-file.js';
import * as mq from '../../foundation/members/queries.js';
import { toDto } from '../../foundation/members/dto.js';
import * as q from './queries.js';

const CHUNK = 5_000;
const ITEM_COLUMNS = [
  'reconciliation_id',
  'kind',
  'row_no',
  'member_id',
  'other_member_id',
  'method',
  'score',
  'list_name',
  'differences',
  'open_count',
];
const ACTIVE = new Set<string>(q.ACTIVE_STATUSES);

export async function run(
  db: Db,
  actor: AuditActor,
  root: { id: number; path: string },
  upload: { file: Buffer; filename: string; mappingName?: string },
) {
  const { file, filename, mappingName } = upload;
  const sheet = await readSheet(file, filename);
  let saved: Partial<Record<ImportField, string>> = {};
  if (mappingName) {
    const m = await savedMapping(db, root.path, mappingName);
    if (!m) throw invalid('import_mapping_unknown', { name: mappingName });
    saved = m.columns as typeof saved;
  }
  const mapping = autoMap(sheet.headers, saved);
  if (mapping.fullName === undefined && mapping.citizenId === undefined && mapping.partyCardNo === undefined)
    throw invalid('reconciliation_no_key');
  refuseControls(sheet, mapping);
  const list = sheet.rows.map((r) => readListPerson(r, mapping));
  const registry: RegistryPerson[] = (await q.registryOf(db, root.path)).map((m) => ({
    id: m.id,
    fullName: m.full_name,
    gender: m.gender,
    birthDate: m.birth_date,
    ethnicity: m.ethnicity,
    hometown: m.hometown,
    residence: m.residence,
    citizenId: m.citizen_id,
    partyCardNo: m.party_card_no,
    admittedOn: m.admitted_on,
    officialOn: m.official_on,
    education: m.education,
    theoryLevel: m.theory_level,
    occupation: m.occupation,
    position: m.position,
    phone: m.phone,
    active: ACTIVE.has(m.status),
  }));
  const items = reconcile(list, registry);
  const counts = { rows: list.length, ...countKinds(items) };
  return inTransaction(db, false, async (trx) => {
    const id = await q.insertReconciliation(trx, { unitId: root.id, filename, counts, createdBy: actor.userId });
    for (let i = 0; i < items.length; i += CHUNK) {
      await bulkInsert(
        trx,
        'reconciliation_item',
        ITEM_COLUMNS,
        items.slice(i, i + CHUNK).map((it) => ({
          reconciliation_id: id,
          kind: it.kind,
          row_no: it.row,
          member_id: it.memberId,
          other_member_id: it.otherMemberId,
          method: it.method,
          score: it.score,
          list_name: it.listName,
          differences: it.differences,
          open_count: it.differences.length,
        })),
      );
    }
    await appendAudit(trx, actor, {
      action: 'reconciliation.run',
      entityType: 'reconciliation',
      entityId: id,
      scopePath: root.path,
      after: { filename, counts },
    });
    return { id, counts };
  });
}

/**
 * The list's values are stored with the results (names, differences): a cell with a control character
 * (a NUL above all, which PostgreSQL cannot store) refuses the list, naming its row and column.
 */
function refuseControls(sheet: SheetData, mapping: ColumnMapping) {
  const columns = COMPARED_FIELDS.flatMap((f) => (mapping[f] === undefined ? [] : [[f, mapping[f]!] as const]));
  for (const r of sheet.rows) {
    for (const [f, i] of columns) {
      const cell = r.cells[i];
      if (typeof cell === 'string' && hasControl(cell, f === 'fullName')) {
        throw invalid('reconciliation_control_character', { row: r.row, column: columnLetter(i), field: sheet.headers[i] ?? '' });
      }
    }
  }
}

const COLUMN: Record<ComparedField, string> = {
  fullName: 'full_name',
  gender: 'gender',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  hometown: 'hometown',
  residence: 'residence',
  citizenId: 'citizen_id',
  partyCardNo: 'party_card_no',
  admittedOn: 'admitted_on',
  officialOn: 'official_on',
  education: 'education',
  theoryLevel: 'theory_level',
  occupation: 'occupation',
  position: 'position',
  phone: 'phone',
};

export interface DecideInput {
  version: number;
  memberVersion: number;
  decisions: Partial<Record<ComparedField, 'accept' | 'reject'>>;
}

/** Applies the accepted differences to the member (one transaction: member, events, audit) and records every decision. */
export async function decide(db: Db, actor: AuditActor, itemId: number, input: DecideInput, on: { today: string; locale: Locale }) {
  const { today, locale } = on;
  return inTransaction(db, false, async (trx) => {
    const item = await q.getItem(trx, itemId, true);
    if (!item || !item.member_id) throw notFound('reconciliation_item');
    if (item.version !== input.version) throw staleVersion();
    const diffs = item.differences as Difference[];
    const accepted: Difference[] = [];
    for (const [field, choice] of Object.entries(input.decisions)) {
      const d = diffs.find((x) => x.field === field);
      if (!d) throw invalid('reconciliation_no_difference', { field: translate(locale, `imports.fields.${field}`) });
      if (d.decision) throw conflict('reconciliation_decided', { field: translate(locale, `imports.fields.${field}`) });
      d.decision = choice === 'accept' ? 'accepted' : 'rejected';
      if (choice === 'accept') accepted.push(d);
    }
    if (accepted.length)
      await applyToMember(trx, actor, { memberId: item.member_id, version: input.memberVersion, accepted, today, locale });
    const open = diffs.filter((d) => !d.decision).length;
    await q.saveItemDecisions(trx, itemId, diffs, open);
    await appendAudit(trx, actor, {
      action: 'reconciliation.decide',
      entityType: 'reconciliation_item',
      entityId: itemId,
      scopePath: item.unit_path,
      after: { memberId: item.member_id, decisions: input.decisions },
    });
    return { open };
  });
}

type Trx = Parameters<Parameters<typeof inTransaction>[2]>[0];

async function applyToMember(
  trx: Trx,
  actor: AuditActor,
  o: { memberId: number; version: number; accepted: Difference[]; today: string; locale: Locale },
) {
  const { memberId, version, accepted, today, locale } = o;
  const current = await mq.getMember(trx, memberId, true);
  if (!current) throw notFound('member');
  if (current.version !== version) throw staleVersion();
  const before = toDto(current);
  const next = { ...before } as Record<string, unknown>;
  for (const d of accepted) next[d.field] = d.field === 'fullName' ? normalizeFullName(d.list) : d.list;
  const problems = checkRecordDates(
    {
      birthDate: next.birthDate as string,
      admittedOn: next.admittedOn as string,
      officialOn: (next.officialOn as string | null) ?? null,
      status: before.status as MemberStatus,
    },
    today,
  );
  if (problems.length) {
    throw new AppError(
      'validation',
      400,
      {},
      problems.map((p) => ({
        field: p.field,
        message: translate(locale, `errors.${p.code}`, {
          field: translate(locale, `fields.${p.field}`),
          ...(p.params ? { earliest: formatDate(p.params.earliest) } : {}),
        }),
      })),
    );
  }
  const values: Record<string, unknown> = Object.fromEntries(accepted.map((d) => [COLUMN[d.field], next[d.field]]));
  if (accepted.some((d) => d.field === 'fullName'))
    Object.assign(values, { search_name: searchName(next.fullName as string), sort_key: sortKey(next.fullName as string) });
  if (!(await mq.updateMember(trx, memberId, version, values))) throw staleVersion();
  const fields = accepted.map((d) => d.field);
  await mq.addEvent(trx, {
    memberId,
    on: today,
    kind: 'record_updated',
    details: { fields, source: 'reconciliation' },
    actorUserId: actor.userId,
  });
  const after = toDto((await mq.getMember(trx, memberId))!);
  const pick = (o: object) => Object.fromEntries(fields.map((k) => [k, (o as Record<string, unknown>)[k]]));
  await appendAudit(trx, actor, {
    action: 'member.update',
    entityType: 'member',
    entityId: memberId,
    scopePath: current.unit_path,
    before: pick(before),
    after: pick(after),
  });
}
