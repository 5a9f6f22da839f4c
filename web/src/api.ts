import type { ApiAnswers } from './api-answers.gen';
// Fetch wrapper for /api: same-origin cookies, JSON, the CSRF token on writes, the UI language in
// Accept-Language (so server errors come back in it), and ApiError carrying the server's field errors.
export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
    /** The server's `details` as sent, when it is not a list of field errors (e.g. the rule engine's reasons). */
    readonly raw: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound() {
    return this.status === 404;
  }

  get isConflict() {
    return this.status === 409;
  }
}

let csrfToken: string | null = null;
let language = 'vi';
let onUnauthenticated: () => void = () => {};

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
export const setApiLanguage = (lang: string) => {
  language = lang;
};
/** Called on any 401 (session expired, logged out elsewhere): the app goes to /login. */
export const setUnauthenticatedHandler = (fn: () => void) => {
  onUnauthenticated = fn;
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) params.append(k, String(x));
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: { silent401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      language === 'en'
        ? 'Cannot reach the server. Check the connection and try again.'
        : 'Không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    );
  }
  const text = await res.text();
  const data = text ? safeJson(text) : null;
  if (res.ok) return data as T;
  const err = (data ?? {}) as { code?: string; message?: string; details?: unknown };
  const details = Array.isArray(err.details) ? (err.details as FieldError[]).filter((d) => d && typeof d.field === 'string') : [];
  if (res.status === 401 && !opts.silent401) onUnauthenticated();
  throw new ApiError(res.status, err.code ?? 'http_' + res.status, err.message ?? res.statusText, details, err.details ?? null);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/**
 * The answer of a route, as the server declares it (generated from the OpenAPI document into api-answers.gen.ts):
 * `Answer<'GET /api/members'>`. Prefer it to a hand-written type.
 */
export type Answer<K extends keyof ApiAnswers> = ApiAnswers[K];

/**
 * Sends a file as the raw request body (the API takes no multipart), with the session's CSRF token and the UI
 * language, like every write. The error keeps the server's `details` as sent (a file's row messages).
 */
export async function uploadFile<T>(path: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/octet-stream',
    'Accept-Language': language,
    Accept: 'application/json',
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method: 'POST', credentials: 'same-origin', body: file, headers });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.code ?? `http_${res.status}`, data.message ?? res.statusText, data.details ?? []);
  return data as T;
}
