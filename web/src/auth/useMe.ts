import { useQuery } from '@tanstack/react-query';
import { ApiError, request, setCsrfToken } from '../api';
import type { Me } from '../types';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (no redirect loop: 401 is expected here). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await request<Me>('GET', '/api/auth/me', undefined, { silent401: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The user for pages under the authenticated layout (which renders only once it is known). */
export function useCurrentUser(): Me {
  return useMe().data as Me;
}
