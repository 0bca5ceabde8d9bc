import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { RecordIssue } from './record-error.js';

/** The kinds of record a data directory holds, each read from its own files. */
export type RecordKind = 'sources' | 'documents' | 'places' | 'actors' | 'incidents' | 'agreements' | 'meetings' | 'preconditions';

/** One parsed YAML file: its records, and a way back from a field to its line. */
export type DataFile = {
  kind: RecordKind;
  /** Path shown in messages, relative to the data directory's parent. */
  name: string;
  records: unknown[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

function yamlFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry)) files.push(path);
  }
  return files;
}

function kindOf(dataDir: string, path: string): RecordKind | undefined {
  const rel = relative(dataDir, path).split(/[\\/]/);
  if (rel.length === 1) {
    if (/^sources\.ya?ml$/.test(rel[0])) return 'sources';
    if (/^documents\.ya?ml$/.test(rel[0])) return 'documents';
    return undefined;
  }
  const [folder, file] = [rel[0], rel[rel.length - 1]];
  if (folder === 'places' || folder === 'actors' || folder === 'incidents') return folder;
  if (folder === 'peace') {
    for (const kind of ['agreements', 'meetings', 'preconditions'] as const) if (file.startsWith(kind)) return kind;
  }
  return undefined;
}

function lineLocator(doc: YamlDocument, counter: LineCounter) {
  return (path: readonly PropertyKey[]) => {
    // Walk up from the field to the nearest node that exists (a missing field points at its record).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Reads every YAML file of a data directory. Files it cannot place, or cannot parse,
 * are reported as issues with their line, never skipped in silence.
 */
export function readDataFiles(dataDir: string): { files: DataFile[]; issues: RecordIssue[] } {
  const files: DataFile[] = [];
  const issues: RecordIssue[] = [];
  const shown = (path: string) => relative(join(dataDir, '..'), path);
  for (const path of yamlFiles(dataDir)) {
    const kind = kindOf(dataDir, path);
    if (!kind) {
      issues.push({
        file: shown(path),
        message: 'not a known data file: use sources.yaml, documents.yaml, places/, actors/, incidents/, or peace/agreements*, peace/meetings*, peace/preconditions*',
      });
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
      for (const error of doc.errors) {
        issues.push({ file: shown(path), line: counter.linePos(error.pos[0]).line, message: `YAML syntax: ${error.message.split('\n')[0]}` });
      }
      continue;
    }
    const records = doc.toJS() ?? [];
    if (!Array.isArray(records)) {
      issues.push({ file: shown(path), line: 1, message: 'a data file must be a YAML list of records ("- id: ...")' });
      continue;
    }
    files.push({ kind, name: shown(path), records, lineOf: lineLocator(doc, counter) });
  }
  return { files, issues };
}
