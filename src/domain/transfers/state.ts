// The transfer handshake: recorded (a move is known) → issued (introduction letter) → in_transit (handed
// to the member) → received (by the destination cell). Out of the province, handing over ends our part.
import { addWorkingDays } from '../calendar/working-days.js';

export const TRANSFER_STATES = ['recorded', 'issued', 'in_transit', 'received', 'cancelled'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];
export type TransferAction = 'issue' | 'hand_over' | 'receive' | 'cancel';

const NEXT: Record<TransferAction, { from: TransferState[]; to: TransferState }> = {
  issue: { from: ['recorded'], to: 'issued' },
  hand_over: { from: ['issued'], to: 'in_transit' },
  receive: { from: ['issued', 'in_transit'], to: 'received' },
  cancel: { from: ['recorded', 'issued', 'in_transit'], to: 'cancelled' },
};

export interface TransferFacts {
  state: TransferState;
  outOfProvince: boolean;
}

/** The state after `action`, or an error code when the action is not allowed now. */
export function transition(t: TransferFacts, action: TransferAction): { to: TransferState } | { error: string } {
  if (action === 'receive' && t.state === 'received') return { error: 'transfer_already_received' };
  if (action === 'receive' && t.outOfProvince) return { error: 'transfer_out_of_province_no_receive' };
  if (action === 'cancel' && t.outOfProvince && t.state === 'in_transit') return { error: 'transfer_state' };
  const step = NEXT[action];
  return step.from.includes(t.state) ? { to: step.to } : { error: 'transfer_state' };
}

export interface TransferDates {
  state: TransferState;
  movedOn: string | null;
  letterDate: string | null;
  outOfProvince: boolean;
}
export interface Deadlines {
  startBy: string | null;
  presentBy: string | null;
}

export function deadlines(
  t: TransferDates,
  holidays: ReadonlySet<string>,
  s: { transferStartWorkingDays: number; letterPresentWorkingDays: number },
): Deadlines {
  return {
    startBy: t.movedOn ? addWorkingDays(t.movedOn, s.transferStartWorkingDays, holidays) : null,
    presentBy: t.letterDate && !t.outOfProvince ? addWorkingDays(t.letterDate, s.letterPresentWorkingDays, holidays) : null,
  };
}

/** Which deadline an open transfer has passed on `today` ('start' or 'present'), if any. */
export function overdue(t: TransferDates, d: Deadlines, today: string): 'start' | 'present' | null {
  if (t.state === 'recorded' && d.startBy && today > d.startBy) return 'start';
  if ((t.state === 'issued' || t.state === 'in_transit') && d.presentBy && today > d.presentBy) return 'present';
  return null;
}
