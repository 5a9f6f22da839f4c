import { Type, type Static } from 'typebox';
import { DateT, IdT, Text, Version } from '../lifecycle/http.js';

const Presence = Type.Union([Type.Literal('present'), Type.Literal('absent_excused'), Type.Literal('absent_unexcused')]);
const Attendance = Type.Array(Type.Object({ memberId: IdT, presence: Presence, reason: Type.Optional(Text(500)) }, { additionalProperties: false }), { maxItems: 1000 });
const Kind = Type.Union([Type.Literal('regular'), Type.Literal('thematic'), Type.Literal('extraordinary')]);

export const CreateMeetingBody = Type.Object({
  unitId: IdT, heldOn: DateT, kind: Kind, topic: Type.Optional(Text(500)), attendance: Attendance,
}, { additionalProperties: false });
export type CreateMeeting = Static<typeof CreateMeetingBody>;
export const UpdateMeetingBody = Type.Object({
  version: Version, heldOn: Type.Optional(DateT), kind: Type.Optional(Kind), topic: Type.Optional(Text(500)), attendance: Type.Optional(Attendance),
}, { additionalProperties: false, minProperties: 2 });
export type UpdateMeeting = Static<typeof UpdateMeetingBody>;
export type AttendanceRow = Static<typeof Attendance>[number];

export const MeetingParams = Type.Object({ meetingId: IdT });
export const MeetingListQuery = Type.Object({ unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }, { additionalProperties: false });
export const RosterQuery = Type.Object({ unitId: IdT }, { additionalProperties: false });

export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });
export const FeeParams = Type.Object({ unitId: IdT, month: Month });
export const FeesBody = Type.Object({
  rows: Type.Array(Type.Object({
    memberId: IdT,
    /** null: not paid (removes a payment entered by mistake). */
    amount: Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()]),
    paidOn: Type.Optional(DateT),
  }, { additionalProperties: false }), { maxItems: 1000 }),
}, { additionalProperties: false });
export type Fees = Static<typeof FeesBody>;
