// Request schemas of targets and tasks.
import { Type, type Static } from 'typebox';
import { CalendarDate, Nullable, Timestamp } from '../../../shared/contract.js';

const date = Type.String({ format: 'date' });

export const CreateTaskBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    indicator: Type.String({ minLength: 1, maxLength: 300 }),
    targetValue: Type.Number({ minimum: 0, maximum: 1e12 }),
    periodFrom: date,
    periodTo: date,
    dueOn: date,
    keyTarget: Type.Boolean(),
    holderUnitId: Type.Integer({ minimum: 1 }),
    holderMemberId: Type.Optional(Type.Integer({ minimum: 1 })),
    assignerUnitId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type CreateTask = Static<typeof CreateTaskBody>;

export const ProgressBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    value: Type.Number({ minimum: 0, maximum: 1e12 }),
    evidence: Type.String({ minLength: 1, maxLength: 5000 }),
    done: Type.Boolean(),
    reportedOn: Type.Optional(date),
  },
  { additionalProperties: false },
);
export type Progress = Static<typeof ProgressBody>;

export const EVALUATIONS = ['exceeded', 'completed', 'not_completed'] as const;
export const EvaluateBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    rating: Type.Union(EVALUATIONS.map((e) => Type.Literal(e))),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type Evaluate = Static<typeof EvaluateBody>;

/** Withdrawing a task, or marking it missed for force majeure: both need the reason. */
export const ExcludeBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    reason: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type Exclude = Static<typeof ExcludeBody>;

export const TaskParams = Type.Object({ taskId: Type.Integer({ minimum: 1 }) });
export const TaskListQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    open: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** A task as the routes answer it (service.taskDto). */
export const TaskAnswer = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  indicator: Type.String(),
  targetValue: Type.Number(),
  periodFrom: CalendarDate,
  periodTo: CalendarDate,
  dueOn: CalendarDate,
  keyTarget: Type.Boolean(),
  holderMemberId: Nullable(Type.Integer()),
  holderMemberName: Nullable(Type.String()),
  holderUnitId: Type.Integer(),
  holderUnitName: Type.String(),
  assignerUnitId: Type.Integer(),
  assignerName: Type.String(),
  assessorUnitId: Type.Integer(),
  progressValue: Type.Number(),
  completion: Nullable(Type.Union([Type.Literal('on_time'), Type.Literal('late'), Type.Literal('exceeded')])),
  completedOn: Nullable(CalendarDate),
  version: Type.Integer(),
  evaluation: Nullable(Type.Union([Type.Literal('exceeded'), Type.Literal('completed'), Type.Literal('not_completed')])),
  evaluationComment: Nullable(Type.String()),
  evaluatedByName: Nullable(Type.String()),
  evaluatedAt: Nullable(Timestamp),
  exclusion: Nullable(Type.Union([Type.Literal('withdrawn'), Type.Literal('force_majeure')])),
  exclusionReason: Nullable(Type.String()),
  excludedByName: Nullable(Type.String()),
  excludedAt: Nullable(Timestamp),
});
