import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, PasswordError, verifyPassword } from './passwords.js';
import { hasRole, Role, ROLES } from './roles.js';

describe('passwords', () => {
  it('hashes with scrypt and a fresh salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horse', b)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('refuses a password shorter than 8 characters, saying so', async () => {
    await expect(hashPassword('seven77')).rejects.toThrow(PasswordError);
    await expect(hashPassword('seven77')).rejects.toThrow('the password must be at least 8 characters long');
    await expect(hashPassword('eight888')).resolves.toMatch(/^scrypt\$/);
  });

  it('answers false, without throwing, for stored strings that are not its own', async () => {
    const good = await hashPassword('correct horse');
    const parts = good.split('$');
    for (const bad of ['', 'plain', 'bcrypt$2b$10$abc', [...parts.slice(0, 1), '1000', ...parts.slice(2)].join('$'), [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)].join('$'), parts.slice(0, 5).join('$') + '$']) {
      expect(await verifyPassword('correct horse', bad)).toBe(false);
    }
  });

  it('verifies a hash made with another cost, as an older one might carry', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('correct horse', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsE', stored)).toBe(false);
  });
});

describe('roles', () => {
  it('orders viewer < analyst < reviewer < admin', () => {
    expect(ROLES).toEqual(['viewer', 'analyst', 'reviewer', 'admin']);
    expect(hasRole('admin', 'reviewer')).toBe(true);
    expect(hasRole('reviewer', 'reviewer')).toBe(true);
    expect(hasRole('analyst', 'reviewer')).toBe(false);
    expect(hasRole('viewer', 'analyst')).toBe(false);
    expect(Role.safeParse('owner').success).toBe(false);
  });
});
