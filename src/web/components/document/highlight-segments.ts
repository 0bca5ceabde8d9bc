/** A passage of a text, with the claims read from it (none for plain text between them). */
export type Segment = { start: number; end: number; claims: string[] };

/**
 * Cuts a text into plain and highlighted segments at every span boundary, so overlapping spans
 * need no nesting: each segment lists every claim covering it. Spans outside the text are clipped.
 * @example highlightSegments(10, [{ claim_id: 'a', start: 2, end: 5 }]) // 0–2 none, 2–5 [a], 5–10 none
 */
export function highlightSegments(length: number, spans: { claim_id: string; start: number; end: number }[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const [start, end] = [cuts[k], cuts[k + 1]];
    const claims = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.claim_id);
    const last = segments[segments.length - 1];
    // Neighbours covered by the same claims read as one passage.
    if (last && last.claims.join('\n') === claims.join('\n')) last.end = end;
    else segments.push({ start, end, claims });
  }
  return segments;
}
