import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useDocument, useDocumentClaims, useDocumentSpans } from '../hooks/use-document';
import { DocumentClaims } from '../components/document/document-claims';
import { HighlightedText, type NumberedClaim } from '../components/document/highlighted-text';
import { dateLabel } from '../components/incident/incident-words';
import { Empty, ErrorMessage, Loading } from '../components/layout/status';
import '../components/document/document.css';

/** The document reader: its metadata and text, every passage a claim was read from marked and linked to where the claim went. */
export default function DocumentPage() {
  const { id = '' } = useParams();
  const doc = useDocument(id);
  const spans = useDocumentSpans(id);
  const claims = useDocumentClaims(id);

  const numbered = useMemo<NumberedClaim[]>(() => {
    const spanOf = new Map((spans.data ?? []).map((s) => [s.claim_id, s]));
    const listed = claims.data ?? [];
    const ids = [...new Set([...listed.map((c) => c.id), ...spanOf.keys()])];
    const byId = new Map(listed.map((c) => [c.id, c]));
    // Reading order: passages by where they start, then claims with no recorded passage.
    ids.sort((a, b) => (spanOf.get(a)?.start ?? Infinity) - (spanOf.get(b)?.start ?? Infinity));
    return ids.map((cid, k) => ({ n: k + 1, id: cid, claim: byId.get(cid), span: spanOf.get(cid), incidentId: byId.get(cid)?.incident_id ?? spanOf.get(cid)!.incident_id }));
  }, [spans.data, claims.data]);

  useEffect(() => {
    if (doc.data) document.title = `${doc.data.title} — Truce`;
  }, [doc.data]);

  if (doc.isLoading) return <Loading what="the document" />;
  if (doc.error) return <ErrorMessage error={doc.error} doing="load the document" />;
  const d = doc.data!;
  const hasText = typeof d.text === 'string';
  const marked = numbered.filter((c) => c.span).length;
  return (
    <article className="document-page">
      <h1>{d.title}</h1>
      <dl className="meta">
        <dt>Publisher</dt>
        <dd>{d.publisher}</dd>
        {d.author && (
          <>
            <dt>Author</dt>
            <dd>{d.author}</dd>
          </>
        )}
        <dt>Published</dt>
        <dd>{dateLabel(d.published)}</dd>
        {d.url && (
          <>
            <dt>Address</dt>
            <dd>
              <a href={d.url} rel="noreferrer noopener" target="_blank">
                {d.url}
              </a>
            </dd>
          </>
        )}
        {d.language && (
          <>
            <dt>Language</dt>
            <dd>{d.language}</dd>
          </>
        )}
        <dt>Held</dt>
        <dd>{d.ingest ? `received and read ${new Date(d.ingest.ingested_at).toLocaleDateString('en-GB', { dateStyle: 'medium' })} (${d.ingest.status})` : 'cited by the record; the text itself was not received'}</dd>
        {d.note && (
          <>
            <dt>Note</dt>
            <dd>{d.note}</dd>
          </>
        )}
      </dl>
      <div className="document-layout">
        <section aria-labelledby="doc-text">
          <h2 id="doc-text">Text</h2>
          {hasText ? (
            <>
              <p className="muted">
                {spans.isLoading || claims.isLoading
                  ? 'Marking the passages claims were read from…'
                  : `${marked} ${marked === 1 ? 'passage is' : 'passages are'} marked: each is where a claim was read, followed by its number and who made it.`}
              </p>
              {spans.error && <ErrorMessage error={spans.error} doing="load the passages" />}
              <HighlightedText text={d.text!} claims={numbered} />
            </>
          ) : (
            <Empty>This document is cited by the record but its text was not received, so there is nothing to highlight. The claims taken from it are listed under “Claims from this document”.</Empty>
          )}
        </section>
        <aside className="document-side" aria-labelledby="doc-claims">
          <h2 id="doc-claims">Claims from this document ({numbered.length})</h2>
          {claims.isLoading && <Loading what="the claims" />}
          {claims.error && <ErrorMessage error={claims.error} doing="load the claims" />}
          {claims.data && (numbered.length ? <DocumentClaims claims={numbered} hasText={hasText} /> : <Empty>No claim cites this document.</Empty>)}
        </aside>
      </div>
    </article>
  );
}
