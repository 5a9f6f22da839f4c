// Order [V]: lower levels before higher; members and member units before their organization; the collective
// before its head. A head rated above the collective he or she leads is a warning [U], never an error.
import { isAbove, LEVEL_NAMES, type Level } from './levels.js';
import { reason } from './reasons.js';
import { resolveSettings, type SettingsInput } from './settings.js';
import type { Reason, SubjectKind } from './types.js';

export interface OrderNode {
  subjectId: string;
  kind: SubjectKind;
  unitPath: string;
  headOfUnitPath?: string;
  decided: boolean;
}

const within = (path: string, root: string) => path === root || path.startsWith(`${root}.`);
const below = (path: string, root: string) => path.startsWith(`${root}.`);

/**
 * The subjects still undecided that must be decided before `subject`:
 * - an organization or collective at path P: every subject in the subtree strictly below P, and the members at P;
 * - a leader heading unit H: the organizations and collectives of H (the head after the unit he or she leads);
 * - a member (including one who is a cell secretary): none, since the cell comes after its members.
 */
export function missingBeforeDecision(subject: OrderNode, all: OrderNode[]): OrderNode[] {
  const others = all.filter((n) => n.subjectId !== subject.subjectId && !n.decided);
  if (subject.kind === 'member') return [];
  if (subject.kind === 'leader') {
    const head = subject.headOfUnitPath;
    if (!head) return [];
    return others.filter((n) => n.kind !== 'member' && n.kind !== 'leader' && n.unitPath === head);
  }
  const p = subject.unitPath;
  return others.filter((n) => below(n.unitPath, p) || (n.kind === 'member' && within(n.unitPath, p)));
}

/** [U] The warning shown when a head is rated above the collective he or she leads (null when not, or 'off'). */
export function headAboveCollectiveWarning(headLevel: Level, collectiveLevel: Level, settings?: SettingsInput): Reason | null {
  if (resolveSettings(settings).headAboveCollective === 'off') return null;
  if (!isAbove(headLevel, collectiveLevel)) return null;
  return reason('order.head_above_collective', {
    warning: true,
    detail: {
      vi: `người đứng đầu: ${LEVEL_NAMES[headLevel].vi.toLowerCase()}; tập thể: ${LEVEL_NAMES[collectiveLevel].vi.toLowerCase()}`,
      en: `head: ${headLevel}; collective: ${collectiveLevel}`,
    },
  });
}
