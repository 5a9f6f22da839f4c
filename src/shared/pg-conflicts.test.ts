import { describe, expect, it } from 'vitest';
import { pgConflict } from './pg-conflicts.js';

describe('foreign key violations', () => {
  it('a write naming a missing record answers like any unknown id; removing a record in use is a conflict', () => {
    const missing = pgConflict({
      code: '23503',
      constraint: 'app_user_member_id_fkey',
      detail: 'Key (member_id)=(999999) is not present in table "member".',
    });
    expect(missing).toMatchObject({ code: 'not_found', status: 404 });
    expect(missing!.messageIn('vi')).not.toContain('999999');
    const inUse = pgConflict({ code: '23503', constraint: 'x_fkey', detail: 'Key (id)=(5) is still referenced from table "member".' });
    expect(inUse).toMatchObject({ code: 'conflict_in_use', status: 409 });
    expect(inUse!.messageIn('en')).toBe('This record is still used elsewhere, so it cannot be removed.');
  });
});
