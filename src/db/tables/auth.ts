// Tables of account security (migration 0014): recovery codes, the second login step, login throttling.
import type { Generated } from 'kysely';

export interface TotpRecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: Date | null;
}
export interface LoginChallengeTable {
  token_hash: string;
  user_id: number;
  address: string;
  attempts: Generated<number>;
  expires_at: Date;
}
export interface LoginThrottleTable {
  username: string;
  address: string;
  failures: number;
  blocked_until: Date;
  updated_at: Generated<Date>;
}

export interface AuthTables {
  totp_recovery_code: TotpRecoveryCodeTable;
  login_challenge: LoginChallengeTable;
  login_throttle: LoginThrottleTable;
}
