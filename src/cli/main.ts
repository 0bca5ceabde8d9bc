import { Command, CommanderError } from 'commander';
import { RecordError } from '../record/record-error.js';
import { registerAudit } from './audit.js';
import { registerCheck } from './check.js';
import { registerExport } from './export.js';
import { registerDocuments } from './documents.js';
import { registerExtract } from './extract.js';
import { registerFeed } from './feed.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerInit } from './init.js';
import { registerList } from './list.js';
import { registerReconcile } from './reconcile.js';
import { registerReview } from './review.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerToken } from './token.js';
import { registerUser } from './user.js';
import { registerWatch } from './watch.js';
import { UserError } from './user-error.js';

/** Builds the `truce` program; each command lives in its own file. */
export function buildProgram(): Command {
  const program = new Command('truce')
    .description('Truce: a sourced, reviewable record of an armed conflict, built from the reports about it.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run "truce --help" for the commands, or "truce <command> --help")');
  registerInit(program);
  registerList(program);
  registerShow(program);
  registerSearch(program);
  registerExport(program);
  registerServe(program);
  registerExtract(program);
  registerIngest(program);
  registerImport(program);
  registerDocuments(program);
  registerFeed(program);
  registerWatch(program);
  registerReconcile(program);
  registerReview(program);
  registerUser(program);
  registerToken(program);
  registerAudit(program);
  registerCheck(program);
  return program;
}

/**
 * Runs the CLI and returns its exit code. Expected failures print one line to stderr;
 * only programmer errors print a stack.
 * @example process.exitCode = await main(['list', '--place', 'Tovuz']);
 */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RecordError) {
      process.stderr.write(`truce: ${error.message}\nFix the data files named above, then run the command again; nothing was written.\n`);
      return 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`truce: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
