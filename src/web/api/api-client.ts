/** One error shape for every failed call: the API's own (status, code, message, field) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The query parameter or body field at fault, when the API names one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Query values: arrays repeat the parameter (?side=AM&side=AZ); empty values are left out. */
export type QueryValues = Record<string, string | number | string[] | undefined | null>;

export function apiUrl(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== '') params.append(key, String(v));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** The CSRF token of this browser's session: writes echo it (set at sign-in or when the session is read). */
let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(res.status, 'bad_answer', `the server answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const e = (body as { error?: { status: number; code: string; message: string; field?: string } })?.error;
    throw new ApiError(res.status, e?.code ?? 'error', e?.message ?? `the server answered ${res.status}`, e?.field);
  }
  return body as T;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'network', 'the Truce server cannot be reached; is `truce serve` running?');
  }
}

/** GET /api/v1{path}?{query}. */
export async function apiGet<T>(path: string, query?: QueryValues, signal?: AbortSignal): Promise<T> {
  return parse<T>(await send(apiUrl(path, query), { signal, headers: { accept: 'application/json' } }));
}

/** A write: JSON in (or a FormData upload), JSON out, with the session's CSRF token. */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return parse<T>(await send(apiUrl(path), { method, headers, body: payload }));
}

/** Claim ids contain "/": the API takes them percent-encoded in a path. */
export const pathId = (id: string) => encodeURIComponent(id);
