// A tiny province with known ids, for integration tests. Shape:
//   1 Tỉnh ủy ─┬─ 2 Huyện ủy A ─┬─ 4 Đảng ủy xã A1 ─┬─ 5 Chi bộ thôn Đông (members 1–4)
//              │                │                   └─ 6 Chi bộ thôn Tây  (members 5–7)
//              │                └─ 9 Chi bộ cơ sở Trường A (grassroots cell, members 8–9)
//              └─ 3 Huyện ủy B ─── 7 Đảng ủy xã B1 ─── 8 Chi bộ xóm 1     (members 10–12)
// Committee terms: 1 (cell 5, seat 1: member 1 secretary), 2 (cell 8, seat 2: member 10 secretary).
// Grants: user id = grant id (see USERS).
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import type { Db } from '../src/db/connection.js';
import { normalizeFullName, searchName, sortKey } from '../src/domain/names/index.js';

export const PASSWORD = 'Test@Password1';
export const TODAY = '2026-11-26';
export const FOUNDED = '2020-01-01';

export const UNITS = [
  { id: 1, code: 'T', name: 'Tỉnh ủy Thử', kind: 'province_committee', parent: null, path: '1' },
  { id: 2, code: 'T.A', name: 'Huyện ủy A', kind: 'subordinate_committee', parent: 1, path: '1.2' },
  { id: 3, code: 'T.B', name: 'Huyện ủy B', kind: 'subordinate_committee', parent: 1, path: '1.3' },
  { id: 4, code: 'T.A.1', name: 'Đảng ủy xã A1', kind: 'grassroots_committee', parent: 2, path: '1.2.4' },
  { id: 5, code: 'T.A.1.1', name: 'Chi bộ thôn Đông', kind: 'cell', parent: 4, path: '1.2.4.5' },
  { id: 6, code: 'T.A.1.2', name: 'Chi bộ thôn Tây', kind: 'cell', parent: 4, path: '1.2.4.6' },
  { id: 7, code: 'T.B.1', name: 'Đảng ủy xã B1', kind: 'grassroots_committee', parent: 3, path: '1.3.7' },
  { id: 8, code: 'T.B.1.1', name: 'Chi bộ xóm 1', kind: 'cell', parent: 7, path: '1.3.7.8' },
  { id: 9, code: 'T.A.2', name: 'Chi bộ Trường A', kind: 'grassroots_cell', parent: 2, path: '1.2.9' },
] as const;

export const MEMBERS: { id: number; name: string; unit: number; gender: 'male' | 'female'; birth: string; status?: string }[] = [
  { id: 1, name: 'Nguyễn Văn Ngoan', unit: 5, gender: 'male', birth: '1970-03-04' },
  { id: 2, name: 'Trần Thị Bình', unit: 5, gender: 'female', birth: '1985-07-20' },
  { id: 3, name: 'Lê Văn An', unit: 5, gender: 'male', birth: '1992-01-15' },
  { id: 4, name: 'Phạm Thị Đào', unit: 5, gender: 'female', birth: '1960-11-01', status: 'exempted' },
  { id: 5, name: 'Hoàng Văn Cường', unit: 6, gender: 'male', birth: '1980-02-02' },
  { id: 6, name: 'Vũ Thị Hoa', unit: 6, gender: 'female', birth: '1995-05-05' },
  { id: 7, name: 'Đặng Văn Dũng', unit: 6, gender: 'male', birth: '1975-09-09' },
  { id: 8, name: 'Bùi Thị Lan', unit: 9, gender: 'female', birth: '1988-08-08' },
  { id: 9, name: 'Đỗ Văn Hùng', unit: 9, gender: 'male', birth: '1990-10-10' },
  { id: 10, name: 'Ngô Thị Mai', unit: 8, gender: 'female', birth: '1983-03-03' },
  { id: 11, name: 'Dương Văn Nam', unit: 8, gender: 'male', birth: '1979-04-04' },
  { id: 12, name: 'Nguyễn Văn Ngoạn', unit: 8, gender: 'male', birth: '1991-06-06' },
];

export const USERS = [
  { id: 1, username: 'admin', role: 'province_admin', unit: 1, memberId: null },
  { id: 2, username: 'office', role: 'committee_office', unit: 4, memberId: null },
  { id: 3, username: 'secretary', role: 'cell_secretary', unit: 5, memberId: 1 },
  { id: 4, username: 'member', role: 'member', unit: 5, memberId: 2 },
  { id: 5, username: 'observer', role: 'observer', unit: 3, memberId: null },
  { id: 6, username: 'secretary8', role: 'cell_secretary', unit: 8, memberId: 10 },
] as const;

let passwordHash: Promise<string> | null = null;

export async function loadFixture(db: Db): Promise<void> {
  passwordHash ??= hash(PASSWORD);
  const pw = await passwordHash;
  await db.transaction().execute(async (trx) => {
    for (const u of UNITS) {
      await trx
        .insertInto('org_unit')
        .values({ id: u.id, code: u.code, name: u.name, kind: u.kind, parent_id: u.parent, path: u.path, founded_on: FOUNDED })
        .execute();
      await trx
        .insertInto('org_unit_version')
        .values({ unit_id: u.id, name: u.name, kind: u.kind, parent_id: u.parent, path: u.path, valid_from: FOUNDED })
        .execute();
    }
    for (const m of MEMBERS) {
      const name = normalizeFullName(m.name);
      await trx
        .insertInto('member')
        .values({
          id: m.id,
          full_name: name,
          search_name: searchName(name),
          sort_key: sortKey(name),
          gender: m.gender,
          birth_date: m.birth,
          ethnicity: 'Kinh',
          hometown: 'xã Yên Khánh, huyện Ý Yên, tỉnh Nam Định',
          residence: 'thôn Đông, xã A1',
          citizen_id: `0361${String(m.id).padStart(8, '0')}`,
          party_card_no: `9300${String(m.id).padStart(4, '0')}`,
          admitted_on: '2010-05-19',
          official_on: '2011-05-19',
          education: '12/12',
          theory_level: 'Sơ cấp',
          status: (m.status ?? 'official') as never,
          unit_id: m.unit,
          phone: '0912345678',
        })
        .execute();
      await trx.insertInto('member_cell_period').values({ member_id: m.id, unit_id: m.unit, valid_from: FOUNDED }).execute();
      await trx
        .insertInto('member_event')
        .values({ member_id: m.id, occurred_on: '2010-05-19', kind: 'admitted', details: '{}' })
        .execute();
    }
    for (const u of USERS) {
      await trx
        .insertInto('app_user')
        .values({ id: u.id, username: u.username, password_hash: pw, display_name: `Người dùng ${u.username}`, member_id: u.memberId })
        .execute();
      await trx
        .insertInto('role_grant')
        .values({ id: u.id, user_id: u.id, role: u.role, unit_id: u.unit, valid_from: '2025-01-01' })
        .execute();
    }
    for (const [id, unit, member] of [
      [1, 5, 1],
      [2, 8, 10],
    ] as const) {
      await trx.insertInto('committee_term').values({ id, unit_id: unit, label: 'Nhiệm kỳ 2025–2030', starts_on: '2025-06-01' }).execute();
      await trx
        .insertInto('committee_seat')
        .values({ id, term_id: id, member_id: member, position: 'secretary', from_date: '2025-06-01' })
        .execute();
    }
    for (const t of ['org_unit', 'member', 'app_user', 'committee_term', 'committee_seat', 'role_grant']) {
      await sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), (SELECT max(id) FROM ${sql.table(t)}))`.execute(trx);
    }
  });
}
