import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 8;

// scrypt's cost: N = 2^15 takes about 50 ms and 32 MB, so guessing offline is slow. `maxmem`
// must be raised above Node's 32 MB default for it (128 * N * r bytes, plus a margin).
const COST = { N: 32768, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** A password the rules refuse (too short); its message says what is wrong. */
export class PasswordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordError';
  }
}

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }, length: number): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/**
 * Hashes a password for storage as `scrypt$N$r$p$salt$hash` (salt and hash in base64url),
 * with a fresh random salt each time. Throws PasswordError for a password that is too short.
 * @example const stored = await hashPassword('correct horse battery');
 */
export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new PasswordError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  const salt = randomBytes(16);
  const hash = await derive(password, salt, COST, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; false for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Costs come from the stored string, so hashes made with older costs still verify; bounds keep
  // a tampered string from asking for gigabytes.
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (!salt.length || expected.length < 16) return false;
  const actual = await derive(password, salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}
