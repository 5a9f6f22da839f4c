import { Type, type Static } from 'typebox';
import { EDUCATION_LEVELS } from '../../../domain/recruitment/eligibility.js';
import { STAGES } from '../../../domain/recruitment/stages.js';
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
export const CandidateListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    stage: Type.Optional(Type.Union(STAGES.map((s) => Type.Literal(s)))),
  },
  { additionalProperties: false },
);
export const YearQuery = Type.Object(
  { unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
export const TargetParams = Type.Object({ unitId: IdT, year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const TargetBody = Type.Object({ target: Type.Integer({ minimum: 0, maximum: 100000 }) }, { additionalProperties: false });
