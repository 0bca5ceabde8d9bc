import { Command, CommanderError } from 'commander';
import { RecordError } from '../record/record-error.js';
import { StoreUnavailableError } from '../storage/store-unavailable-error.js';
import { UserError } from './user-error.js';

type Register = (program: Command) => void;

/**
 * Every command, in the order help lists them, each in its own file. A file is loaded only
 * when its command runs (or for the full help): between them they bring in the extraction
 * pipeline, PDF and HTML readers, the server and the dataset formats, and compiling all of
 * that would cost every command a second or two before it starts.
 */
const COMMANDS: [name: string, load: () => Promise<Register>][] = [
  ['init', async () => (await import('./init.js')).registerInit],
  ['list', async () => (await import('./list.js')).registerList],
  ['show', async () => (await import('./show.js')).registerShow],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['export', async () => (await import('./export.js')).registerExport],
  ['serve', async () => (await import('./serve.js')).registerServe],
  ['extract', async () => (await import('./extract.js')).registerExtract],
  ['ingest', async () => (await import('./ingest.js')).registerIngest],
  ['import', async () => (await import('./import.js')).registerImport],
  ['documents', async () => (await import('./documents.js')).registerDocuments],
  ['feed', async () => (await import('./feed.js')).registerFeed],
  ['watch', async () => (await import('./watch.js')).registerWatch],
  ['worker', async () => (await import('./worker.js')).registerWorker],
  ['jobs', async () => (await import('./jobs.js')).registerJobs],
  ['reconcile', async () => (await import('./reconcile.js')).registerReconcile],
  ['review', async () => (await import('./review.js')).registerReview],
  ['user', async () => (await import('./user.js')).registerUser],
  ['token', async () => (await import('./token.js')).registerToken],
  ['audit', async () => (await import('./audit.js')).registerAudit],
  ['check', async () => (await import('./check.js')).registerCheck],
  ['db', async () => (await import('./db.js')).registerDb],
];

/** Builds the `truce` program with the command `argv` names, or with every command (help, a mistyped name). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('truce')
    .description('Truce: a sourced, reviewable record of an armed conflict, built from the reports about it.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run "truce --help" for the commands, or "truce <command> --help")');
  const named = COMMANDS.filter(([name]) => name === argv[0]);
  const wanted = named.length ? named : argv[0] === '--version' || argv[0] === '-V' ? [] : COMMANDS;
  for (const register of await Promise.all(wanted.map(([, load]) => load()))) register(program);
  return program;
}

/**
 * Runs the CLI and returns its exit code. Expected failures print one line to stderr;
 * only programmer errors print a stack.
 * @example process.exitCode = await main(['list', '--place', 'Tovuz']);
 */
export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RecordError) {
      process.stderr.write(`truce: ${error.message}\nFix the data files named above, then run the command again; nothing was written.\n`);
      return 1;
    }
    if (error instanceof StoreUnavailableError) {
      process.stderr.write(`truce: ${error.message}\nCheck TRUCE_DB and that the server is running.\n`);
      return 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`truce: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
