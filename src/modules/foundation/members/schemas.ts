// Request schemas of the member registry. Messages for each failed rule come from src/i18n.
import { Type, type Static } from 'typebox';
import { CalendarDate, Nullable } from '../../../shared/contract.js';
import { MEMBER_CATEGORIES } from '../../../domain/members/category.js';
import { AGE_BANDS, MEMBER_STATUSES } from '../../../domain/members/record.js';

const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const date = Type.String({ format: 'date' });

export const memberFields = {
  fullName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\p{L}' }),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  birthDate: date,
  ethnicity: text(1, 50),
  hometown: text(1, 300),
  residence: text(1, 300),
  citizenId: Type.String({ pattern: '^[0-9]{12}$' }),
  partyCardNo: Type.Union([Type.String({ pattern: '^[0-9A-Za-z-]{4,20}$' }), Type.Null()]),
  admittedOn: date,
  officialOn: Type.Union([date, Type.Null()]),
  education: text(1, 50),
  theoryLevel: text(0, 50),
  occupation: text(0, 100),
  position: text(0, 200),
  phone: Type.String({ pattern: '^(0[0-9]{9})?$' }),
  status: Type.Union(MEMBER_STATUSES.map((s) => Type.Literal(s))),
  unitId: Type.Integer({ minimum: 1 }),
  // Form 2A / 2B / 2C of the self-assessment (Hướng dẫn 43-HD/BTCTW); null: not set.
  memberCategory: Type.Union([...MEMBER_CATEGORIES.map((c) => Type.Literal(c)), Type.Null()]),
};

const { partyCardNo, officialOn, occupation, position, phone, memberCategory, ...required } = memberFields;

export const CreateMemberBody = Type.Object(
  {
    ...required,
    partyCardNo: Type.Optional(partyCardNo),
    officialOn: Type.Optional(officialOn),
    occupation: Type.Optional(occupation),
    position: Type.Optional(position),
    phone: Type.Optional(phone),
    memberCategory: Type.Optional(memberCategory),
  },
  { additionalProperties: false },
);
export type CreateMember = Static<typeof CreateMemberBody>;

export const UpdateMemberBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    ...(Object.fromEntries(Object.entries(memberFields).map(([k, v]) => [k, Type.Optional(v)])) as {
      [K in keyof typeof memberFields]: ReturnType<typeof Type.Optional<(typeof memberFields)[K]>>;
    }),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateMember = Partial<CreateMember> & { version: number };

export const MemberParams = Type.Object({ memberId: Type.Integer({ minimum: 1 }) });

export const ListQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Type.Array(Type.Union(MEMBER_STATUSES.map((s) => Type.Literal(s))))),
    gender: Type.Optional(Type.Union([Type.Literal('male'), Type.Literal('female')])),
    ageBand: Type.Optional(Type.Union(AGE_BANDS.map((s) => Type.Literal(s)))),
    admittedYear: Type.Optional(Type.Integer({ minimum: 1930, maximum: 2100 })),
    sort: Type.Optional(
      Type.Union(['name', 'birthDate', 'admittedOn', 'unit', '-name', '-birthDate', '-admittedOn', '-unit'].map((s) => Type.Literal(s))),
    ),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type ListQueryT = Static<typeof ListQuery>;

/** A member record as the routes answer it (dto.toDto). */
export const MemberAnswer = Type.Object({
  id: Type.Integer(),
  fullName: Type.String(),
  gender: Type.String(),
  birthDate: CalendarDate,
  ethnicity: Type.String(),
  hometown: Type.String(),
  residence: Type.String(),
  citizenId: Type.String(),
  partyCardNo: Nullable(Type.String()),
  admittedOn: CalendarDate,
  officialOn: Nullable(CalendarDate),
  education: Type.String(),
  theoryLevel: Type.String(),
  occupation: Type.String(),
  position: Type.String(),
  phone: Type.String(),
  status: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  memberCategory: Nullable(Type.String()),
  version: Type.Integer(),
});
/** A row of the member list (dto.toListItem). */
export const MemberListItem = Type.Object({
  id: Type.Integer(),
  fullName: Type.String(),
  gender: Type.String(),
  birthDate: CalendarDate,
  citizenId: Type.String(),
  partyCardNo: Nullable(Type.String()),
  admittedOn: CalendarDate,
  officialOn: Nullable(CalendarDate),
  status: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  phone: Type.String(),
});
