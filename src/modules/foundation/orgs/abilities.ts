// What the caller may do with one unit, from the policies of the routes that do it; sent with the unit page
// so the web app offers only those actions (the routes still decide).
import type { Actor } from '../../../domain/access/scope.js';
import { abilitiesOf } from '../../../shared/abilities.js';
import { COMMITTEE_MANAGE } from '../committees/policy.js';
import { MEMBER_CREATE } from '../members/policy.js';
import { UNIT_CREATE, UNIT_RESTRUCTURE } from './policy.js';

export function unitAbilities(actor: Actor, unit: { path: string }) {
  const path = unit.path;
  return abilitiesOf(actor, {
    createChild: [UNIT_CREATE, { path }],
    restructure: [UNIT_RESTRUCTURE, { path }],
    manageCommittee: [COMMITTEE_MANAGE, { path }],
    addMember: [MEMBER_CREATE, { path }],
  });
}
