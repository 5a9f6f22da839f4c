import { Type, type Static } from 'typebox';
import { EDUCATION_LEVELS } from '../../../domain/recruitment/eligibility.js';
import { APPLICATION_FORMS, STAGES } from '../../../domain/recruitment/stages.js';
import { CalendarDate, list, Nullable } from '../../../shared/contract.js';
import { DateT, IdT, Text, Version } from '../shared/http.js';

export const SOURCES = ['students', 'cooperatives', 'private_enterprises', 'youth_union', 'residential_area', 'other'] as const;

const person = {
  fullName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\p{L}' }),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  birthDate: DateT,
  citizenId: Type.String({ pattern: '^[0-9]{12}$' }),
  ethnicity: Text(50, 1),
  hometown: Text(300),
  residence: Text(300),
  occupation: Text(100),
  education: Type.Union(EDUCATION_LEVELS.map((e) => Type.Literal(e))),
  remoteArea: Type.Boolean(),
  source: Type.Union(SOURCES.map((s) => Type.Literal(s))),
};

export const CreateCandidateBody = Type.Object(
  {
    unitId: IdT,
    ...person,
    ethnicity: Type.Optional(person.ethnicity),
    hometown: Type.Optional(person.hometown),
    residence: Type.Optional(person.residence),
    occupation: Type.Optional(person.occupation),
    remoteArea: Type.Optional(person.remoteArea),
  },
  { additionalProperties: false },
);
export type CreateCandidate = Static<typeof CreateCandidateBody>;

const Introducer = Type.Object({ memberId: IdT, workedSince: DateT }, { additionalProperties: false });

export const UpdateCandidateBody = Type.Object(
  {
    version: Version,
    ...(Object.fromEntries(Object.entries(person).map(([k, v]) => [k, Type.Optional(v)])) as {
      [K in keyof typeof person]: ReturnType<typeof Type.Optional<(typeof person)[K]>>;
    }),
    courseCertificateOn: Type.Optional(Type.Union([DateT, Type.Null()])),
    helperMemberId: Type.Optional(Type.Union([IdT, Type.Null()])),
    forms: Type.Optional(Type.Array(Text(20, 1), { maxItems: 20 })),
    attachments: Type.Optional(Text(4000)),
    verifiedOn: Type.Optional(Type.Union([DateT, Type.Null()])),
    verificationNote: Type.Optional(Text(2000)),
    introducers: Type.Optional(Type.Array(Introducer, { maxItems: 2 })),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCandidate = Static<typeof UpdateCandidateBody>;

export const AdvanceBody = Type.Object(
  {
    version: Version,
    to: Type.Union(['course', 'candidate', 'application', 'verification'].map((s) => Type.Literal(s))),
  },
  { additionalProperties: false },
);
export const AdmitBody = Type.Object(
  {
    version: Version,
    consideredOn: DateT,
    decisionNo: Text(50, 1),
    decisionOn: DateT,
    authority: Text(200, 1),
  },
  { additionalProperties: false },
);
export type Admit = Static<typeof AdmitBody>;
export const CeremonyBody = Type.Object(
  {
    version: Version,
    ceremonyOn: DateT,
    partyCardNo: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z-]{4,20}$' })),
  },
  { additionalProperties: false },
);
export const WithdrawBody = Type.Object({ version: Version, reason: Text(1000, 1) }, { additionalProperties: false });
export const IntroducersBody = Type.Object(
  { version: Version, introducers: Type.Array(Introducer, { maxItems: 2 }) },
  { additionalProperties: false },
);
export const CandidateParams = Type.Object({ candidateId: IdT });
const paging = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};
export const CandidateListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    stage: Type.Optional(Type.Union(STAGES.map((s) => Type.Literal(s)))),
    ...paging,
  },
  { additionalProperties: false },
);
export const TargetsQuery = Type.Object(
  { unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })), ...paging },
  { additionalProperties: false },
);
export const YearQuery = Type.Object(
  { unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
export const TargetParams = Type.Object({ unitId: IdT, year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const TargetBody = Type.Object({ target: Type.Integer({ minimum: 0, maximum: 100000 }) }, { additionalProperties: false });

// --- answers ---------------------------------------------------------------------------------------------------

const Str = Type.String();
const Int = Type.Integer();
const oneOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const Stage = oneOf(STAGES);
const Source = oneOf(SOURCES);
const Education = oneOf(EDUCATION_LEVELS);
const Gender = Type.Union([Type.Literal('male'), Type.Literal('female')]);

/** A row of the candidates list. */
export const CandidateItem = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  fullName: Str,
  gender: Gender,
  birthDate: CalendarDate,
  stage: Stage,
  source: Source,
  version: Int,
});

/** A candidate's whole file. */
export const Candidate = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  fullName: Str,
  gender: Gender,
  birthDate: CalendarDate,
  citizenId: Str,
  ethnicity: Str,
  hometown: Str,
  residence: Str,
  occupation: Str,
  education: Education,
  remoteArea: Type.Boolean(),
  source: Source,
  stage: Stage,
  courseCertificateOn: Nullable(CalendarDate),
  helperMemberId: Nullable(Int),
  helperName: Nullable(Str),
  // Forms 1–9-KNĐ: an update refuses any other.
  forms: list(Str, APPLICATION_FORMS.length),
  attachments: Str,
  verifiedOn: Nullable(CalendarDate),
  verificationNote: Str,
  consideredOn: Nullable(CalendarDate),
  decisionNo: Nullable(Str),
  decisionOn: Nullable(CalendarDate),
  decisionAuthority: Nullable(Str),
  ceremonyOn: Nullable(CalendarDate),
  memberId: Nullable(Int),
  withdrawn: Type.Boolean(),
  withdrawal: Nullable(Type.Object({ reason: Str, on: Nullable(CalendarDate) })),
  version: Int,
  // One or two introducers (Điều lệ Đảng, Điều 4).
  introducers: list(Type.Object({ memberId: Int, fullName: Str, status: Str, workedSince: CalendarDate }), 2),
});

/** The file with the eligibility checks on the day the cell considers it (or today). */
export const CandidateWithEligibility = Type.Object({
  ...Candidate.properties,
  eligibility: Type.Object({
    on: CalendarDate,
    eligible: Type.Boolean(),
    // At most one reason per check: age, education, course, and two per introducer.
    reasons: list(Type.Object({ field: Str, code: Str, message: Str }), 10),
  }),
});

export const Funnel = Type.Object({
  year: Int,
  stages: list(Type.Object({ stage: Stage, count: Int }), STAGES.length),
});

export const Target = Type.Object({
  unitId: Int,
  name: Str,
  members: Int,
  admitted: Int,
  target: Int,
  isDefault: Type.Boolean(),
  year: Int,
});
