import type { CasualtyRange, Claim } from '../../api/types';
import { Empty } from '../layout/status';
import { SideBadge, sideName } from '../side-badge';
import { claimAnchor, GROUP_WORDS, statedFigure } from './incident-words';

const sameCell = (r: CasualtyRange) => (f: NonNullable<Claim['casualties']>[number]) =>
  f.group === r.group && f.side === r.side && (r.combined ? f.combined?.join('+') === r.combined.join('+') : f.outcome === r.outcome && !f.combined);

/** The claims behind one figure, each with the number it states and a link to it in the accounts. */
function FigureSources({ range, claims }: { range: CasualtyRange; claims: Map<string, Claim> }) {
  return (
    <details className="figure-sources">
      <summary>
        {range.claims.length} {range.claims.length === 1 ? 'claim' : 'claims'}
      </summary>
      <ul>
        {range.claims.map((id) => {
          const claim = claims.get(id);
          if (!claim) return <li key={id}>{id} (not among this incident's claims)</li>;
          const stated = (claim.casualties ?? []).filter(sameCell(range));
          return (
            <li key={id}>
              <a href={`#${claimAnchor(id)}`}>{claim.claimant.name}</a>
              {stated.length > 0 && <>: {stated.map(statedFigure).join('; ')}</>}
              <span className="muted"> ({claim.document.title})</span>
              {claim.status === 'disputed' && <span className="disputed-mark"> disputed</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * Casualty figures as ranges: the least and most the sources allow and a best estimate, for
 * each outcome, group and side, with the claims each rests on.
 */
export function CasualtyTable({ ranges, claims, disputed }: { ranges: CasualtyRange[]; claims: Claim[]; disputed: boolean }) {
  if (!ranges.length) return <Empty>No source gives casualty figures for this incident.</Empty>;
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (
    <div className="table-scroll">
      <table className="casualty-table">
        <caption className={disputed ? 'disputed-mark' : 'visually-hidden'}>
          {disputed ? 'The sources disagree on these figures: compare the claims behind each.' : 'Casualty figures with the claims behind each'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Who</th>
            <th scope="col">Side</th>
            <th scope="col" className="num">Low</th>
            <th scope="col" className="num">Best</th>
            <th scope="col" className="num">High</th>
            <th scope="col">Says who</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((r, i) => (
            <tr key={i} className={r.low !== r.high ? 'uncertain' : undefined}>
              <th scope="row">{r.combined ? r.combined.join(' or ') : r.outcome}</th>
              <td data-label="Who">{GROUP_WORDS[r.group] ?? r.group}</td>
              <td data-label="Side">
                <SideBadge side={r.side} /> <span className="side-words">{sideName(r.side)}</span>
              </td>
              <td className="num" data-label="Low">{r.low}</td>
              <td className="num" data-label="Best">
                <strong>{r.best}</strong>
              </td>
              <td className="num" data-label="High">{r.high}</td>
              <td data-label="Says who">
                <FigureSources range={r} claims={byId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
