import { Type, type Static } from 'typebox';
import { CONTENT_KINDS } from '../../../domain/lifecycle/content-kinds.js';
import { CalendarDate, list, Nullable, Timestamp } from '../../../shared/contract.js';
import { DateT, IdT, Text, Version } from '../shared/http.js';
import { FEE_BASIS_KINDS, type FeeBasisKind } from '../../../domain/lifecycle/fees.js';

/**
 * The most members a cell's screens hold at once: its roll, a meeting's attendance, a month's fees, each read and
 * saved whole. The Party Charter makes an organization of 30 members or more a committee with cells under it, and a
 * crowded cell splits into Party groups: a very large cell has a few hundred members, not a thousand.
 */
export const CELL_MEMBERS_MAX = 1000;
/** The most papers one meeting holds (each up to 20 MB): a meeting's agenda, resolutions and annexes, with room. */
export const MEETING_PAPERS_MAX = 100;

const Presence = Type.Union([Type.Literal('present'), Type.Literal('absent_excused'), Type.Literal('absent_unexcused')]);
const Attendance = Type.Array(
  Type.Object({ memberId: IdT, presence: Presence, reason: Type.Optional(Text(500)) }, { additionalProperties: false }),
  { maxItems: CELL_MEMBERS_MAX },
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
/** A fee basis's group (domain/lifecycle/fees), typed as the domain's union. */
const FeeBasisKindT = Type.Unsafe<FeeBasisKind>(Type.Union(FEE_BASIS_KINDS.map((k) => Type.Literal(k))));

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
export const ROLLUP_PAGE_MAX = 200;
/** A month 'YYYY-MM', a quarter 'YYYY-Qn' or a year 'YYYY'; one page of the cells, or only those with a flag. */
export const RollupQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    period: Type.String({ pattern: '^[0-9]{4}(-((0[1-9]|1[0-2])|Q[1-4]))?$' }),
    flagged: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: ROLLUP_PAGE_MAX, default: 50 }),
  },
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
      { maxItems: CELL_MEMBERS_MAX },
    ),
  },
  { additionalProperties: false },
);
export type Fees = Static<typeof FeesBody>;

export const FeeBasisParams = Type.Object({ memberId: IdT });
export const FeeBasisMonthParams = Type.Object({ memberId: IdT, month: Month });
export const FeeBasisBody = Type.Object(
  {
    kind: FeeBasisKindT,
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

// --- answers ---------------------------------------------------------------------------------------------------

const KindT = Type.Union([Type.Literal('regular'), Type.Literal('thematic'), Type.Literal('combined'), Type.Literal('extraordinary')]);
const FlagT = Type.Union([Type.Literal('too_short'), Type.Literal('papers_late')]);
/** A paper of a meeting, without its bytes. */
export const Paper = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  postedAt: Timestamp,
  postedBy: Nullable(Type.String()),
});
/** One meeting with its papers, flags and attendance. */
export const MeetingDetail = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  heldOn: CalendarDate,
  kind: KindT,
  topic: Type.String(),
  version: Type.Integer(),
  startTime: Nullable(Type.String()),
  plannedMinutes: Nullable(Type.Integer()),
  agenda: list(Type.String(), 50),
  contentKinds: list(Type.String(), CONTENT_KINDS.length),
  startedAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  lengthMinutes: Nullable(Type.Integer()),
  minutes: Type.String(),
  resolution: Type.String(),
  documents: list(Paper, MEETING_PAPERS_MAX),
  flags: list(FlagT, 2),
  // Who was recorded: the members of one cell.
  attendance: list(
    Type.Object({ memberId: Type.Integer(), fullName: Type.String(), presence: Presence, reason: Type.String() }),
    CELL_MEMBERS_MAX,
  ),
});
/** A paper as attached. */
export const AttachedPaper = Type.Object({
  id: Type.Integer(),
  meetingId: Type.Integer(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
});
const MemberStatusT = Type.String();
/** The members on a cell's rolls today. */
export const Roster = list(Type.Object({ memberId: Type.Integer(), fullName: Type.String(), status: MemberStatusT }), CELL_MEMBERS_MAX);
/** A cell's row of the roll-up. */
export const RollupRow = Type.Object({
  unitId: Type.Integer(),
  unitName: Type.String(),
  held: Type.Integer(),
  scheduled: Type.Integer(),
  tooShort: Type.Integer(),
  papersLate: Type.Integer(),
  /** Months ('YYYY-MM') of the period so far without the meetings due: at most the twelve months of a year. */
  monthsWithout: list(Type.String(), 12),
  contentMissing: list(Type.String(), CONTENT_KINDS.length),
});
/** Sums over every cell of the roll-up (not only the page). */
export const RollupSums = Type.Object({
  cells: Type.Integer(),
  held: Type.Integer(),
  scheduled: Type.Integer(),
  tooShort: Type.Integer(),
  papersLate: Type.Integer(),
  /** Cells with at least one month without the meetings due. */
  cellsWithoutMeeting: Type.Integer(),
  /** Cells whose finished quarter left out content their kind of cell must cover. */
  cellsMissingContent: Type.Integer(),
  /** Cells with any of the above or a meeting flagged. */
  cellsFlagged: Type.Integer(),
});
export const RollupExtra = {
  period: Type.String(),
  from: Type.String(),
  to: Type.String(),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  sums: RollupSums,
};

/** A member's fee basis from a month on. */
export const FeeBasisAnswer = Type.Object({
  kind: FeeBasisKindT,
  monthlyAmount: Nullable(Type.Integer()),
  fromMonth: Type.String(),
  note: Type.String(),
  version: Type.Integer(),
});
/**
 * A member's fee bases, newest first: one per month at most, so a membership's lifetime of changes fits; the query
 * keeps the newest FEE_BASES_MAX.
 */
export const FEE_BASES_MAX = 1200;
export const FeeBases = list(FeeBasisAnswer, FEE_BASES_MAX);
export const FeeBasisGone = Type.Object({ memberId: Type.Integer(), fromMonth: Type.String() });
/** The cell's fees of a month: one row per member on its rolls. */
export const FeeSheet = Type.Object({
  month: Type.String(),
  defaultAmount: Type.Number(),
  rows: list(
    Type.Object({
      memberId: Type.Integer(),
      fullName: Type.String(),
      status: MemberStatusT,
      amount: Nullable(Type.Integer()),
      paidOn: Nullable(CalendarDate),
      basis: Nullable(FeeBasisAnswer),
      proposed: Type.Object({
        amount: Type.Number(),
        source: Type.Union([FeeBasisKindT, Type.Literal('flat')]),
        percent: Type.Optional(Type.Number()),
      }),
    }),
    CELL_MEMBERS_MAX,
  ),
});
export const FeesSaved = Type.Object({ month: Type.String(), saved: Type.Integer(), cleared: Type.Integer() });
