import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { DateRange, ListedClaim, Page } from '../api/types';

/** A document as GET /documents/{id} gives it: metadata, and its text when it was received. */
export type DocumentDetail = {
  id: string;
  title: string;
  publisher: string;
  publisher_id: string;
  published: DateRange;
  author?: string;
  url?: string;
  language?: string;
  note?: string;
  format?: string;
  text?: string;
  ingest?: { status: string; ingested_at: string; origin?: string; reader?: string; incident_ids?: string[] };
};

/** Where in a document's text one claim was read from (GET /documents/{id}/spans). */
export type DocumentSpan = { claim_id: string; incident_id: string; start: number; end: number; text: string | null };

export const documentKeys = {
  one: (id: string) => ['document', id] as const,
  spans: (id: string) => ['document-spans', id] as const,
  claims: (id: string) => ['claims', { document: id }] as const,
};

/** One document, with its text. */
export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.one(id),
    queryFn: ({ signal }) => apiGet<DocumentDetail>(`/documents/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** The passages claims were read from. */
export function useDocumentSpans(id: string) {
  return useQuery({
    queryKey: documentKeys.spans(id),
    queryFn: ({ signal }) => apiGet<{ items: DocumentSpan[] }>(`/documents/${encodeURIComponent(id)}/spans`, undefined, signal).then((r) => r.items),
  });
}

/** Every claim citing the document (all pages: a document rarely has more than a few dozen). */
export function useDocumentClaims(id: string) {
  return useQuery({
    queryKey: documentKeys.claims(id),
    queryFn: async ({ signal }) => {
      const claims: ListedClaim[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<ListedClaim> = await apiGet<Page<ListedClaim>>('/claims', { document: id, limit: 1000, cursor }, signal);
        claims.push(...page.items);
        cursor = page.next_cursor;
      } while (cursor);
      return claims;
    },
  });
}
