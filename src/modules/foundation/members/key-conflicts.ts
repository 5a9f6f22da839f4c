// A citizen ID or Party card number that another member already holds. The database refuses the second
// holder; what the caller learns depends on whether they may read the first one: inside their scope they
// are told it is a duplicate (and can go and find the record); outside it they get a sentence that neither
// confirms the number nor says whose it is, the refusal is written to the audit trail (the committees above
// see who tried which number), and after a few such numbers in an hour (distinct ones: retrying the same
// number counts once) the user may not submit keys for a while, so the registry cannot be walked number by
// number. Import previews go through the same count. See docs/decisions.md.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import type { AuditActor } from '../audit/service.js';
import { AppError, conflict } from '../../../shared/errors.js';
import { can } from '../../../shared/policy.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { MEMBER_READ } from './policy.js';
import * as q from './queries.js';

export const KEY_REFUSAL_LIMIT = 5;
const WINDOW_MINUTES = 60;
const REFUSAL_ENTITY = 'member_key_refusal';

const KEYS = {
  member_citizen_id_key: {
    field: 'citizenId',
    column: 'citizen_id',
    visible: 'duplicate_citizen_id',
    param: 'citizenId',
    hidden: 'citizen_id_unavailable',
  },
  member_party_card_no_key: {
    field: 'partyCardNo',
    column: 'party_card_no',
    visible: 'duplicate_party_card',
    param: 'cardNo',
    hidden: 'party_card_unavailable',
  },
} as const;

/** Refuses (429) a write carrying a key from a user over the limit of refusals, whatever the key: the answer says nothing. */
export async function assertMaySubmitKeys(db: Db, actor: Actor) {
  const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
  if ((await q.keyRefusalsSince(db, actor.userId, REFUSAL_ENTITY, since)).size >= KEY_REFUSAL_LIMIT) {
    throw new AppError('duplicate_key_rate_limited', 429, { minutes: WINDOW_MINUTES });
  }
}

/**
 * Keys of an import file held outside the importer's scope: audited as one entry with their count; past the
 * limit the whole preview is refused (429) without saying which rows, so a file cannot list the province.
 */
export async function recordKeyRefusals(db: Db, actor: AuditActor, scopePath: string, keys: string[]) {
  if (keys.length === 0 || actor.userId === null) return;
  const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
  const before = await q.keyRefusalsSince(db, actor.userId, REFUSAL_ENTITY, since);
  const fresh = [...new Set(keys)].filter((k) => !before.has(k)); // the same file checked again counts once
  if (fresh.length) {
    await inTransaction(db, false, (trx) =>
      appendAudit(trx, actor, {
        action: 'member.key_refused',
        entityType: REFUSAL_ENTITY,
        entityId: actor.userId!,
        scopePath,
        after: { count: fresh.length, keys: fresh },
      }),
    );
  }
  if (before.size + fresh.length > KEY_REFUSAL_LIMIT) throw new AppError('duplicate_key_rate_limited', 429, { minutes: WINDOW_MINUTES });
}

/** Turns a member key violation into the answer this caller may have; rethrows anything else. */
export async function explainKeyConflict(
  db: Db,
  actor: Actor,
  e: unknown,
  input: { citizenId?: string; partyCardNo?: string | null },
  scopePath: string | null,
): Promise<never> {
  const err = e as { code?: string; constraint?: string };
  const key = err.code === '23505' && err.constraint ? KEYS[err.constraint as keyof typeof KEYS] : undefined;
  const value = key ? input[key.field] : undefined;
  if (!key || !value) throw e;
  const holder = await q.memberByKey(db, key.column, value);
  if (holder && can(actor, MEMBER_READ, { id: holder.id, unitPath: holder.unit_path })) throw conflict(key.visible, { [key.param]: value });
  return refuseHiddenKey(db, actor, { scopePath, field: key.field, value, code: key.hidden });
}

/**
 * A key held by a record the caller may not read (a member, an applicant file): the refusal is audited and
 * counted towards the limit, and the answer neither confirms the number nor says whose it is.
 */
export async function refuseHiddenKey(
  db: Db,
  actor: Actor,
  key: { scopePath: string | null; field: string; value: string; code: string },
): Promise<never> {
  const { scopePath, field, value, code } = key;
  await inTransaction(db, false, (trx) =>
    appendAudit(trx, actor, {
      action: 'member.key_refused',
      entityType: REFUSAL_ENTITY,
      entityId: actor.userId,
      scopePath,
      after: { field, value },
    }),
  );
  throw conflict(code);
}
