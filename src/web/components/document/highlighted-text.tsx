import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ListedClaim } from '../../api/types';
import { claimAnchor, speakerSide } from '../incident/incident-words';
import type { DocumentSpan } from '../../hooks/use-document';
import { highlightSegments } from './highlight-segments';

/** A claim read from the text, numbered in reading order. */
export type NumberedClaim = { n: number; claim: ListedClaim | undefined; span: DocumentSpan | undefined; id: string; incidentId: string };

/** The in-page anchor of a claim's passage in the text. */
export const passageAnchor = (claimId: string) => `passage-${claimAnchor(claimId)}`;

/** After a passage: its number and claimant, linking to the claim in the incident it went to. */
function PassageTag({ c }: { c: NumberedClaim }) {
  const who = c.claim?.claimant.name ?? 'claim';
  return (
    <Link className="passage-tag" to={`/incidents/${encodeURIComponent(c.incidentId)}#${claimAnchor(c.id)}`} title={`Claim ${c.n} by ${who}: open it in its incident`}>
      <span aria-hidden="true">{c.n}</span> {who}
    </Link>
  );
}

/**
 * The document's text with every passage a claim was read from marked. Built from React
 * elements only (never innerHTML): the text is whatever the document said, and is shown as text.
 */
export function HighlightedText({ text, claims }: { text: string; claims: NumberedClaim[] }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const spans = claims.flatMap((c) => (c.span ? [c.span] : []));
  const segments = highlightSegments(text.length, spans);
  const firstSegment = new Map<string, number>();
  return (
    <div className="document-text">
      {segments.map((s, k) => {
        const piece = text.slice(s.start, s.end);
        if (!s.claims.length) return <Fragment key={k}>{piece}</Fragment>;
        const covering = s.claims.map((id) => byId.get(id)!).filter(Boolean);
        const sides = [...new Set(covering.map((c) => speakerSide(c.claim?.claimant.country ?? 'unknown')))];
        const first = covering.find((c) => !firstSegment.has(c.id));
        if (first) firstSegment.set(first.id, k);
        const ending = covering.filter((c) => c.span!.end === s.end || (c.span!.end > text.length && s.end === text.length));
        return (
          <Fragment key={k}>
            <mark
              className={`passage passage-${sides.length === 1 ? sides[0] : 'mixed'}`}
              id={first ? passageAnchor(first.id) : undefined}
              title={covering.map((c) => `Claim ${c.n}: ${c.claim?.claimant.name ?? c.id}`).join('\n')}
            >
              {piece}
            </mark>
            {ending.map((c) => (
              <PassageTag key={c.id} c={c} />
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}
