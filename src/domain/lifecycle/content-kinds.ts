// What a cell's meetings cover, by kind of cell (Hướng dẫn 42-HD/BTCTW, 28/10/2025: the content of a meeting
// follows the kind of cell). The guidance's text could not be read: the kinds of cell, the content kinds and
// which kinds each kind of cell covers every quarter are this product's reading of DOMAIN.md §7 [U], and the flag
// can be turned off (setting meetingContentCheck).

export const CELL_TYPES = ['residential', 'agency', 'public_service', 'enterprise', 'school', 'armed_forces', 'other'] as const;
export type CellType = (typeof CELL_TYPES)[number];

export const CONTENT_KINDS = [
  'resolutions',
  'ideology',
  'professional_tasks',
  'socio_economic',
  'mass_mobilization',
  'party_building',
  'criticism',
  'security_defense',
  'thematic',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The content kinds each kind of cell covers at least once a quarter [U]. */
export const QUARTERLY_CONTENT: Record<CellType, readonly ContentKind[]> = {
  residential: ['resolutions', 'socio_economic', 'mass_mobilization', 'party_building', 'thematic'],
  agency: ['resolutions', 'ideology', 'professional_tasks', 'party_building', 'thematic'],
  public_service: ['resolutions', 'ideology', 'professional_tasks', 'party_building', 'thematic'],
  enterprise: ['resolutions', 'ideology', 'professional_tasks', 'party_building'],
  school: ['resolutions', 'ideology', 'professional_tasks', 'party_building', 'thematic'],
  armed_forces: ['resolutions', 'ideology', 'security_defense', 'party_building'],
  other: ['resolutions', 'party_building'],
};

export const isCellType = (x: unknown): x is CellType => typeof x === 'string' && (CELL_TYPES as readonly string[]).includes(x);

/**
 * The kinds a cell of `cellType` had to cover in a quarter and did not, given the kinds recorded on each of its
 * meetings held in that quarter. A cell whose type is not recorded is not judged (empty).
 */
export function contentNotCovered(cellType: string | null, meetings: readonly (readonly string[])[]): ContentKind[] {
  if (!isCellType(cellType)) return [];
  const covered = new Set(meetings.flat());
  return QUARTERLY_CONTENT[cellType].filter((k) => !covered.has(k));
}
