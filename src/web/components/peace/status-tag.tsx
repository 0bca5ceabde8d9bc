const OK = new Set(['implemented', 'in_force', 'signed', 'met', 'held']);
const WARN = new Set(['partially_implemented', 'pending', 'under_negotiation', 'proposed', 'raised', 'planned', 'postponed', 'disputed']);
const BAD = new Set(['not_implemented', 'violated', 'collapsed', 'rejected', 'cancelled', 'withdrawn']);

/** A status of the peace process in words ("partially implemented"), tinted by how it went; the words carry the meaning. */
export function StatusTag({ status, label }: { status: string; label?: string }) {
  const tone = OK.has(status) ? 'ok' : WARN.has(status) ? 'warn' : BAD.has(status) ? 'bad' : 'muted';
  return (
    <span className={`status-tag ${tone}`}>
      {label ? <span className="visually-hidden">{label}: </span> : null}
      {status.replace(/_/g, ' ')}
    </span>
  );
}
