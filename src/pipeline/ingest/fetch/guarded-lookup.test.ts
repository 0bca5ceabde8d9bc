import { describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { FetchError } from './fetch-types.js';
import { guardedLookup } from './guarded-lookup.js';

const url = new URL('http://localhost:8080/feed');
const run = (isAllowed: (ip: string) => boolean, all: boolean) =>
  new Promise<{ err: unknown; address: string | LookupAddress[]; family?: number }>((resolve) =>
    guardedLookup(url, isAllowed)('localhost', { all, family: 4 }, (err, address, family) => resolve({ err, address, family })),
  );

describe('guardedLookup', () => {
  it.each([true, false])('refuses a name whose addresses are all refused (all: %s)', async (all) => {
    const { err } = await run(() => false, all);
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ code: 'private_address', message: expect.stringContaining('http://localhost:8080/feed resolves to 127.0.0.1') });
  });

  it('answers in the shape asked for when the address is allowed', async () => {
    expect(await run(() => true, true)).toMatchObject({ err: null, address: [{ address: '127.0.0.1', family: 4 }] });
    expect(await run(() => true, false)).toMatchObject({ err: null, address: '127.0.0.1', family: 4 });
  });
});
