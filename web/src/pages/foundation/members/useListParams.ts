// The member list's filters live in the URL, so links, reloads and Back show the same list.
import { useSearchParams } from 'react-router-dom';
import type { Gender, MemberStatus } from '../../../types';

export type SortKey = 'name' | 'birthDate' | 'admittedOn' | 'unit';
export const PAGE_SIZE = 50;

export interface ListParams {
  unitId?: number;
  q: string;
  status: MemberStatus[];
  gender?: Gender;
  ageBand?: string;
  admittedYear?: number;
  sort: string; // 'name' | '-name' | 'birthDate' | …
  page: number;
}

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

function parse(sp: URLSearchParams): ListParams {
  return {
    unitId: int(sp.get('unitId')),
    q: sp.get('q') ?? '',
    status: sp.getAll('status') as MemberStatus[],
    gender: (sp.get('gender') as Gender | null) ?? undefined,
    ageBand: sp.get('ageBand') ?? undefined,
    admittedYear: int(sp.get('admittedYear')),
    sort: sp.get('sort') ?? 'name',
    page: int(sp.get('page')) ?? 1,
  };
}

function serialize(p: ListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.unitId) out.set('unitId', String(p.unitId));
  if (p.q.trim()) out.set('q', p.q.trim());
  for (const s of p.status) out.append('status', s);
  if (p.gender) out.set('gender', p.gender);
  if (p.ageBand) out.set('ageBand', p.ageBand);
  if (p.admittedYear) out.set('admittedYear', String(p.admittedYear));
  if (p.sort !== 'name') out.set('sort', p.sort);
  if (p.page > 1) out.set('page', String(p.page));
  return out;
}

export function useListParams(): [ListParams, (patch: Partial<ListParams>, opts?: { replace?: boolean }) => void] {
  const [sp, setSp] = useSearchParams();
  // Any change of filter or sort starts again at page 1 (unless the patch names a page).
  const update = (patch: Partial<ListParams>, opts: { replace?: boolean } = {}) =>
    setSp((prev) => serialize({ ...parse(prev), page: 1, ...patch }), { replace: opts.replace });
  return [parse(sp), update];
}
