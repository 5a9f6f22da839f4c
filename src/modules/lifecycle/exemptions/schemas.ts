import { Type, type Static } from 'typebox';
import { DateT, IdT, Text, Version } from '../shared/http.js';
import { CalendarDate, Nullable } from '../../../shared/contract.js';

export const KINDS = ['exempted', 'temporarily_exempted', 'suspended'] as const;

export const RecordExemptionBody = Type.Object(
  {
    memberId: IdT,
    kind: Type.Union(KINDS.map((k) => Type.Literal(k))),
    fromDate: DateT,
    toDate: Type.Optional(Type.Union([DateT, Type.Null()])),
    decisionNo: Text(50, 1),
    reason: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type RecordExemption = Static<typeof RecordExemptionBody>;

export const RestoreBody = Type.Object({ version: Version, on: Type.Optional(DateT) }, { additionalProperties: false });
export const ExemptionParams = Type.Object({ exemptionId: IdT });
export const ExemptionListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    memberId: Type.Optional(IdT),
    /** Only those whose recorded end date has passed while the member still carries the status. */
    due: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

/** An exemption or suspension, with the member's status today (a restore applies while it is the same kind). */
export const Exemption = Type.Object({
  id: Type.Integer(),
  memberId: Type.Integer(),
  fullName: Type.String(),
  memberStatus: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  kind: Type.Unsafe<(typeof KINDS)[number]>(Type.Union(KINDS.map((k) => Type.Literal(k)))),
  fromDate: CalendarDate,
  toDate: Nullable(CalendarDate),
  decisionNo: Type.String(),
  reason: Type.String(),
  version: Type.Integer(),
});
