// Member file package for transfers out of the province (JSON, format 'grassroots.member-file/1'): the
// record, the letter and the timeline. The destination imports it as a member of one of its cells.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { normalizeFullName, searchName, sortKey } from '../../../domain/names/index.js';
import { invalid } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { toDto as memberDto } from '../../foundation/members/dto.js';
import { addEvent, getMember, insertMember, openCellPeriod, timeline } from '../../foundation/members/queries.js';
import { loadCell } from '../../foundation/members/service.js';
import type { TransferRow } from './queries.js';
import type { ImportPackage } from './schemas.js';

export const FORMAT = 'grassroots.member-file/1';

export async function exportPackage(db: Db, t: TransferRow, exportedBy: string, now: Date) {
  const m = (await getMember(db, t.member_id))!;
  const events = await timeline(db, t.member_id);
  const { id: _id, unitId: _u, unitName: _n, version: _v, ...member } = memberDto(m);
  return {
    format: FORMAT,
    exportedAt: now.toISOString(),
    exportedBy,
    member,
    letter: { letterNo: t.letter_no, letterDate: t.letter_date, kind: t.kind, from: t.from_name, destination: t.destination },
    timeline: events.map((e) => ({ on: e.occurred_on, kind: e.kind, details: e.details })),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const ACTIVE = ['official', 'probationary'] as const;
type ActiveStatus = (typeof ACTIVE)[number];
const isActive = (s: string): s is ActiveStatus => (ACTIVE as readonly string[]).includes(s);
const isGender = (s: string): s is 'male' | 'female' => s === 'male' || s === 'female';

export async function importPackage(db: Db, actor: Actor, body: ImportPackage, today: string) {
  const p = body.package.member;
  const fullName = str(p.fullName);
  const status = str(p.status) === 'transferred_out' ? (p.officialOn ? 'official' : 'probationary') : str(p.status);
  const problems = ['fullName', 'birthDate', 'citizenId', 'admittedOn', 'gender'].filter((k) => !str(p[k]));
  if (!/^[0-9]{12}$/.test(str(p.citizenId))) problems.push('citizenId');
  if (!isActive(status)) problems.push('status');
  const gender = str(p.gender);
  if (!isGender(gender)) problems.push('gender');
  if (problems.length || !isActive(status) || !isGender(gender))
    throw invalid('package_invalid', { fields: [...new Set(problems)].join(', ') });
  if (body.receivedOn > today) throw invalid('transfer_date_in_future');
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, body.toUnitId);
    const name = normalizeFullName(fullName);
    const id = await insertMember(trx, {
      full_name: name,
      search_name: searchName(name),
      sort_key: sortKey(name),
      gender,
      birth_date: str(p.birthDate),
      ethnicity: str(p.ethnicity) || 'Kinh',
      hometown: str(p.hometown),
      residence: str(p.residence),
      citizen_id: str(p.citizenId),
      party_card_no: str(p.partyCardNo) || null,
      admitted_on: str(p.admittedOn),
      official_on: str(p.officialOn) || null,
      education: str(p.education) || '—',
      theory_level: str(p.theoryLevel),
      occupation: str(p.occupation),
      position: str(p.position),
      phone: /^0[0-9]{9}$/.test(str(p.phone)) ? str(p.phone) : '',
      status,
      unit_id: cell.id,
    });
    await openCellPeriod(trx, id, cell.id, body.receivedOn);
    await addEvent(trx, { memberId: id, on: str(p.admittedOn), kind: 'admitted', details: {}, actorUserId: actor.userId });
    await addEvent(trx, {
      memberId: id,
      on: body.receivedOn,
      kind: 'transfer_imported',
      details: { letter: body.package.letter, unitId: cell.id },
      actorUserId: actor.userId,
    });
    const created = (await getMember(trx, id))!;
    await appendAudit(trx, actor, {
      action: 'transfer.import',
      entityType: 'member',
      entityId: id,
      scopePath: created.unit_path,
      after: memberDto(created),
    });
    return memberDto(created);
  });
}
