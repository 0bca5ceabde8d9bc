import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { hasRole } from '../accounts/roles.js';
import { hashSecret } from '../accounts/tokens.js';
import type { Store } from '../storage/store.js';
import type { Access, Caller, Method } from './api-route.js';
import { forbidden, unauthorized } from './errors.js';

export const SESSION_COOKIE = 'truce_session';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Who sent the request: an API token (Authorization: Bearer trc_...) or a session cookie
 * from the sign-in. A token that is wrong is an error, not an anonymous call, so a script
 * with a revoked token hears about it.
 */
export async function resolveCaller(c: Context, store: Store): Promise<Caller | undefined> {
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthorized('the Authorization header must be "Bearer <token>"; create a token with "truce token create"');
    const found = await store.findToken(hashSecret(match[1]));
    if (!found) throw unauthorized('the API token is unknown, revoked, or its user is disabled');
    return { user: found.user, via: 'token' };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return undefined;
  const session_hash = hashSecret(cookie);
  const found = await store.findSession(session_hash);
  // An expired cookie is simply no sign-in: reads still work where they are public.
  if (!found) return undefined;
  return { user: found.user, via: 'session', csrf_token: found.session.csrf_token, session_hash };
}

/** Refuses a call its caller may not make: 401 when a sign-in would help, 403 when the role is too low. */
export function checkAccess(access: Access, caller: Caller | undefined, readsArePublic: boolean): void {
  if (access === 'public' || (access === 'read' && readsArePublic)) return;
  if (!caller) throw unauthorized(access === 'read' ? 'reads on this server are private: sign in or send an API token' : `this needs a signed-in ${access}: sign in or send an API token`);
  if (access !== 'read' && !hasRole(caller.user.role, access)) {
    throw forbidden(`this needs the ${access} role; ${caller.user.name} is a ${caller.user.role}`);
  }
}

/**
 * A browser sends the session cookie with any request, also one a hostile page makes; only
 * our own page can read the CSRF token it got at sign-in and echo it in a header.
 */
export function checkCsrf(method: Method, caller: Caller | undefined, c: Context): void {
  if (method === 'get' || caller?.via !== 'session') return;
  if (c.req.header(CSRF_HEADER) !== caller.csrf_token) {
    throw forbidden(`a signed-in browser's writes must send the ${CSRF_HEADER} header given at sign-in`, 'csrf_failed');
  }
}
