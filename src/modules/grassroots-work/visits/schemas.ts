// Request schemas of visit and contact logs and their problems.
import { Type, type Static } from 'typebox';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES } from '../../../domain/assignments/rules.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const category = Type.Union(PROBLEM_CATEGORIES.map((c) => Type.Literal(c)));
const status = Type.Union(PROBLEM_STATUSES.map((s) => Type.Literal(s)));

export const NewProblem = Type.Object({
  category, description: text(1, 2000), householdId: Type.Optional(id),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('in_progress')])), followUp: Type.Optional(text(0, 2000)),
}, { additionalProperties: false });

export const ProblemUpdate = Type.Object({
  problemId: id, version: id, status, followUp: text(0, 2000),
}, { additionalProperties: false });
export type ProblemUpdateT = { problemId: number; version: number; status: 'open' | 'in_progress' | 'solved'; followUp: string };

export const CreateVisitBody = Type.Object({
  unitId: id,
  visitedOn: date,
  visitorMemberId: id,
  kind: Type.Union([Type.Literal('visit'), Type.Literal('meeting'), Type.Literal('phone')]),
  summary: Type.Optional(text(0, 4000)),
  householdIds: Type.Optional(Type.Array(id, { maxItems: 200, uniqueItems: true })),
  escalation: Type.Optional(text(0, 2000)),
  escalatedToUnitId: Type.Optional(Type.Union([id, Type.Null()])),
  problems: Type.Optional(Type.Array(NewProblem, { maxItems: 50 })),
  problemUpdates: Type.Optional(Type.Array(ProblemUpdate, { maxItems: 50 })),
}, { additionalProperties: false });
export type CreateVisit = Static<typeof CreateVisitBody>;

export const UpdateProblemBody = Type.Object({ version: id, status, followUp: text(0, 2000) }, { additionalProperties: false });

export const VisitParams = Type.Object({ visitId: id });
export const ProblemParams = Type.Object({ problemId: id });

export const VisitListQuery = Type.Object({
  unitId: Type.Optional(id),
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
}, { additionalProperties: false });

export const ProblemListQuery = Type.Object({
  unitId: Type.Optional(id),
  status: Type.Union([status, Type.Literal('unsolved')], { default: 'unsolved' }),
  category: Type.Optional(category),
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
}, { additionalProperties: false });
export type ProblemListQueryT = Omit<Static<typeof ProblemListQuery>, 'status' | 'category'> & { status: 'open' | 'in_progress' | 'solved' | 'unsolved'; category?: string };

export const VisitHouseholdQuery = Type.Object({
  unitId: id,
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
}, { additionalProperties: false });
