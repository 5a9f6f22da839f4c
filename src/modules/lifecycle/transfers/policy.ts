import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

type TransferRef = { fromPath: string; toPath: string | null; memberId: number };

/** A transfer is seen by readers of the source or of the destination, and by the member. */
export const TRANSFER_READ = allow(
  'transfer.read',
  (actor: Actor, t: TransferRef) =>
    actor.memberId === t.memberId ||
    hasRoleOver(actor, t.fromPath, READERS) ||
    (t.toPath !== null && hasRoleOver(actor, t.toPath, READERS)),
);

/** The source cell records, issues, hands over and cancels. */
export const TRANSFER_SEND = allow('transfer.send', (actor: Actor, t: { fromPath: string }) => hasRoleOver(actor, t.fromPath, EDITORS));

/** The destination cell receives (within the province) or imports (a package from another province). */
export const TRANSFER_RECEIVE = allow(
  'transfer.receive',
  (actor: Actor, t: { toPath: string | null }) => t.toPath !== null && hasRoleOver(actor, t.toPath, EDITORS),
);

/** Choosing a destination: anyone who may send a transfer sees the names of the province's cells (names only). */
export const TRANSFER_DESTINATIONS = allow('transfer.destinations', (actor: Actor, _r: unknown) =>
  actor.grants.some((g) => EDITORS.includes(g.role)),
);
