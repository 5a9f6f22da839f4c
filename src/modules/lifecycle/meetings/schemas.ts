import { Type, type Static } from 'typebox';
import { CONTENT_KINDS } from '../../../domain/lifecycle/content-kinds.js';
import { CalendarDate, list, Nullable } from '../../../shared/contract.js';
import { DateT, IdT, Text, Version } from '../shared/http.js';
import { FEE_BASIS_KINDS } from '../../../domain/lifecycle/fees.js';

const Presence = Type.Union([Type.Literal('present'), Type.Literal('absent_excused'), Type.Literal('absent_unexcused')]);
const Attendance = Type.Array(
  Type.Object({ memberId: IdT, presence: Presence, reason: Type.Optional(Text(500)) }, { additionalProperties: false }),
  { maxItems: 1000 },
);
const Kind = Type.Union([Type.Literal('regular'), Type.Literal('thematic'), Type.Literal('combined'), Type.Literal('extraordinary')]);
/** A time of the meeting day, 'HH:MM' (Vietnam time). */
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const NullableTime = Type.Union([Time, Type.Null()]);
/** Agenda items in the order they are taken. */
const Agenda = Type.Array(Text(500, 1), { maxItems: 50 });
/** The content kinds the meeting covered (domain/lifecycle/content-kinds.ts). */
const ContentKinds = Type.Array(Type.Union(CONTENT_KINDS.map((k) => Type.Literal(k))), {
  maxItems: CONTENT_KINDS.length,
  uniqueItems: true,
});
const LongText = Text(100_000);

export const CreateMeetingBody = Type.Object(
  {
    unitId: IdT,
    heldOn: DateT,
    kind: Kind,
    topic: Type.Optional(Text(500)),
    startTime: Type.Optional(Time),
    plannedMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440 })),
    agenda: Type.Optional(Agenda),
    contentKinds: Type.Optional(ContentKinds),
    /** Empty (or absent) when the meeting is scheduled ahead. */
    attendance: Type.Optional(Attendance),
  },
  { additionalProperties: false },
);
export type CreateMeeting = Static<typeof CreateMeetingBody>;
export const UpdateMeetingBody = Type.Object(
  {
    version: Version,
    heldOn: Type.Optional(DateT),
    kind: Type.Optional(Kind),
    topic: Type.Optional(Text(500)),
    attendance: Type.Optional(Attendance),
    startTime: Type.Optional(NullableTime),
    plannedMinutes: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1440 }), Type.Null()])),
    agenda: Type.Optional(Agenda),
    contentKinds: Type.Optional(ContentKinds),
    /** What happened on the day: the real start and end, the minutes and the resolution. */
    startedAt: Type.Optional(NullableTime),
    endedAt: Type.Optional(NullableTime),
    minutes: Type.Optional(LongText),
    resolution: Type.Optional(LongText),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateMeeting = Static<typeof UpdateMeetingBody>;
export type AttendanceRow = Static<typeof Attendance>[number];

export const MeetingParams = Type.Object({ meetingId: IdT });
export const MEETING_PAGE_MAX = 200;
export const MeetingListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: MEETING_PAGE_MAX, default: 50 }),
  },
  { additionalProperties: false },
);
/** A meeting in the year's list. */
export const MeetingListItem = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  heldOn: CalendarDate,
  kind: Type.String(),
  topic: Type.String(),
  version: Type.Integer(),
  startTime: Nullable(Type.String()),
  plannedMinutes: Nullable(Type.Integer()),
  startedAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  // At most one of each flag.
  flags: list(Type.Union([Type.Literal('too_short'), Type.Literal('papers_late')]), 2),
  present: Type.Integer(),
  excused: Type.Integer(),
  unexcused: Type.Integer(),
});
export const DocumentParams = Type.Object({ documentId: IdT });
export const UploadQuery = Type.Object(
  { filename: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]+$' }) },
  { additionalProperties: false },
);
/** A month 'YYYY-MM', a quarter 'YYYY-Qn' or a year 'YYYY'. */
export const RollupQuery = Type.Object(
  { unitId: Type.Optional(IdT), period: Type.String({ pattern: '^[0-9]{4}(-((0[1-9]|1[0-2])|Q[1-4]))?$' }) },
  { additionalProperties: false },
);
export const RosterQuery = Type.Object({ unitId: IdT }, { additionalProperties: false });

export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });
export const FeeParams = Type.Object({ unitId: IdT, month: Month });
export const FeesBody = Type.Object(
  {
    rows: Type.Array(
      Type.Object(
        {
          memberId: IdT,
          /** null: not paid (removes a payment entered by mistake). */
          amount: Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()]),
          paidOn: Type.Optional(DateT),
        },
        { additionalProperties: false },
      ),
      { maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type Fees = Static<typeof FeesBody>;

export const FeeBasisParams = Type.Object({ memberId: IdT });
export const FeeBasisMonthParams = Type.Object({ memberId: IdT, month: Month });
export const FeeBasisBody = Type.Object(
  {
    kind: Type.Union(FEE_BASIS_KINDS.map((k) => Type.Literal(k))),
    /** đồng a month the percentage applies to; null for the groups with a fixed amount. */
    monthlyAmount: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000_000_000 }), Type.Null()]),
    note: Type.Optional(Text(500)),
    /** The version of the basis starting that month when it is changed; absent when it is new. */
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);
export type FeeBasisInput = Static<typeof FeeBasisBody>;
export const FeeBasisDeleteQuery = Type.Object({ version: Version }, { additionalProperties: false });
