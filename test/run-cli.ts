import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/truce.js', import.meta.url));

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `truce ARGS` as a user would, in its own process, on the database `db`. */
export function runCli(args: string[], db: string, options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, TRUCE_DB: db, ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `truce ARGS` without blocking this process, so a server started by the test can
 * answer the CLI's requests. `onSpawn` gets the child, to signal it mid-run.
 */
export function runCliAsync(
  args: string[],
  db: string,
  options: { env?: NodeJS.ProcessEnv; input?: string; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TRUCE_DB: db, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdin.end(options.input ?? '');
  options.onSpawn?.(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}
