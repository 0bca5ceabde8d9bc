import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebApp, HAVE_CHROMIUM } from './web-build.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** The web app built once for the run's browser tests; null when no browser can run them. */
    webRoot: string | null;
  }
}

/** Vitest's global setup: every browser test file serves the same build rather than building its own. */
export default async function setup(project: TestProject) {
  const webRoot = HAVE_CHROMIUM ? await buildWebApp() : null;
  project.provide('webRoot', webRoot);
  return () => {
    if (webRoot) rmSync(dirname(webRoot), { recursive: true, force: true });
  };
}
