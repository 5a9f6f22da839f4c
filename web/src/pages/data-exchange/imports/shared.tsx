// Raw file uploads for the data pages (import, reconciliation) and the reorganization plans.
import { ApiError } from '../../../api';

/** Sends a file as the raw request body (the API takes no multipart), with the session's CSRF token. */
export async function uploadFile<T>(url: string, file: File, csrf: string, language: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrf, 'accept-language': language, accept: 'application/json' },
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.code ?? `http_${res.status}`, data.message ?? res.statusText, data.details ?? []);
  return data as T;
}
