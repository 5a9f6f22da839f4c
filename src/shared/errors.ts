// Errors carry a code and parameters; the sentence is rendered in the user's language (src/i18n).
import { translate, type Locale } from './i18n.js';

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, unknown> = {},
    readonly details: unknown = undefined,
  ) {
    super(translate('vi', `errors.${code}`, params));
    this.name = 'AppError';
  }

  messageIn(locale: Locale): string {
    return translate(locale, `errors.${this.code}`, this.params);
  }
}

export const notFound = (entity: string) => new AppError('not_found', 404, { entity });
export const forbidden = () => new AppError('forbidden', 403);
export const conflict = (code: string, params: Record<string, unknown> = {}) => new AppError(code, 409, params);
export const invalid = (code: string, params: Record<string, unknown> = {}, details?: unknown) => new AppError(code, 400, params, details);
export const staleVersion = () => new AppError('stale_version', 409);
