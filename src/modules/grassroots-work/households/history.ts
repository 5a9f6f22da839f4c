// The history of one household, read in one place: who was in charge of it and when, the visits that
// concerned it with the problems found and their status, and its status changes in each campaign (who
// moved it, and why when a step was skipped). Visits and campaigns of units the reader may not read are
// left out, so a household in scope reveals nothing of a higher unit's work.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { can } from '../../../shared/policy.js';
import { CAMPAIGN_READ } from '../campaigns/policy.js';
import { VISIT_READ } from '../visits/policy.js';
import * as q from './queries.js';
import { householdDto } from './service.js';
import { HISTORY_CHANGES_PER_CAMPAIGN, HISTORY_PROBLEMS_PER_VISIT } from './schemas.js';

export async function householdHistory(db: Db, actor: Actor, h: q.HouseholdRow) {
  const [assignments, visits, problems, campaigns, changes] = await Promise.all([
    q.assignmentHistory(db, h.id),
    q.visitsOfHousehold(db, h.id),
    q.problemsOfHousehold(db, h.id),
    q.campaignsOfHousehold(db, h.id),
    q.statusChangesOfHousehold(db, h.id),
  ]);
  return {
    household: householdDto(h),
    assignments: assignments.map((a) => ({
      id: a.id,
      memberId: a.member_id,
      memberName: a.member_name,
      validFrom: a.valid_from,
      validTo: a.valid_to,
      outsideArea: a.outside_area,
    })),
    visits: visits
      .filter((v) => can(actor, VISIT_READ, v))
      .map((v) => ({
        id: v.id,
        visitedOn: v.visited_on,
        kind: v.kind,
        summary: v.summary,
        unitName: v.unit_name,
        visitorName: v.visitor_name,
        problems: problems
          .filter((p) => p.visit_id === v.id)
          .slice(0, HISTORY_PROBLEMS_PER_VISIT)
          .map((p) => ({
            id: p.id,
            category: p.category,
            description: p.description,
            status: p.status,
            followUp: p.follow_up,
            openedOn: p.opened_on,
            solvedOn: p.solved_on,
          })),
      })),
    campaigns: campaigns
      .filter((c) => can(actor, CAMPAIGN_READ, c))
      .map((c) => ({
        campaignHouseholdId: c.id,
        campaignId: c.campaign_id,
        name: c.name,
        unitName: c.unit_name,
        deadline: c.deadline,
        status: c.status,
        blockedReason: c.blocked_reason,
        changes: changes
          .filter((s) => s.campaign_household_id === c.id)
          .slice(-HISTORY_CHANGES_PER_CAMPAIGN)
          .map((s) => ({ from: s.from_status, to: s.to_status, reason: s.reason, on: s.changed_on, actor: s.actor })),
      })),
  };
}
