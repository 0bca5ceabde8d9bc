import { ApiError } from '../../api/api-client';

/** What is being fetched, said once, for screen readers too. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A failed call, in the API's words, naming the field at fault. */
export function ErrorMessage({ error, doing }: { error: unknown; doing?: string }) {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  const field = error instanceof ApiError && error.field ? ` (${error.field})` : '';
  return (
    <p className="status error" role="alert">
      {doing ? `Could not ${doing}: ` : ''}
      {message}
      {field}
    </p>
  );
}

/** Nothing matched. */
export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="status empty">{children}</p>;
}
