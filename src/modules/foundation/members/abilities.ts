// What the caller may do with one member's record, from the policies of the routes that do it; sent with
// the record so the web app offers only those actions (the routes still decide).
import type { Actor } from '../../../domain/access/scope.js';
import { abilitiesOf } from '../../../shared/abilities.js';
import { DISCIPLINE_RECORD, EXEMPTION_RECORD } from '../../lifecycle/shared/policy.js';
import { TRANSFER_SEND } from '../../lifecycle/transfers/policy.js';
import { MEMBER_CHANGE_CELL, MEMBER_UPDATE } from './policy.js';

export function memberAbilities(actor: Actor, m: { id: number; unitPath: string }) {
  const path = m.unitPath;
  return abilitiesOf(actor, {
    edit: [MEMBER_UPDATE, m],
    changeCell: [MEMBER_CHANGE_CELL, { path }],
    transfer: [TRANSFER_SEND, { fromPath: path }],
    reprimand: [DISCIPLINE_RECORD, { path, memberId: m.id, form: 'reprimand' }],
    warning: [DISCIPLINE_RECORD, { path, memberId: m.id, form: 'warning' }],
    dismiss: [DISCIPLINE_RECORD, { path, memberId: m.id, form: 'dismissal' }],
    expel: [DISCIPLINE_RECORD, { path, memberId: m.id, form: 'expulsion' }],
    exempt: [EXEMPTION_RECORD, { path, memberId: m.id, kind: 'exempted' }],
    suspend: [EXEMPTION_RECORD, { path, memberId: m.id, kind: 'suspended' }],
  });
}
