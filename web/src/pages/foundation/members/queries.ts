import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api';
import type { MemberProfile, TimelineEvent } from '../../../types';

export const memberQuery = (id: number) => ({
  queryKey: ['members', 'one', id] as const,
  queryFn: () => api.get<MemberProfile>(`/api/members/${id}`),
});

export const useMember = (id: number | null) => useQuery({ ...memberQuery(id ?? 0), enabled: !!id });

export const useTimeline = (id: number) =>
  useQuery({
    queryKey: ['members', 'timeline', id],
    queryFn: () => api.get<TimelineEvent[]>(`/api/members/${id}/timeline`),
  });

export const parseId = (raw: string | undefined) => (raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null);
