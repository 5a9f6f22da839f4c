// Papers of a meeting (PDF, Word .docx, images) stored in PostgreSQL with their SHA-256, size and the type read
// from their bytes. Nothing is written for a file of another type or over the size limit.
import { createHash } from 'node:crypto';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { detectPaperType } from '../../../domain/lifecycle/meetings.js';
import { AppError, notFound } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import * as q from './queries.js';
import { MEETING_PAPERS_MAX } from './schemas.js';

export const MAX_PAPER_BYTES = 20 * 1024 * 1024;

export async function loadPaper(db: Db, id: number) {
  const d = await q.document(db, id);
  if (!d) throw notFound('meeting_document');
  return d;
}

export async function attach(db: Db, actor: Actor, meeting: { id: number; unit_path: string }, fileName: string, bytes: Buffer) {
  if (bytes.length === 0) throw new AppError('meeting_document_empty', 400);
  if (bytes.length > MAX_PAPER_BYTES) throw new AppError('meeting_document_too_large', 413, { mb: MAX_PAPER_BYTES / 1048576 });
  const mediaType = detectPaperType(bytes);
  if (!mediaType) throw new AppError('meeting_document_type', 415);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return inTransaction(db, false, async (trx) => {
    // The meeting is locked while its papers are counted, so two uploads at once cannot both take the last place.
    if ((await q.lockedPaperCount(trx, meeting.id)) >= MEETING_PAPERS_MAX) {
      throw new AppError('meeting_document_limit', 409, { max: MEETING_PAPERS_MAX });
    }
    const row = await q.insertDocument(trx, {
      meeting_id: meeting.id,
      file_name: fileName.trim(),
      media_type: mediaType,
      size_bytes: bytes.length,
      sha256,
      content: bytes,
      posted_by: actor.userId,
    });
    const after = { meetingId: meeting.id, fileName: fileName.trim(), mediaType, size: bytes.length, sha256 };
    await appendAudit(trx, actor, {
      action: 'meeting.paper_attach',
      entityType: 'meeting_document',
      entityId: row.id,
      scopePath: meeting.unit_path,
      after,
    });
    return { id: row.id, ...after };
  });
}

export async function remove(db: Db, actor: Actor, paper: Awaited<ReturnType<typeof loadPaper>>) {
  return inTransaction(db, false, async (trx) => {
    await q.deleteDocument(trx, paper.id);
    const before = {
      meetingId: paper.meeting_id,
      fileName: paper.file_name,
      mediaType: paper.media_type,
      size: paper.size_bytes,
      sha256: paper.sha256,
    };
    await appendAudit(trx, actor, {
      action: 'meeting.paper_delete',
      entityType: 'meeting_document',
      entityId: paper.id,
      scopePath: paper.unit_path,
      before,
    });
  });
}

/** A file name safe in a Content-Disposition header: ASCII fallback plus the UTF-8 name (RFC 6266). */
export function disposition(name: string, inline = false) {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii || 'tai-lieu'}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
