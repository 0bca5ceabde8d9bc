import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-client';
import type { IngestInput } from '../../hooks/use-ingest';
import './ingest.css';

type Kind = IngestInput['kind'];
const KINDS: { value: Kind; label: string }[] = [
  { value: 'url', label: 'A web address' },
  { value: 'text', label: 'Pasted text' },
  { value: 'file', label: 'A file' },
];

/**
 * A document to add, by web address, pasted text or file, with the details a text may not give
 * itself (title, publisher, day). The field the API refuses is marked and named.
 */
export function IngestForm({ busy, error, onSubmit }: { busy: boolean; error: unknown; onSubmit(input: IngestInput): void }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('url');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'markdown' | 'html'>('text');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const badField = error instanceof ApiError ? error.field : undefined;
  // The API names the field at fault; the error itself is shown below the form, in its words.
  const invalid = (field: string) => (badField === field ? { 'aria-invalid': true as const } : {});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const meta = { title, publisher, published };
    if (kind === 'url') onSubmit({ kind, url, ...meta });
    else if (kind === 'text') onSubmit({ kind, text, format, ...meta });
    else if (file) onSubmit({ kind, file, ...meta });
  };

  return (
    <form className="card ingest-form" onSubmit={submit} aria-busy={busy}>
      <fieldset className="ingest-kind" disabled={busy}>
        <legend>Add</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="choice">
            <input type="radio" name={`${id}-kind`} value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} />
            {k.label}
          </label>
        ))}
      </fieldset>

      <fieldset className="ingest-source" disabled={busy}>
        <legend className="visually-hidden">The document</legend>
        {kind === 'url' && (
          <label>
            Web address of an article, statement, PDF or text
            <input type="url" required value={url} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} {...invalid('url')} />
          </label>
        )}
        {kind === 'text' && (
          <>
            <label>
              The text of the document
              <textarea required rows={10} value={text} onChange={(e) => setText(e.target.value)} {...invalid('text')} />
            </label>
            <label className="narrow">
              Written as
              <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)} {...invalid('format')}>
                <option value="text">plain text</option>
                <option value="markdown">Markdown</option>
                <option value="html">HTML</option>
              </select>
            </label>
          </>
        )}
        {kind === 'file' && (
          <label>
            A file: PDF, HTML, Word, text…
            <input type="file" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} {...invalid('file')} />
          </label>
        )}
      </fieldset>

      <fieldset className="ingest-meta" disabled={busy}>
        <legend>About it (optional: the document's own details are used when it gives them)</legend>
        <label>
          Title
          <input value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} {...invalid('title')} />
        </label>
        <label>
          Publisher
          <input value={publisher} maxLength={200} placeholder="e.g. a news agency or ministry" onChange={(e) => setPublisher(e.target.value)} {...invalid('publisher')} />
        </label>
        <label>
          Published on
          <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} {...invalid('published')} />
        </label>
      </fieldset>

      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add the document'}
      </button>
    </form>
  );
}
