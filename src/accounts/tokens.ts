import { createHash, randomBytes } from 'node:crypto';

/**
 * A new secret for an API token (`trc_...`) or a session id (`sess_...`): 32 random bytes in
 * base64url after the prefix. Only `hash` is stored; the secret is shown once and then lost.
 * @example const { secret, hash } = newSecret('trc');
 */
export function newSecret(prefix: 'trc' | 'sess'): { secret: string; hash: string } {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

/**
 * The stored form of a token or session id: sha256, hex. The secret carries 256 random bits,
 * so a fast hash is enough (no salt or stretching as for passwords).
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
