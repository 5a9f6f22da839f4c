// Who may see and run mass-mobilization campaigns.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading a campaign, its board, chart and reports: reading roles over its unit. */
export const CAMPAIGN_READ = allow('campaign.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Opening a campaign and choosing its households: the committee's office over the unit (managers). */
export const CAMPAIGN_MANAGE = allow('campaign.manage', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, MANAGERS));

/** Moving households across the board and naming who is in charge: editors over the unit. */
export const CAMPAIGN_WORK = allow('campaign.work', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, EDITORS));
