import type { Context } from 'hono';
import { z } from 'zod';
import type { Role } from '../accounts/roles.js';
import type { User } from '../storage/account-store.js';
import type { AuditInput } from '../audit/chain.js';
import type { Store } from '../storage/store.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route: anyone ('public'); anyone while reads are public, else any signed-in
 * user ('read'); or a signed-in user holding at least this role.
 */
export type Access = 'public' | 'read' | Role;

/** Who is calling, and how they proved it. Cookie sessions also carry the CSRF token writes must echo. */
export type Caller = { user: User; via: 'token' } | { user: User; via: 'session'; csrf_token: string; session_hash: string };

/** What a handler is given. On a write, `store` is bound to the write's transaction. */
export type ApiContext<Q = Record<string, never>, B = undefined> = {
  c: Context;
  params: Record<string, string>;
  query: Q;
  body: B;
  caller: Caller | undefined;
  store: Store;
  /** Records the write in the audit log, in the same transaction; every write route calls it at least once. */
  audit(entry: Omit<AuditInput, 'actor'>): Promise<void>;
};

/**
 * One API operation: its schemas validate requests and also write its part of the OpenAPI
 * document, so the two cannot drift apart.
 */
export type ApiRoute<Q = any, B = any, P = any> = {
  method: Method;
  /** Relative to /api/v1, in OpenAPI's style: '/incidents/{id}'. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  /** Query parameters; unknown ones are refused. Use `many()` for repeatable ones. */
  query?: z.ZodType<Q>;
  /** A JSON body (unknown fields refused: use z.strictObject), or 'upload' for a multipart form. */
  body?: z.ZodType<B> | 'upload';
  /** Success status; 201 for creations. */
  status?: 200 | 201 | 202 | 204;
  /** Other success statuses the route may answer, with what each means (OpenAPI lists them). */
  alsoAnswers?: Record<number, string>;
  /** Documents the success body. */
  response?: z.ZodType;
  /** Statuses this route answers besides the ones every route of its kind can (404, 409...). */
  errors?: number[];
  /** Writes run in a transaction, are rate-limited and must leave an audit entry. */
  write?: boolean;
  /** Largest body, in bytes (default 1 MB). */
  maxBytes?: number;
  /** Work done before the write's transaction opens (fetching, extracting), handed to `handler` as `prepared`. */
  prepare?: (ctx: ApiContext<Q, B>) => Promise<P>;
  handler(ctx: ApiContext<Q, B> & { prepared: P }): Promise<unknown>;
};

/** Declares a route with its query and body types inferred from its schemas. */
export function route<Q = Record<string, never>, B = undefined, P = undefined>(r: ApiRoute<Q, B, P>): ApiRoute {
  return r as ApiRoute;
}

/** A query parameter that may repeat (?type=a&type=b) or list values with commas (?type=a,b). */
export const many = () =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .optional();

/** A whole-number query parameter in a range. */
export const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();
