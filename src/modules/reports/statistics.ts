// Membership statistics of a subtree in the shape of the basic statistical tables (docs/reports.md):
// one row per unit directly below the chosen one, a total row, one table per dimension.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { ageBand, educationGroup, EDUCATION_GROUPS } from '../../domain/quality/classify.js';
import { AGE_BANDS } from '../../domain/members/record.js';
import { translate, type Locale } from '../../shared/i18n.js';

type Q = Kysely<Database>;
const ACTIVE = ['probationary', 'official', 'exempted', 'temporarily_exempted', 'suspended'] as const;

export interface StatTable { key: string; title: string; columns: { key: string; label: string }[]; rows: { unitId: number; name: string; values: number[] }[]; total: number[] }
export interface Statistics { unitId: number; unitName: string; on: string; tables: StatTable[] }

function grouped(db: Q, root: { id: number; path: string }, dim: ReturnType<typeof sql>) {
  return sql<{ unit_id: number; k: string; n: number }>`
    WITH g AS (
      SELECT id, path FROM org_unit WHERE dissolved_on IS NULL AND
        (parent_id = ${root.id} OR (id = ${root.id} AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = ${root.id})))
    )
    SELECT g.id AS unit_id, ${dim} AS k, count(*)::int AS n
    FROM member m JOIN org_unit u ON u.id = m.unit_id
    JOIN g ON g.path = CASE WHEN nlevel(u.path) > nlevel(${root.path}::ltree) THEN subpath(u.path, 0, nlevel(${root.path}::ltree) + 1) ELSE u.path END
    WHERE u.path <@ ${root.path}::ltree AND m.status IN ('probationary', 'official', 'exempted', 'temporarily_exempted', 'suspended')
    GROUP BY 1, 2`.execute(db).then((r) => r.rows);
}

export async function statistics(db: Q, root: { id: number; path: string; name: string }, today: string, locale: Locale): Promise<Statistics> {
  const units = await db.selectFrom('org_unit').select(['id', 'name']).where('dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('parent_id', '=', root.id), eb('id', '=', root.id)])).execute();
  const children = units.filter((u) => u.id !== root.id);
  const groups = (children.length ? children : units).sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name));
  const [byStatus, byGender, byAge, byEthnicity, byEducation] = await Promise.all([
    grouped(db, root, sql`m.status::text`), grouped(db, root, sql`m.gender`),
    grouped(db, root, sql`date_part('year', age(${today}::date, m.birth_date))::text`),
    grouped(db, root, sql`m.ethnicity`), grouped(db, root, sql`m.education`),
  ]);
  const t = (key: string) => translate(locale, `reports.${key}`);
  const table = (key: string, columns: string[], labels: string[], rows: { unit_id: number; k: string; n: number }[], keyOf: (k: string) => string = (k) => k): StatTable => {
    const body = groups.map((g) => {
      const values = columns.map(() => 0);
      for (const r of rows) if (r.unit_id === g.id) { const i = columns.indexOf(keyOf(r.k)); if (i >= 0) values[i]! += r.n; }
      return { unitId: g.id, name: g.name, values: [values.reduce((a, b) => a + b, 0), ...values] };
    });
    const total = body.reduce((acc, r) => acc.map((v, i) => v + r.values[i]!), [0, ...columns.map(() => 0)]);
    return { key, title: t(`tables.${key}`), columns: [{ key: 'total', label: t('columns.total') }, ...columns.map((c, i) => ({ key: c, label: labels[i]! }))], rows: body, total };
  };
  const ethnicities = [...new Set(byEthnicity.map((r) => r.k))].sort((a, b) => (a === 'Kinh' ? -1 : b === 'Kinh' ? 1 : new Intl.Collator('vi').compare(a, b)));
  const birthOf = (age: string) => `${Number(today.slice(0, 4)) - Number(age)}${today.slice(4)}`;
  return {
    unitId: root.id, unitName: root.name, on: today,
    tables: [
      table('status', [...ACTIVE], ACTIVE.map((s) => t(`status.${s}`)), byStatus),
      table('gender', ['male', 'female'], [t('columns.male'), t('columns.female')], byGender),
      table('age', [...AGE_BANDS], [...AGE_BANDS], byAge, (age) => ageBand(birthOf(age), today)),
      table('ethnicity', ethnicities, ethnicities, byEthnicity),
      table('education', [...EDUCATION_GROUPS], EDUCATION_GROUPS.map((e) => t(`education.${e}`)), byEducation, educationGroup),
    ],
  };
}
