// The unit a page works on. It lives in the address (?unitId=) so that a link or a reload keeps it; without
// one, it is the widest unit the user reads, the same subtree the server's lists cover by default
// (src/domain/access/scope.ts readableRoots()[0]).
import { useSearchParams } from 'react-router-dom';
import type { Me } from '../types';
import { widestReadableUnit } from './permissions';
import { useCurrentUser } from './useMe';

export function useScopeUnit(): { unitId: number | undefined; setUnitId: (id: number | null | undefined) => void; me: Me } {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('unitId'));
  return {
    unitId: fromUrl > 0 ? fromUrl : (widestReadableUnit(me) ?? undefined),
    setUnitId: (id) =>
      setParams((p) => {
        const n = new URLSearchParams(p);
        if (id) n.set('unitId', String(id));
        else n.delete('unitId');
        return n;
      }),
    me,
  };
}
