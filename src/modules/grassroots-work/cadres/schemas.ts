// Request schemas of the cadre rotation register.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable, page, pageEcho } from '../../../shared/contract.js';
import { ROTATION_KINDS, type RotationKind } from '../../../domain/cadres/rotation.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });

export const CreateCadreBody = Type.Object(
  {
    memberId: id,
    note: Type.Optional(text(0, 1000)),
    position: Type.Object({ post: text(1, 200), unitId: id, fromDate: date }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type CreateCadre = Static<typeof CreateCadreBody>;

export const CreateRotationBody = Type.Object(
  {
    cadreId: id,
    decidedByUnitId: id,
    kind: Type.Union(ROTATION_KINDS.map((k) => Type.Literal(k))),
    toUnitId: id,
    toPost: text(1, 200),
    decisionNo: text(1, 50),
    effectiveOn: date,
    nextReviewOn: Type.Optional(Type.Union([date, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateRotation = Omit<Static<typeof CreateRotationBody>, 'kind'> & { kind: RotationKind };

export const CadreParams = Type.Object({ cadreId: id });
// `q`: part of the name, with or without accents (the member search's folding: "nguyen hong chi").
export const CadreListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export const UnitOnlyQuery = Type.Object({ unitId: Type.Optional(id) }, { additionalProperties: false });
export const WatchQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export const RotationListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();
/** A cadre's page shows the latest positions and rotations, at most this many of each. */
export const CADRE_HISTORY_SHOWN = 200;
const RotationKindT = Type.Unsafe<RotationKind>({ type: 'string', enum: [...ROTATION_KINDS] });
export const RotationAnswer = Type.Object({
  id: Int,
  cadreId: Int,
  fullName: Str,
  kind: RotationKindT,
  fromUnitId: Int,
  fromUnitName: Str,
  fromPost: Str,
  toUnitId: Int,
  toUnitName: Str,
  toPost: Str,
  decisionNo: Str,
  effectiveOn: CalendarDate,
  nextReviewOn: Nullable(CalendarDate),
  decidedByUnitId: Int,
  decidedByName: Str,
});
export const CadreListAnswer = page(
  Type.Object({
    id: Int,
    memberId: Int,
    fullName: Str,
    cellName: Str,
    currentPosition: Nullable(Str),
    rotations: Int,
  }),
  200,
  pageEcho,
);
export const CadreAnswer = Type.Object({
  id: Int,
  memberId: Int,
  fullName: Str,
  birthDate: CalendarDate,
  cellName: Str,
  note: Str,
  version: Int,
  positions: list(
    Type.Object({ id: Int, post: Str, unitId: Int, unitName: Str, fromDate: CalendarDate, toDate: Nullable(CalendarDate) }),
    CADRE_HISTORY_SHOWN,
  ),
  rotations: list(RotationAnswer, CADRE_HISTORY_SHOWN),
});
export const RotationListAnswer = page(RotationAnswer, 200, pageEcho);
export const WatchAnswer = page(
  Type.Object({
    ...RotationAnswer.properties,
    state: Type.Union([Type.Literal('overdue'), Type.Literal('due_soon'), Type.Literal('later'), Type.Literal('no_date')]),
  }),
  200,
  pageEcho,
);
// One row per year with rotations; rotations are dated from 1990 (RotationListQuery), so a bound of 200 years holds.
export const RotationStatsAnswer = list(Type.Object({ year: Int, counts: Type.Record(Str, Int), total: Int }), 200);
