-- The national level above the provinces (the Central Committee's Party organization): the root of a national
-- tree, under which whole provinces can be merged into a new province committee like any other units
-- (DOMAIN.md §2; Nghị quyết 60-NQ/TW 2025, 63 provinces into 34). Nothing may contain it (src/domain/orgs/tree.ts).
ALTER TYPE unit_kind ADD VALUE IF NOT EXISTS 'central' BEFORE 'province_committee';
