// Use cases of reports and exports: each export writes an audit entry (who, what, how many) first.
import type { Writable } from 'node:stream';
import type { Db } from '../../../db/connection.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit, type AuditActor } from '../../foundation/audit/service.js';
import { writeMembersXlsx, type ExportFilter, type ExportMeta } from './member-export.js';
import { countExportMembers } from './queries.js';

interface UnitRef {
  id: number;
  path: string;
  name: string;
}

export async function auditExport(db: Db, actor: AuditActor, unit: UnitRef, o: { filter: ExportFilter; today: string; at: Date }) {
  const { filter, today, at } = o;
  const count = await countExportMembers(db, unit.path, filter, today);
  await inTransaction(db, false, (trx) =>
    appendAudit(trx, actor, {
      action: 'member.export',
      entityType: 'unit',
      entityId: unit.id,
      scopePath: unit.path,
      after: { format: 'xlsx', filters: filter, members: count, at: at.toISOString() },
    }),
  );
  return count;
}

export function exportMembers(
  db: Db,
  unit: UnitRef,
  o: { filter: ExportFilter; today: string; meta: ExportMeta; out: Writable; onProgress?: (n: number) => void },
) {
  return writeMembersXlsx(db, unit.path, o);
}
