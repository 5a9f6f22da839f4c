import { Type, type Static } from 'typebox';
import { DateT, IdT, Text, Version } from '../shared/http.js';
import { CalendarDate, Nullable } from '../../../shared/contract.js';
import type { DisciplineForm } from '../../../db/schema.js';
import { UNIT_DISCIPLINE_FORMS } from '../../../domain/lifecycle/unit-discipline.js';

export const FORMS = ['reprimand', 'warning', 'dismissal', 'expulsion'] as const;

/** The decision itself, the same for a member and for a Party organization. */
const decision = {
  decidedOn: DateT,
  decisionNo: Text(50, 1),
  authority: Text(200, 1),
  reason: Type.Optional(Text(2000)),
  selfDetectedRemedied: Type.Optional(Type.Boolean()),
};

export const RecordDisciplineBody = Type.Object(
  {
    memberId: IdT,
    form: Type.Union(FORMS.map((f) => Type.Literal(f))),
    ...decision,
  },
  { additionalProperties: false },
);
export type RecordDiscipline = Static<typeof RecordDisciplineBody>;

export const UpdateDisciplineBody = Type.Object(
  {
    version: Version,
    decidedOn: Type.Optional(DateT),
    decisionNo: Type.Optional(Text(50, 1)),
    authority: Type.Optional(Text(200, 1)),
    reason: Type.Optional(Text(2000)),
    selfDetectedRemedied: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateDiscipline = Static<typeof UpdateDisciplineBody>;

export const DisciplineParams = Type.Object({ disciplineId: IdT });
const paging = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};
export const DisciplineListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    memberId: Type.Optional(IdT),
    ...paging,
  },
  { additionalProperties: false },
);

export const RecordUnitDisciplineBody = Type.Object(
  {
    unitId: IdT,
    form: Type.Union(UNIT_DISCIPLINE_FORMS.map((f) => Type.Literal(f))),
    ...decision,
  },
  { additionalProperties: false },
);
export type RecordUnitDiscipline = Static<typeof RecordUnitDisciplineBody>;
export const UnitDisciplineListQuery = Type.Object({ unitId: Type.Optional(IdT), ...paging }, { additionalProperties: false });

// --- answers ---------------------------------------------------------------------------------------------------

const oneOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));

/** A member's discipline decision. */
export const Discipline = Type.Object({
  id: Type.Integer(),
  memberId: Type.Integer(),
  fullName: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  form: oneOf<DisciplineForm>(FORMS),
  decidedOn: CalendarDate,
  decisionNo: Type.String(),
  authority: Type.String(),
  reason: Type.String(),
  selfDetectedRemedied: Type.Boolean(),
  version: Type.Integer(),
});

/** A Party organization's discipline decision. */
export const UnitDiscipline = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  form: oneOf<DisciplineForm>(UNIT_DISCIPLINE_FORMS),
  decidedOn: CalendarDate,
  decisionNo: Type.String(),
  authority: Type.String(),
  reason: Type.String(),
  selfDetectedRemedied: Type.Boolean(),
  version: Type.Integer(),
  unitDissolvedOn: Nullable(CalendarDate),
  needsRestructuring: Type.Boolean(),
});
