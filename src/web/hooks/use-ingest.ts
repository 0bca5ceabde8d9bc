import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../api/api-client';
import type { DateRange, ListedClaim, Page } from '../api/types';

/** What the reader gives besides the document itself; each is optional (the document's own wins, else today's date and its site). */
export type IngestMetadata = { title?: string; publisher?: string; published?: string };

/** One document to add: a web address, pasted text, or a file. */
export type IngestInput =
  | ({ kind: 'url'; url: string } & IngestMetadata)
  | ({ kind: 'text'; text: string; format: 'text' | 'markdown' | 'html' } & IngestMetadata)
  | ({ kind: 'file'; file: File } & IngestMetadata);

/** POST /documents's answer: new (201) or already stored (200, status duplicate). */
export type IngestAnswer = {
  status: 'new' | 'duplicate' | string;
  document_id: string;
  incidents: number;
  claims: number;
  span?: { from: string; to: string };
  document: { id: string; title: string; publisher_id: string; published: DateRange; ingest?: { incident_ids?: string[] } } | null;
  reconciled: { incidents: number; corroborated: number; both_sides_confirm: number; disputed: number } | null;
};

function metadata(m: IngestMetadata): IngestMetadata {
  const out: IngestMetadata = {};
  for (const k of ['title', 'publisher', 'published'] as const) if (m[k]?.trim()) out[k] = m[k]!.trim();
  return out;
}

/** Adds one document; reads of the record are refreshed afterwards, as new incidents may have joined it. */
export function useIngest() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: IngestInput) => {
      const meta = metadata(input);
      if (input.kind === 'file') {
        const form = new FormData();
        form.append('file', input.file);
        for (const [k, v] of Object.entries(meta)) form.append(k, v);
        return apiSend<IngestAnswer>('POST', '/documents/upload', form);
      }
      const body = input.kind === 'url' ? { url: input.url.trim(), ...meta } : { text: input.text, format: input.format, ...meta };
      return apiSend<IngestAnswer>('POST', '/documents', body);
    },
    onSuccess: () => queries.invalidateQueries(),
  });
}

/** An incident a document's claims went to, by id and title. */
export type DocumentIncident = { id: string; title: string; claims: number };

/**
 * The incidents a document's claims went to after grouping: a new report may have joined an
 * incident the record already held, so these are read from the claims rather than the ingest answer.
 */
export function useDocumentIncidents(documentId: string | undefined) {
  return useQuery({
    queryKey: ['document-incidents', documentId],
    enabled: !!documentId,
    queryFn: async ({ signal }) => {
      const claims = await apiGet<Page<ListedClaim>>('/claims', { document: documentId, limit: 1000 }, signal);
      const counts = new Map<string, number>();
      for (const c of claims.items) counts.set(c.incident_id, (counts.get(c.incident_id) ?? 0) + 1);
      return Promise.all(
        [...counts].map(async ([id, n]): Promise<DocumentIncident> => {
          const incident = await apiGet<{ title: string }>(`/incidents/${encodeURIComponent(id)}`, {}, signal).catch(() => ({ title: id }));
          return { id, title: incident.title, claims: n };
        }),
      );
    },
  });
}
