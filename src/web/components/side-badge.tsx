/** A side's name for readers: AM and AZ by country, anything else as a third party or unknown. */
export function sideName(side: string): string {
  if (side === 'AM') return 'Armenian';
  if (side === 'AZ') return 'Azerbaijani';
  if (side === 'unknown' || !side) return 'unknown side';
  return side;
}

/** A side's badge: coloured, and labelled in words so colour is never the only cue. */
export function SideBadge({ side }: { side: string }) {
  const cls = side === 'AM' || side === 'AZ' ? side : side === 'unknown' || !side ? 'unknown' : 'third';
  return <span className={`side side-${cls}`} title={sideName(side)}>{side === 'unknown' ? '?' : side}</span>;
}

/** An incident's or a claim's review status, in words. */
export function ReviewStatusLabel({ status }: { status: string }) {
  return <span className={`review-status ${status}`}>{status}</span>;
}
