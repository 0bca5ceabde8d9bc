import { Link } from 'react-router';
import type { DocumentRef } from '../../api/types';

/** The documents the incident's claims cite, each opening in the reader. */
export function CitedDocuments({ documents }: { documents: DocumentRef[] }) {
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">Documents cited</h2>
      <ul className="cited-documents">
        {documents.map((d) => (
          <li key={d.id}>
            <Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link>
            <span className="muted">
              {' '}
              — {d.publisher}
              {d.author ? `, ${d.author}` : ''}
              {d.published ? `, ${d.published}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
