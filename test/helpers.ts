import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The invented two-party record the tests load (test/fixtures/mini-record). */
export const MINI_RECORD = fileURLToPath(new URL('./fixtures/mini-record', import.meta.url));

/** A temporary directory removed when the test file ends. */
export function tempDir(prefix = 'truce-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the mini record that a test may break. */
export function copyOfMiniRecord(): string {
  const dir = join(tempDir(), 'data');
  cpSync(MINI_RECORD, dir, { recursive: true });
  return dir;
}
