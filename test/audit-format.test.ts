// The audit screen's wording helpers, with the real web catalogs behind a minimal `t` (key lookup, default, {{x}}).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  actionLabel,
  diffRows,
  entityLabel,
  entityWithId,
  fieldLabel,
  formatValue,
  humanize,
  type Translate,
} from '../web/src/pages/foundation/audit/format.js';

const dir = new URL('../web/src/i18n/', import.meta.url);
type Tree = { [k: string]: string | Tree };
function messages(lang: string): Tree {
  const base = JSON.parse(readFileSync(new URL(`${lang}.json`, dir), 'utf8')) as Tree;
  const modules = readdirSync(dir).filter((f) => f.endsWith(`.${lang}.json`) && f !== `${lang}.json`);
  return Object.assign(base, ...modules.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Tree));
}
function translator(lang: string): Translate {
  const tree = messages(lang);
  return (key, options) => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    const text = typeof node === 'string' ? node : options.defaultValue;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}
const vi = translator('vi');
const en = translator('en');

describe('humanize', () => {
  it.each([
    ['campaign_household.move', 'Campaign household move'],
    ['partyCardNo', 'Party card no'],
    ['citizenID', 'Citizen ID'],
    ['x', 'X'],
  ])('%s → %s', (code, text) => expect(humanize(code)).toBe(text));
});

describe('labels', () => {
  it('names actions from the audit catalog, in both languages', () => {
    expect(actionLabel(vi, 'campaign_household.move')).toBe('Cập nhật kết quả vận động hộ');
    expect(actionLabel(en, 'member.update')).toBe('Member record edited');
  });

  it('falls back to the older catalog, then to words, never the raw code', () => {
    const onlyOld: Translate = (key, o) => (key === 'auditActions.legacy_thing' ? 'Cũ' : o.defaultValue);
    expect(actionLabel(onlyOld, 'legacy.thing')).toBe('Cũ');
    expect(actionLabel(vi, 'brand_new.thing_done')).toBe('Brand new thing done');
    expect(entityLabel(vi, 'brand_new_entity')).toBe('Brand new entity');
  });

  it('reuses the member form labels and humanizes unknown fields', () => {
    expect(fieldLabel(vi, 'phone')).toBe('Điện thoại');
    expect(fieldLabel(vi, 'partyCardNo')).toBe('Số thẻ đảng viên');
    expect(fieldLabel(vi, 'someNewField')).toBe('Some new field');
  });

  it('says which object, with its number', () => {
    expect(entityWithId(vi, 'member', '13')).toBe('Đảng viên số 13');
    expect(entityWithId(en, 'member', '13')).toBe('Member no. 13');
    expect(entityWithId(vi, 'database', 'demo')).toBe('Cơ sở dữ liệu (demo)');
  });
});

describe('formatValue', () => {
  it('writes dates, instants, yes/no and nothing as a reader would', () => {
    expect(formatValue(vi, '1990-05-17')).toBe('17/05/1990');
    expect(formatValue(vi, '2026-12-04T17:30:00.000Z')).toBe('05/12/2026 00:30');
    expect(formatValue(vi, true)).toBe('Có');
    expect(formatValue(vi, false)).toBe('Không');
    expect(formatValue(en, true)).toBe('Yes');
    expect(formatValue(vi, null)).toBe('—');
    expect(formatValue(vi, undefined)).toBe('—');
    expect(formatValue(vi, '')).toBe('—');
    expect(formatValue(vi, 42)).toBe('42');
    expect(formatValue(vi, '0912345678', 'phone')).toBe('0912345678');
  });

  it('translates coded values of known fields', () => {
    const official = (messages('vi').status as Tree).official as string;
    expect(formatValue(vi, 'official', 'status')).toBe(official);
    expect(formatValue(vi, 'made_up', 'status')).toBe('made_up');
  });

  it('lists nested objects and arrays as short "field: value" text, not JSON', () => {
    expect(formatValue(vi, { phone: '0901', birthDate: '1980-01-02', present: false })).toBe(
      'Điện thoại: 0901; Ngày sinh: 02/01/1980; Có mặt: Không',
    );
    expect(formatValue(vi, ['a', 'b'])).toBe('a, b');
    expect(formatValue(vi, [])).toBe('—');
    expect(formatValue(vi, {})).toBe('—');
    expect(formatValue(vi, [{ phone: '1' }, { phone: '2' }])).toBe('(Điện thoại: 1), (Điện thoại: 2)');
    expect(
      formatValue(
        vi,
        Array.from({ length: 12 }, (_, i) => i),
      ),
    ).toBe('0, 1, 2, 3, 4, 5, 6, 7, 8, 9 … (+2)');
    expect(formatValue(vi, { a: { b: 1 } })).not.toContain('{');
  });
});

describe('diffRows', () => {
  it('lists only the changed fields of an update', () => {
    const rows = diffRows({ phone: '1', fullName: 'A', tags: ['x'] }, { phone: '2', fullName: 'A', tags: ['x'] });
    expect(rows).toEqual([{ field: 'phone', before: '1', after: '2', changed: true }]);
  });

  it('lists every field of a creation, and of a record without any difference', () => {
    expect(diffRows(null, { a: 1, b: 2 }).map((r) => r.field)).toEqual(['a', 'b']);
    expect(diffRows({ a: 1 }, { a: 1 }).map((r) => [r.field, r.changed])).toEqual([['a', false]]);
  });

  it('counts a field that appears or disappears as changed', () => {
    expect(diffRows({ a: 1 }, { b: 2 }).map((r) => r.field)).toEqual(['a', 'b']);
  });
});
