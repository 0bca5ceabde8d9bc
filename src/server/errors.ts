import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the API answers with; `code` is stable for clients to test against. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new HttpError(404, 'not_found', `no ${what} has the id "${id}"`);
export const badRequest = (message: string, field?: string) => new HttpError(400, 'invalid_parameter', message, field);

/** The one error shape every API error has: {"error": {"status", "code", "message", "field"?}}. */
export function errorBody(status: number, code: string, message: string, field?: string) {
  return { error: { status, code, message, ...(field ? { field } : {}) } };
}

export function respondError(c: Context, error: unknown) {
  if (error instanceof HttpError) return c.json(errorBody(error.status, error.code, error.message, error.field), error.status);
  console.error(error);
  return c.json(errorBody(500, 'internal_error', 'the server failed to answer; the error is in its log'), 500);
}
