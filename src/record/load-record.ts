import { fileURLToPath } from 'node:url';
import type { ConflictRecord } from '../domain/index.js';
import { buildRecord } from './build-record.js';
import { readDataFiles } from './data-files.js';
import { checkUniqueIds, parseFiles } from './parse-files.js';
import { RecordError, type RecordIssue } from './record-error.js';

/** The built-in record shipped in the repository's data/ folder. */
export const BUILT_IN_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * Reads, validates and resolves a whole data directory. Either the complete record comes
 * back, or a RecordError listing every problem with its file, line and field.
 * @example const record = loadRecordDir(BUILT_IN_DATA_DIR);
 */
export function loadRecordDir(dataDir: string = BUILT_IN_DATA_DIR): ConflictRecord {
  const { files, issues } = readDataFiles(dataDir);
  if (files.length === 0 && issues.length === 0) {
    throw new RecordError([{ file: dataDir, message: 'no data files here (expected sources.yaml, documents.yaml, places/, actors/, incidents/, peace/)' }]);
  }
  const parsed = parseFiles(files, issues);
  checkUniqueIds(parsed.sources, 'source', issues);
  checkUniqueIds(parsed.documents, 'document', issues);
  checkUniqueIds(parsed.places, 'place', issues);
  checkUniqueIds(parsed.actors, 'actor', issues);
  // Agreements, meetings and preconditions share the incidents' timeline, so their ids must not collide.
  checkUniqueIds([...parsed.incidents, ...parsed.agreements, ...parsed.meetings, ...parsed.preconditions], 'timeline', issues);
  const record = buildRecord(parsed, issues);
  if (issues.length) throw new RecordError(dedupe(issues));
  return record;
}

function dedupe(issues: RecordIssue[]): RecordIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify(i);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
