// The shape of the demo tree: which subordinate committees, grassroots organizations, partial
// committees and cells exist, with their names. Ids, codes and dates come later (units.ts).
import { cellNames, partialName } from './cells-data.js';
import { BLOCS, districtBodies, typeOfBody, type Bloc, type OrgType } from './orgs-data.js';
import { ALL_LOCALITIES, DISTRICTS, localitiesOf, localityCommittee, type District, type Locality } from './places-data.js';
import { apportion, type Rng } from './rng.js';

export interface PartialShape {
  name: string;
  cells: string[];
}
export interface GrassrootsShape {
  kind: 'grassroots_committee' | 'grassroots_cell';
  name: string;
  type: OrgType;
  locality: Locality;
  /** Cells directly under a grassroots committee (empty for a grassroots cell). */
  cells: string[];
  partials: PartialShape[];
}
export interface SubShape {
  name: string;
  code: string;
  grassroots: GrassrootsShape[];
}

/** Nam Định's reference figures (DOMAIN.md §2). */
export const BASE = { members: 110_300, subs: 15, grassroots: 921, grassrootsCommittees: 600, cells: 4_293, partialHosts: 6 };

type Template = { district: District } | { bloc: Bloc };
const TEMPLATES: readonly Template[] = [...DISTRICTS.map((district) => ({ district })), ...BLOCS.map((bloc) => ({ bloc }))];
const DISTRICT_COMMITTEES_PER_LOCALITY = 2.1;
const DISTRICT_CELLS_PER_LOCALITY = 0.86;

/** Takes `n` names from the preferred pool, then the other pool, then generic ones. */
function takeNames(n: number, first: string[], second: string[], generic: (i: number) => string): string[] {
  const out: string[] = [];
  while (out.length < n && first.length > 0) out.push(first.shift()!);
  while (out.length < n && second.length > 0) out.push(second.shift()!);
  for (let i = 1; out.length < n; i++) if (!out.includes(generic(i))) out.push(generic(i));
  return out;
}

function subGrassroots(t: Template, nComm: number, nCell: number, rng: Rng): GrassrootsShape[] {
  const make = (kind: GrassrootsShape['kind'], body: string, type: OrgType, locality: Locality): GrassrootsShape => ({
    kind,
    type,
    locality,
    cells: [],
    partials: [],
    name: kind === 'grassroots_cell' ? `Chi bộ ${body}` : body.startsWith('Đảng ủy') ? body : `Đảng ủy ${body}`,
  });
  const generic = (kind: string) => (i: number) => `${kind} cơ sở số ${i}`;
  if ('district' in t) {
    const locs = localitiesOf(t.district);
    const bodies = districtBodies(t.district);
    const fixed = bodies.committees.slice(0, 7);
    const comm = [...locs.map(localityCommittee), ...fixed, ...rng.shuffle(bodies.committees.slice(7))];
    const cells = rng.shuffle([...bodies.cells]);
    const commNames = takeNames(nComm, comm, [], generic('Đảng ủy'));
    const cellNamesList = takeNames(nCell, cells, [], generic('Cơ quan'));
    return [
      ...commNames.map((n, i) =>
        i < locs.length
          ? make('grassroots_committee', n, 'locality', locs[i]!)
          : make('grassroots_committee', n, typeOfBody(n, 'agency'), rng.pick(locs)),
      ),
      ...cellNamesList.map((n) => make('grassroots_cell', n, typeOfBody(n, 'agency'), rng.pick(locs))),
    ];
  }
  const { bloc } = t;
  const comm = [...bloc.committees];
  const cells = [...bloc.cells];
  const city = localitiesOf(DISTRICTS[0]!);
  const where = () => (rng.chance(0.6) ? rng.pick(city) : rng.pick(ALL_LOCALITIES));
  const commNames = takeNames(nComm, comm, cells, generic('Đơn vị'));
  const cellNamesList = takeNames(nCell, cells, comm, generic('Đơn vị'));
  return [
    ...commNames.map((n) => make('grassroots_committee', n, typeOfBody(n, bloc.type), where())),
    ...cellNamesList.map((n) => make('grassroots_cell', n, typeOfBody(n, bloc.type), where())),
  ];
}

const CELL_WEIGHT: Readonly<Record<OrgType, [number, number]>> = {
  locality: [9, 6],
  school: [3, 2],
  hospital: [5, 3],
  enterprise: [3, 3],
  agency: [3, 2],
  military: [4, 2],
  police: [5, 3],
  border: [3, 2],
};

/** Spreads `totalCells` over the grassroots committees; a few large ones get partial committees. */
function addCells(subs: SubShape[], totalCells: number, partialHosts: number, rng: Rng): void {
  const comms = subs.flatMap((s) => s.grassroots.filter((g) => g.kind === 'grassroots_committee'));
  const candidates = comms.filter((g) => g.type !== 'locality');
  const hosts = new Set(rng.shuffle([...(candidates.length >= partialHosts ? candidates : comms)]).slice(0, partialHosts));
  const weights = comms.map((g) => {
    if (hosts.has(g)) return 16;
    const [base, spread] = CELL_WEIGHT[g.type];
    return base + rng.int(0, spread) + (g.locality.kind === 'ward' ? -1 : 0);
  });
  const counts = apportion(totalCells, weights, 2);
  comms.forEach((g, i) => {
    const names = cellNames(g.type, g.locality, counts[i]!, rng);
    if (hosts.has(g)) {
      const nPartials = Math.min(names.length >= 10 ? 2 : 1, Math.floor((names.length - 2) / 2));
      for (let k = 0; k < nPartials; k++) {
        const take = Math.min(rng.int(3, 5), names.length - 2);
        g.partials.push({ name: partialName(g.type, k), cells: names.splice(names.length - take, take) });
      }
    }
    g.cells = names;
  });
}

/** The province profile, scaled up (never down) when more members than Nam Định's are asked for. */
export function provinceShape(members: number, rng: Rng): SubShape[] {
  const s = Math.max(1, members / BASE.members);
  const nSubs = Math.round(BASE.subs * s);
  const nComm = Math.round(BASE.grassrootsCommittees * s);
  const nCell = Math.round(BASE.grassroots * s) - nComm;
  const templates = Array.from({ length: nSubs }, (_, i) => TEMPLATES[i % TEMPLATES.length]!);
  const commW = templates.map((t) =>
    'district' in t ? localitiesOf(t.district).length * DISTRICT_COMMITTEES_PER_LOCALITY : t.bloc.baseCommittees,
  );
  const cellW = templates.map((t) => ('district' in t ? localitiesOf(t.district).length * DISTRICT_CELLS_PER_LOCALITY : t.bloc.baseCells));
  const commCounts = apportion(nComm, commW, 1);
  const cellCounts = apportion(nCell, cellW, 0);
  const subs = templates.map((t, i): SubShape => {
    const copy = Math.floor(i / TEMPLATES.length);
    const base = 'district' in t ? { name: t.district.committee, code: t.district.code } : { name: t.bloc.committee, code: t.bloc.code };
    return {
      name: copy === 0 ? base.name : `${base.name} (khu vực ${copy + 1})`,
      code: copy === 0 ? base.code : `${base.code}${copy + 1}`,
      grassroots: subGrassroots(t, commCounts[i]!, cellCounts[i]!, rng.fork(`sub${i}`)),
    };
  });
  addCells(subs, Math.round(BASE.cells * s), Math.max(1, Math.round(BASE.partialHosts * s)), rng.fork('cells'));
  return subs;
}

/** The small profile for tests and browser journeys: fixed, readable names. */
export function smallShape(): SubShape[] {
  const [city, yy] = [localitiesOf(DISTRICTS[0]!), localitiesOf(DISTRICTS.find((d) => d.code === 'YY')!)];
  const at = (ls: Locality[], name: string) => ls.find((l) => l.name === name)!;
  const g = (
    kind: GrassrootsShape['kind'],
    name: string,
    type: OrgType,
    locality: Locality,
    cells: string[],
    partials: PartialShape[] = [],
  ): GrassrootsShape => ({ kind, name, type, locality, cells, partials });
  return [
    {
      name: 'Thành ủy Nam Định',
      code: 'TP',
      grassroots: [
        g('grassroots_committee', 'Đảng ủy phường Trần Hưng Đạo', 'locality', at(city, 'Trần Hưng Đạo'), [
          'Chi bộ tổ dân phố số 1',
          'Chi bộ tổ dân phố số 2',
          'Chi bộ tổ dân phố số 3',
        ]),
        g('grassroots_committee', 'Đảng ủy phường Lộc Hạ', 'locality', at(city, 'Lộc Hạ'), ['Chi bộ tổ dân phố số 1', 'Chi bộ Trạm Y tế']),
      ],
    },
    {
      name: 'Huyện ủy Ý Yên',
      code: 'YY',
      grassroots: [
        g(
          'grassroots_committee',
          'Đảng ủy xã Yên Khánh',
          'locality',
          at(yy, 'Yên Khánh'),
          ['Chi bộ thôn Đông'],
          [{ name: 'Đảng bộ bộ phận khu Bắc', cells: ['Chi bộ xóm 1', 'Chi bộ xóm 2'] }],
        ),
        g('grassroots_cell', 'Chi bộ Trường THCS Yên Khánh', 'school', at(yy, 'Yên Khánh'), []),
      ],
    },
  ];
}
