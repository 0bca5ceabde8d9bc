import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useSession } from '../api/session';
import { IngestForm } from '../components/ingest/ingest-form';
import { IngestProgress } from '../components/ingest/ingest-progress';
import { IngestResult } from '../components/ingest/ingest-result';
import { ErrorMessage, Loading } from '../components/layout/status';
import { useIngest } from '../hooks/use-ingest';
import '../components/ingest/ingest.css';

/** Analysts add a document by web address, pasted text or file, and see the incidents it went to. */
export default function IngestPage() {
  const session = useSession();
  const ingest = useIngest();
  const resultRef = useRef<HTMLDivElement>(null);
  // Move the reader to what happened, so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (ingest.isSuccess || ingest.isError) resultRef.current?.querySelector<HTMLElement>('.ingest-error, h2')?.focus();
  }, [ingest.isSuccess, ingest.isError]);

  if (!session.known) return <Loading what="who is signed in" />;
  if (!session.can('analyst')) {
    return (
      <>
        <h1>Add a document</h1>
        <p>
          Adding documents needs an analyst's account.{' '}
          {session.user ? `You are signed in as ${session.user.name} (${session.user.role}); ask an admin for the analyst role, or ` : ''}
          <Link to="/sign-in?next=/ingest">sign in as an analyst</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Add a document</h1>
      <p className="muted">
        Truce stores the document, finds the incidents and claims in it, and groups them with what the record already holds on those days. Nothing is
        accepted until a reviewer checks it.
      </p>
      <IngestForm busy={ingest.isPending} error={ingest.error} onSubmit={(input) => ingest.mutate(input)} />
      {ingest.isPending ? <IngestProgress /> : null}
      <div ref={resultRef}>
        {ingest.isError ? (
          <div className="ingest-error" tabIndex={-1}>
            <ErrorMessage error={ingest.error} doing="add the document" />
          </div>
        ) : null}
        {ingest.data && !ingest.isPending ? <IngestResult answer={ingest.data} /> : null}
      </div>
    </>
  );
}
