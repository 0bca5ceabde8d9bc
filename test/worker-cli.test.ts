import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// `truce worker` does its work in a process of its own (src/queue/worker-process.ts); what keeps it
// from starting must still reach the user as the CLI's one-line errors, with their exit codes.
// The PostgreSQL runs (four workers, SIGKILL, a restart) are in worker-reliability.test.ts.
describe('truce worker, refusing to start', () => {
  it('on a SQLite record: says the queue needs PostgreSQL, exit 2', () => {
    const result = runCli(['worker'], 'truce.db');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the job queue lives on PostgreSQL: set TRUCE_DB to a postgres:\/\/ URL/);
  });

  it('with a server that does not answer: names the server without its password, exit 1', () => {
    const result = runCli(['worker'], 'postgres://truce:secret@127.0.0.1:1/truce');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(result.stderr).toMatch(/Check TRUCE_DB and that the server is running/);
    expect(result.stderr).not.toMatch(/secret/);
    expect(result.stdout).not.toMatch(/taking jobs/);
  });

  it('with a bad flag: names it, exit 2, before the working process starts', () => {
    const result = runCli(['worker', '--batch', '0'], 'postgres://127.0.0.1:1/truce');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--batch 0 is not a whole number of at least 1/);
  });
});
