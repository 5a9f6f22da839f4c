import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable } from '../../../shared/contract.js';
import { DateT, IdT, Text, Version } from '../shared/http.js';

const Kind = Type.Union([Type.Literal('official'), Type.Literal('temporary')]);
const common = {
  memberId: IdT,
  kind: Kind,
  movedOn: Type.Optional(DateT),
  letterNo: Type.Optional(Text(50, 1)),
  letterDate: Type.Optional(DateT),
  note: Type.Optional(Text(1000)),
};

/** Within the province: the destination is one of our cells. `destination` names a place outside: wrong endpoint. */
export const CreateTransferBody = Type.Object(
  {
    ...common,
    toUnitId: Type.Optional(IdT),
    destination: Type.Optional(Text(300)),
  },
  { additionalProperties: false },
);
export type CreateTransfer = Static<typeof CreateTransferBody>;

/** Out of the province: the destination is named; a `toUnitId` (one of our cells) belongs to the other endpoint. */
export const CreateOutTransferBody = Type.Object(
  {
    ...common,
    destination: Type.Optional(Text(300)),
    toUnitId: Type.Optional(IdT),
  },
  { additionalProperties: false },
);

export const IssueBody = Type.Object({ version: Version, letterNo: Text(50, 1), letterDate: DateT }, { additionalProperties: false });
export const StepBody = Type.Object(
  { version: Version, on: Type.Optional(DateT), note: Type.Optional(Text(1000)) },
  { additionalProperties: false },
);
export type Step = Static<typeof StepBody>;
export const TransferParams = Type.Object({ transferId: IdT });
export const TRANSFER_PAGE_MAX = 200;
export const TransferListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    direction: Type.Optional(Type.Union([Type.Literal('out'), Type.Literal('in')])),
    open: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: TRANSFER_PAGE_MAX, default: 50 }),
  },
  { additionalProperties: false },
);
export const OverdueQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: TRANSFER_PAGE_MAX, default: 50 }),
  },
  { additionalProperties: false },
);

const TransferStateT = Type.Union([
  Type.Literal('recorded'),
  Type.Literal('issued'),
  Type.Literal('in_transit'),
  Type.Literal('received'),
  Type.Literal('cancelled'),
]);
/** A transfer as the lists and the single read answer it. */
export const TransferItem = Type.Object({
  id: Type.Integer(),
  memberId: Type.Integer(),
  fullName: Type.String(),
  kind: Kind,
  fromUnitId: Type.Integer(),
  fromName: Type.String(),
  toUnitId: Nullable(Type.Integer()),
  toName: Nullable(Type.String()),
  outOfProvince: Type.Boolean(),
  destination: Type.String(),
  movedOn: Nullable(CalendarDate),
  letterNo: Nullable(Type.String()),
  letterDate: Nullable(CalendarDate),
  state: TransferStateT,
  handedOn: Nullable(CalendarDate),
  receivedOn: Nullable(CalendarDate),
  note: Type.String(),
  version: Type.Integer(),
  startBy: Nullable(CalendarDate),
  presentBy: Nullable(CalendarDate),
  overdue: Type.Union([Type.Literal('start'), Type.Literal('present'), Type.Null()]),
});

export const ImportBody = Type.Object(
  {
    toUnitId: IdT,
    receivedOn: DateT,
    package: Type.Object({
      format: Type.Literal('grassroots.member-file/1'),
      member: Type.Record(Type.String(), Type.Unknown()),
      letter: Type.Record(Type.String(), Type.Unknown()),
      timeline: Type.Optional(Type.Array(Type.Unknown())),
    }),
  },
  { additionalProperties: false },
);
export type ImportPackage = Static<typeof ImportBody>;
export const DestinationQuery = Type.Object({ q: Text(100, 1) }, { additionalProperties: false });
/** A destination picker shows the first matches of what was typed (by name); typing more narrows them. */
export const DESTINATIONS_MAX = 30;
export const Destinations = list(
  Type.Object({ id: Type.Integer(), name: Type.String(), code: Type.String(), parentName: Nullable(Type.String()) }),
  DESTINATIONS_MAX,
);
