import { Link } from 'react-router';
import { useDocumentIncidents, type IngestAnswer } from '../../hooks/use-ingest';
import { ErrorMessage, Loading } from '../layout/status';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What adding a document did: the document stored (or found already stored) and the incidents its claims went to. */
export function IngestResult({ answer }: { answer: IngestAnswer }) {
  const incidents = useDocumentIncidents(answer.document_id);
  const doc = answer.document;
  const note = (doc as { note?: string } | null)?.note;
  return (
    <section className="card ingest-result" aria-labelledby="ingest-result-heading">
      <h2 id="ingest-result-heading" tabIndex={-1}>
        {answer.status === 'duplicate' ? 'Already in the record' : 'Document added'}
      </h2>
      <p>
        <Link to={`/documents/${encodeURIComponent(answer.document_id)}`}>{doc?.title ?? answer.document_id}</Link>
        {answer.status === 'duplicate'
          ? ' was stored before with the same contents; nothing new was added.'
          : `: ${plural(answer.claims, 'claim')} found, about ${plural(answer.incidents, 'incident')}.`}
      </p>
      {note ? <p className="status warn-note">{note}</p> : null}
      <h3>Incidents its claims went to</h3>
      {incidents.isPending ? (
        <Loading what="the incidents" />
      ) : incidents.isError ? (
        <ErrorMessage error={incidents.error} doing="read the incidents" />
      ) : incidents.data.length === 0 ? (
        <p className="muted">None: no incident of the conflict was found in this document. Its text is stored and can be read.</p>
      ) : (
        <ul>
          {incidents.data.map((i) => (
            <li key={i.id}>
              <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.title}</Link> <span className="muted">({plural(i.claims, 'claim')} from this document)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
