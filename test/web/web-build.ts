import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Debian's chromium, or the browser CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`web tests skipped: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

/** Builds the web app from the current source into a temp dir (a second or two); the caller removes it. */
export async function buildWebApp(): Promise<string> {
  // Not the tests' tempDir: this also runs in vitest's global setup, outside any test file.
  const outDir = join(mkdtempSync(join(tmpdir(), 'truce-web-')), 'web');
  // Vitest sets NODE_ENV=test, which would give React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../../src/web/vite.config.ts', import.meta.url)),
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

