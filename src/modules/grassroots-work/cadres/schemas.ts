// Request schemas of the cadre rotation register.
import { Type, type Static } from 'typebox';
import { ROTATION_KINDS, type RotationKind } from '../../../domain/cadres/rotation.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });

export const CreateCadreBody = Type.Object({
  memberId: id, note: Type.Optional(text(0, 1000)),
  position: Type.Object({ post: text(1, 200), unitId: id, fromDate: date }, { additionalProperties: false }),
}, { additionalProperties: false });
export type CreateCadre = Static<typeof CreateCadreBody>;

export const CreateRotationBody = Type.Object({
  cadreId: id, decidedByUnitId: id, kind: Type.Union(ROTATION_KINDS.map((k) => Type.Literal(k))),
  toUnitId: id, toPost: text(1, 200), decisionNo: text(1, 50), effectiveOn: date,
  nextReviewOn: Type.Optional(Type.Union([date, Type.Null()])),
}, { additionalProperties: false });
export type CreateRotation = Omit<Static<typeof CreateRotationBody>, 'kind'> & { kind: RotationKind };

export const CadreParams = Type.Object({ cadreId: id });
// `q`: part of the name, with or without accents (the member search's folding: "nguyen hong chi").
export const CadreListQuery = Type.Object({ unitId: Type.Optional(id), q: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export const RotationListQuery = Type.Object({
  unitId: Type.Optional(id), year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
}, { additionalProperties: false });
