import { spawnSync } from 'node:child_process';
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
