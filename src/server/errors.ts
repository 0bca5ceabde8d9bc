import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PasswordError } from '../accounts/passwords.js';
import { ReviewError } from '../review/review-error.js';
import { DuplicateError } from '../storage/duplicate-error.js';

/** An error the API answers with; `code` is stable for clients to test against. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Extra response headers (Retry-After on 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, 'invalid_parameter', message, field);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string, code = 'forbidden') => new HttpError(403, code, message);
export const notFound = (what: string, id: string) => new HttpError(404, 'not_found', `no ${what} has the id "${id}"`);
export const conflict = (message: string, field?: string) => new HttpError(409, 'conflict', message, field);
export const tooLarge = (limit: number) => new HttpError(413, 'too_large', `the request body is larger than ${limit} bytes, the most this route takes`);
export const invalidBody = (message: string, field?: string) => new HttpError(422, 'invalid_body', message, field);
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', message, undefined, { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });

/** The one error shape every API error has: {"error": {"status", "code", "message", "field"?}}. */
export function errorBody(status: number, code: string, message: string, field?: string) {
  return { error: { status, code, message, ...(field ? { field } : {}) } };
}

/** The API's answer to an error a lower layer raised about the caller's input. */
function asHttpError(error: unknown): unknown {
  if (error instanceof ReviewError) {
    if (error.kind === 'not_found') return new HttpError(404, 'not_found', error.message, error.field);
    if (error.kind === 'conflict') return conflict(error.message, error.field);
    return invalidBody(error.message, error.field);
  }
  if (error instanceof DuplicateError) return conflict(error.message, error.field);
  if (error instanceof PasswordError) return invalidBody(error.message, 'password');
  return error;
}

export function respondError(c: Context, raised: unknown) {
  const error = asHttpError(raised);
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.status, error.code, error.message, error.field), error.status);
  }
  console.error(error);
  return c.json(errorBody(500, 'internal_error', 'the server failed to answer; the error is in its log'), 500);
}
