import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestItem, ItemOutcome } from './ingest-types.js';

/**
 * Turns what the user typed into items: "-" is standard input, http(s) addresses are URLs,
 * folders are walked (recursively, in name order, hidden files and folders left out), and
 * anything else must be a file. What cannot be found becomes a failed outcome, not a throw.
 */
export function collectInputs(args: string[]): { items: IngestItem[]; failures: ItemOutcome[] } {
  const items: IngestItem[] = [];
  const failures: ItemOutcome[] = [];
  for (const arg of args) {
    if (arg === '-') items.push({ kind: 'stdin', location: '-' });
    else if (/^https?:\/\//i.test(arg)) items.push({ kind: 'url', location: arg });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) failures.push({ item: arg, status: 'failed', error: `${arg} is not a file, and only http:// and https:// addresses can be fetched` });
    else walk(arg, items, failures);
  }
  return { items, failures };
}

function walk(path: string, items: IngestItem[], failures: ItemOutcome[]): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failures.push({ item: path, status: 'failed', error: code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: cannot be read (${code})` });
    return;
  }
  if (stat.isFile()) {
    items.push({ kind: 'file', location: path });
    return;
  }
  if (!stat.isDirectory()) {
    failures.push({ item: path, status: 'failed', error: `${path} is neither a file nor a folder` });
    return;
  }
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch (error) {
    failures.push({ item: path, status: 'failed', error: `${path}: the folder cannot be read (${(error as NodeJS.ErrnoException).code})` });
    return;
  }
  for (const name of names) if (!name.startsWith('.')) walk(join(path, name), items, failures);
}
