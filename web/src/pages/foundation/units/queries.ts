// Queries of the organization tree. Every key starts with 'units' so a restructuring refreshes them all.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api';
import type { CommitteeTerm, UnitNode, UnitPageData, UnitSearchHit, UnitVersion } from '../../../types';

// With `asOf`, the unit as it stood that day (name, state, counts); without, as it stands today.
export const unitQuery = (id: number, asOf: string | null = null) => ({
  queryKey: asOf ? (['units', 'unit', id, asOf] as const) : (['units', 'unit', id] as const),
  queryFn: () => api.get<UnitPageData>(`/api/units/${id}`, { asOf: asOf ?? undefined }),
});

export const childrenQuery = (id: number, asOf: string | null) => ({
  queryKey: ['units', 'children', id, asOf ?? 'now'] as const,
  queryFn: () => api.get<UnitNode[]>(`/api/units/${id}/children`, { asOf: asOf ?? undefined }),
});

export const useRoots = (asOf: string | null = null) =>
  useQuery({
    queryKey: asOf ? ['units', 'roots', asOf] : ['units', 'roots'],
    queryFn: () => api.get<UnitNode[]>('/api/units/roots', { asOf: asOf ?? undefined }),
  });
export const useUnit = (id: number | null, asOf: string | null = null) => useQuery({ ...unitQuery(id ?? 0, asOf), enabled: !!id });
export const useChildren = (id: number | null, asOf: string | null = null) => useQuery({ ...childrenQuery(id ?? 0, asOf), enabled: !!id });

export const useCommittee = (id: number) =>
  useQuery({
    queryKey: ['units', 'committee', id],
    queryFn: () => api.get<CommitteeTerm[]>(`/api/units/${id}/committee`),
  });

export const useHistory = (id: number) =>
  useQuery({
    queryKey: ['units', 'history', id],
    queryFn: () => api.get<UnitVersion[]>(`/api/units/${id}/history`),
  });

export const searchUnits = (q: string, limit = 20) => api.get<UnitSearchHit[]>('/api/units/search', { q, limit });
