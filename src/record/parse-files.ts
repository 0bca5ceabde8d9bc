import type { z } from 'zod';
import { type DataFile, type RecordKind } from './data-files.js';
import {
  ActorFile,
  AgreementFile,
  DocumentFile,
  IncidentFile,
  MeetingFile,
  PlaceFile,
  PreconditionFile,
  SourceFile,
} from './file-schemas.js';
import { fieldPath, type RecordIssue } from './record-error.js';

const SCHEMAS = {
  sources: SourceFile,
  documents: DocumentFile,
  places: PlaceFile,
  actors: ActorFile,
  incidents: IncidentFile,
  agreements: AgreementFile,
  meetings: MeetingFile,
  preconditions: PreconditionFile,
} satisfies Record<RecordKind, z.ZodTypeAny>;

type Schemas = typeof SCHEMAS;

/** A record that passed its file schema, with where it came from. */
export type Parsed<K extends RecordKind> = {
  value: z.infer<Schemas[K]>;
  file: DataFile;
  index: number;
};

export type ParsedFiles = { [K in RecordKind]: Parsed<K>[] };

/** Validates every record against its file's schema; each failure becomes an issue with file, line and field. */
export function parseFiles(files: DataFile[], issues: RecordIssue[]): ParsedFiles {
  const parsed = Object.fromEntries(Object.keys(SCHEMAS).map((k) => [k, []])) as unknown as ParsedFiles;
  for (const file of files) {
    const schema = SCHEMAS[file.kind] as z.ZodTypeAny;
    file.records.forEach((raw, index) => {
      const result = schema.safeParse(raw, {
        error: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'is required but missing' : undefined),
      });
      const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${index + 1}`;
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({
            file: file.name,
            line: file.lineOf([index, ...issue.path]),
            record: id,
            field: fieldPath(issue.path) || undefined,
            message: issue.code === 'unrecognized_keys' ? `${issue.message}: a misspelt field? docs/data-format.md lists the fields` : issue.message,
          });
        }
        return;
      }
      (parsed[file.kind] as { value: unknown; file: DataFile; index: number }[]).push({ value: result.data, file, index });
    });
  }
  return parsed;
}

/** Reports ids used twice within one namespace, naming both places. */
export function checkUniqueIds(records: Parsed<RecordKind>[], what: string, issues: RecordIssue[]): void {
  const seen = new Map<string, Parsed<RecordKind>>();
  for (const record of records) {
    const id = (record.value as { id: string }).id;
    const first = seen.get(id);
    if (first) {
      issues.push({
        file: record.file.name,
        line: record.file.lineOf([record.index, 'id']),
        record: id,
        field: 'id',
        message: `${what} id "${id}" is already used in ${first.file.name}:${first.file.lineOf([first.index, 'id']) ?? '?'}`,
      });
    } else seen.set(id, record);
  }
}
