// The five demo accounts, one per role. Passwords are hashed with argon2 (slow on purpose), so only
// these few rows are written one by one.
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import type { Role } from '../db/schema.js';
import type { DemoPicks } from './plan.js';

export const DEMO_PASSWORD = 'Demo@2026-Grassroots';
const GRANTS_FROM = '2025-01-01';

export interface DemoUser {
  role: Role;
  username: string;
  password: string;
  displayName: string;
  unitId: number;
  unitName: string;
  /** The grant starts then (or when the unit was founded, if later). */
  since: string;
  memberId?: number;
}

/** The demo accounts in their fixed order: admin, vanphong, bithu, dangvien, giamsat. */
export function demoUsers(p: DemoPicks): DemoUser[] {
  const user = (
    role: Role,
    username: string,
    displayName: string,
    unit: { id: number; name: string; foundedOn: string },
    memberId?: number,
  ): DemoUser => ({
    role,
    username,
    password: DEMO_PASSWORD,
    displayName,
    unitId: unit.id,
    unitName: unit.name,
    since: unit.foundedOn > GRANTS_FROM ? unit.foundedOn : GRANTS_FROM,
    ...(memberId === undefined ? {} : { memberId }),
  });
  return [
    user('province_admin', 'admin', 'Quản trị Ban Tổ chức Tỉnh ủy', p.root),
    user('committee_office', 'vanphong', `Văn phòng ${p.office.name}`, p.office),
    user('cell_secretary', 'bithu', p.secretary.fullName, p.cell, p.secretary.id),
    user('member', 'dangvien', p.member.fullName, p.cell, p.member.id),
    user('observer', 'giamsat', `Tổ công tác theo dõi ${p.observed.name}`, p.observed),
  ];
}

/** Inserts the accounts and their role grants; returns them in order. */
export async function insertDemoUsers(client: pg.PoolClient, picks: DemoPicks): Promise<DemoUser[]> {
  const users = demoUsers(picks);
  const hashes = await Promise.all(users.map((u) => hash(u.password)));
  for (const [i, u] of users.entries()) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO app_user (username, password_hash, display_name, member_id, locale)
       VALUES ($1, $2, $3, $4, 'vi') RETURNING id`,
      [u.username, hashes[i], u.displayName, u.memberId ?? null],
    );
    await client.query('INSERT INTO role_grant (user_id, role, unit_id, valid_from, valid_to) VALUES ($1, $2, $3, $4, NULL)', [
      rows[0]!.id,
      u.role,
      u.unitId,
      u.since,
    ]);
  }
  return users;
}
