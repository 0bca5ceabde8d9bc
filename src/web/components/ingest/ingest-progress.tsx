import { useEffect, useState } from 'react';

/** That the server is working: reading, extracting and grouping a document can take seconds. */
export function IngestProgress() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <div className="ingest-progress" role="status" aria-live="polite">
      <progress aria-label="Adding the document" />
      <p>
        Reading the document, finding its incidents and claims, and grouping them with the record…
        {seconds >= 2 ? <span className="muted"> {seconds} s</span> : null}
      </p>
    </div>
  );
}
