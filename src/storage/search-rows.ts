import type { ConflictRecord } from '../domain/index.js';

/**
 * What the full-text index holds, by table: the words of each row, column by column. Every
 * backend indexes these same texts, so a search finds the same rows on each, and a copy of
 * the record carries them over as they are.
 */
export interface SearchRows {
  /** An incident's title, summary, and its claims' statements and quotes (a line a claim). */
  incidents: { id: string; title: string; summary: string; claims: string }[];
  /** A claim's statement and quote ('' when it has none). */
  claims: { id: string; statement: string; quote: string }[];
  /** A document's title and text ('' for a document cited without its text). */
  documents: { id: string; title: string; text: string }[];
}

/** The index rows of incidents (with their claims, unless `claims` is false) and documents. */
export function searchRowsOf(record: Pick<ConflictRecord, 'incidents' | 'documents'>, options: { claims?: boolean } = {}): SearchRows {
  return {
    incidents: record.incidents.map((i) => ({ id: i.id, title: i.title, summary: i.summary, claims: i.claims.map((c) => [c.statement, c.quote].filter(Boolean).join(' ')).join('\n') })),
    claims: options.claims === false ? [] : record.incidents.flatMap((i) => i.claims.map((c) => ({ id: c.id, statement: c.statement, quote: c.quote ?? '' }))),
    documents: record.documents.map((d) => ({ id: d.id, title: d.title, text: d.text ?? '' })),
  };
}
