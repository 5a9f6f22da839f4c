// Pure wording for the audit list: labels for action codes, entity types and field names, and values shown
// as a reader would write them. No React and no i18next import, so plain tests (and the Node tsconfig) can use it;
// the page passes its `t` in.

/** The subset of i18next's `t` used here: a key and a default returned when the key has no text. */
export type Translate = (key: string, options: { defaultValue: string } & Record<string, unknown>) => string;

type Obj = Record<string, unknown>;

/** Catalog keys cannot hold dots (i18next reads them as nesting), so `campaign_household.move` is looked up as `campaign_household_move`. */
export const codeKey = (code: string) => code.replace(/\./g, '_');

/** A readable fallback for a code nobody labelled: `campaign_household.move` → "Campaign household move", `partyCardNo` → "Party card no". */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : code;
}

/** The first key that has a text wins; the last resort is the fallback. */
export function labelOf(t: Translate, keys: string[], fallback: string): string {
  return keys.reduceRight((acc, key) => t(key, { defaultValue: acc }), fallback);
}

export const actionLabel = (t: Translate, code: string) =>
  labelOf(t, [`auditWords.actions.${codeKey(code)}`, `auditActions.${codeKey(code)}`], humanize(code));

export const entityLabel = (t: Translate, type: string) =>
  labelOf(t, [`auditWords.entities.${type}`, `entityTypes.${type}`], humanize(type));

/** The audit catalog first (it can correct a form label that means something else here), then the shared field labels. */
export const fieldLabel = (t: Translate, field: string) => labelOf(t, [`auditWords.fields.${field}`, `fields.${field}`], humanize(field));

/** "Đảng viên số 13"; an identifier that is not a number (the demo seed's "demo") is shown in brackets. */
export function entityWithId(t: Translate, type: string, id: string): string {
  const entity = entityLabel(t, type);
  return /^\d+$/.test(id)
    ? t('auditWords.entityWithId', { defaultValue: `${entity} #${id}`, entity, id })
    : t('auditWords.entityWithCode', { defaultValue: `${entity} (${id})`, entity, id });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Instants are shown in Vietnam time (UTC+7, no daylight saving), like the rest of the app. */
function fmtInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MAX_ITEMS = 10;

/** Fields whose values are codes with their own catalog section. */
const VALUE_CATALOGS: Record<string, string> = {
  status: 'status',
  gender: 'gender',
  role: 'roles',
  kind: 'unitKinds',
  position: 'positions',
  memberCategory: 'rules2025.memberCategory',
};

/** One value as text: dates dd/mm/yyyy, yes/no, "—" for nothing, objects as short "field: value" lists. */
export function formatValue(t: Translate, value: unknown, field = ''): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('auditWords.yes', { defaultValue: 'Yes' }) : t('auditWords.no', { defaultValue: 'No' });
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') {
    const m = DATE.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
    if (INSTANT.test(value)) return fmtInstant(value);
    const section = VALUE_CATALOGS[field];
    return section ? t(`${section}.${value}`, { defaultValue: value }) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const shown = value
      .slice(0, MAX_ITEMS)
      .map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? `(${formatValue(t, v, field)})` : formatValue(t, v, field)));
    const rest = value.length - shown.length;
    return shown.join(', ') + (rest > 0 ? ` … (+${rest})` : '');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Obj);
    if (entries.length === 0) return '—';
    return entries.map(([k, v]) => `${fieldLabel(t, k)}: ${formatValue(t, v, k)}`).join('; ');
  }
  return String(value);
}

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The rows of the before/after table. When both sides exist, only the fields that changed are listed
 * (an update often records the whole row); a creation (no before) or a record without any difference lists everything.
 */
export function diffRows(before: Obj | null, after: Obj | null): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = keys.map((field) => ({
    field,
    before: before?.[field],
    after: after?.[field],
    changed: !same(before?.[field], after?.[field]),
  }));
  if (!before || !after) return rows;
  const changed = rows.filter((r) => r.changed);
  return changed.length > 0 ? changed : rows;
}
