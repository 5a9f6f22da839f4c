// The password rule (OWASP ASVS 4.0 level 2, V2.1): at least 12 characters, at most 128, any characters
// (spaces and Vietnamese letters included, no composition rules), not a common password, and not
// built on the username. Answers the first problem found, as an error code of the catalogs.
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_common' | 'password_has_username';

/** Unicode normalised (NFC), as ASVS asks, so the same typed text always hashes the same. */
export const normalizePassword = (password: string) => password.normalize('NFC');

export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const p = normalizePassword(password);
  const length = [...p].length;
  if (length < PASSWORD_MIN) return 'password_too_short';
  if (length > PASSWORD_MAX) return 'password_too_long';
  const lower = p.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.trim())) return 'password_common';
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'password_has_username';
  return null;
}
