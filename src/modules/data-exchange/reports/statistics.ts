// Membership statistics of a subtree in the shape of the basic statistical tables (docs/reports.md):
// one row per unit directly below the chosen one, a total row, one table per dimension.
import { Type } from 'typebox';
import { CalendarDate, list } from '../../../shared/contract.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ageBand, educationGroup, EDUCATION_GROUPS } from '../../../domain/quality/classify.js';
import { AGE_BANDS } from '../../../domain/members/record.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { activeMembersGrouped, statisticsUnits } from './queries.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';

type Q = Kysely<Database>;
const ACTIVE = ACTIVE_STATUSES;

export interface StatTable {
  key: string;
  title: string;
  columns: { key: string; label: string }[];
  rows: { unitId: number; name: string; values: number[] }[];
  total: number[];
}
const Int = Type.Integer();
/** One table of the statistics report: a row per unit directly below the chosen one (not yet bounded), and the total. */
export const StatTableSchema = Type.Object({
  key: Type.String(),
  title: Type.String(),
  columns: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
  rows: Type.Array(Type.Object({ unitId: Int, name: Type.String(), values: Type.Array(Int) })),
  total: Type.Array(Int),
});
// Five tables: status, gender, age, ethnicity, education.
export const StatisticsSchema = Type.Object({ unitId: Int, unitName: Type.String(), on: CalendarDate, tables: list(StatTableSchema, 5) });

export interface Statistics {
  unitId: number;
  unitName: string;
  on: string;
  tables: StatTable[];
}

export async function statistics(
  db: Q,
  root: { id: number; path: string; name: string },
  today: string,
  locale: Locale,
): Promise<Statistics> {
  const units = await statisticsUnits(db, root.id);
  const children = units.filter((u) => u.id !== root.id);
  const groups = (children.length ? children : units).sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name));
  const [byStatus, byGender, byAge, byEthnicity, byEducation] = await Promise.all([
    activeMembersGrouped(db, root, 'status', today),
    activeMembersGrouped(db, root, 'gender', today),
    activeMembersGrouped(db, root, 'age', today),
    activeMembersGrouped(db, root, 'ethnicity', today),
    activeMembersGrouped(db, root, 'education', today),
  ]);
  const t = (key: string) => translate(locale, `reports.${key}`);
  const table = (
    key: string,
    columns: string[],
    labels: string[],
    rows: { unit_id: number; k: string; n: number }[],
    keyOf: (k: string) => string = (k) => k,
  ): StatTable => {
    const body = groups.map((g) => {
      const values = columns.map(() => 0);
      for (const r of rows)
        if (r.unit_id === g.id) {
          const i = columns.indexOf(keyOf(r.k));
          if (i >= 0) values[i]! += r.n;
        }
      return { unitId: g.id, name: g.name, values: [values.reduce((a, b) => a + b, 0), ...values] };
    });
    const total = body.reduce((acc, r) => acc.map((v, i) => v + r.values[i]!), [0, ...columns.map(() => 0)]);
    return {
      key,
      title: t(`tables.${key}`),
      columns: [{ key: 'total', label: t('columns.total') }, ...columns.map((c, i) => ({ key: c, label: labels[i]! }))],
      rows: body,
      total,
    };
  };
  const ethnicities = [...new Set(byEthnicity.map((r) => r.k))].sort((a, b) =>
    a === 'Kinh' ? -1 : b === 'Kinh' ? 1 : new Intl.Collator('vi').compare(a, b),
  );
  const birthOf = (age: string) => `${Number(today.slice(0, 4)) - Number(age)}${today.slice(4)}`;
  return {
    unitId: root.id,
    unitName: root.name,
    on: today,
    tables: [
      table(
        'status',
        [...ACTIVE],
        ACTIVE.map((s) => t(`status.${s}`)),
        byStatus,
      ),
      table('gender', ['male', 'female'], [t('columns.male'), t('columns.female')], byGender),
      table('age', [...AGE_BANDS], [...AGE_BANDS], byAge, (age) => ageBand(birthOf(age), today)),
      table('ethnicity', ethnicities, ethnicities, byEthnicity),
      table(
        'education',
        [...EDUCATION_GROUPS],
        EDUCATION_GROUPS.map((e) => t(`education.${e}`)),
        byEducation,
        educationGroup,
      ),
    ],
  };
}
