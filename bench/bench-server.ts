import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { writeBenchRecord } from './api-record.js';

// What the API and web benchmarks share: a generated record of a given size in a SQLite file,
// and `truce serve` on it as a child process, so the server's thread is not the benchmark's.

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * A record of `incidents` generated incidents (see api-record.ts): in a temp file removed by
 * `cleanup`, or at `kept` (an environment variable's path), reused when it is big enough.
 */
export async function prepareBenchDatabase(incidents: number, kept: string | undefined, prefix: string): Promise<{ path: string; cleanup: () => void }> {
  const dir = kept ? undefined : mkdtempSync(join(tmpdir(), prefix));
  const path = kept ?? join(dir!, 'bench.db');
  const cleanup = () => dir && rmSync(dir, { recursive: true, force: true });
  const store = await SqliteStore.open(path);
  const have = existsSync(path) ? (await store.counts()).incidents : 0;
  if (have >= incidents) {
    log(`reusing ${path}: ${have} incidents`);
  } else {
    log(`generating ${incidents} incidents into ${path}`);
    await writeBenchRecord(store, loadRecordDir(), incidents, log);
  }
  await store.close();
  return { path, cleanup };
}

/** `truce serve` on the file, on a free port; resolves with its base URL. */
export function startBenchServer(db: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['bin/truce.js', 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, TRUCE_DB: db },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/[^\s/]+:(\d+)\//.exec(out);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, child, stop });
    });
    child.once('exit', (code) => reject(new Error(`truce serve exited with ${code}: ${out}`)));
  });
}
