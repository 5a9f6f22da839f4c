// Queries of the organization tree. Every key starts with 'units' so a restructuring refreshes them all.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { CommitteeTerm, UnitNode, UnitPageData, UnitSearchHit, UnitVersion } from '../../types';

export const unitQuery = (id: number) => ({
  queryKey: ['units', 'unit', id] as const,
  queryFn: () => api.get<UnitPageData>(`/api/units/${id}`),
});

export const childrenQuery = (id: number, asOf: string | null) => ({
  queryKey: ['units', 'children', id, asOf ?? 'now'] as const,
  queryFn: () => api.get<UnitNode[]>(`/api/units/${id}/children`, { asOf: asOf ?? undefined }),
});

export const useRoots = () => useQuery({ queryKey: ['units', 'roots'], queryFn: () => api.get<UnitNode[]>('/api/units/roots') });
export const useUnit = (id: number | null) => useQuery({ ...unitQuery(id ?? 0), enabled: !!id });
export const useChildren = (id: number | null, asOf: string | null = null) =>
  useQuery({ ...childrenQuery(id ?? 0, asOf), enabled: !!id });

export const useCommittee = (id: number) => useQuery({
  queryKey: ['units', 'committee', id],
  queryFn: () => api.get<CommitteeTerm[]>(`/api/units/${id}/committee`),
});

export const useHistory = (id: number) => useQuery({
  queryKey: ['units', 'history', id],
  queryFn: () => api.get<UnitVersion[]>(`/api/units/${id}/history`),
});

export const searchUnits = (q: string, limit = 20) => api.get<UnitSearchHit[]>('/api/units/search', { q, limit });
