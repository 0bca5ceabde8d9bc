import { Link } from 'react-router';
import type { Actor } from '../../hooks/use-actors';
import { SideBadge, sideName } from '../side-badge';

const KINDS: Record<string, string> = { armed_force: 'armed force' };

/** Whose side an actor speaks for, in words. */
const sideWords = (side: string) => (side === 'third' ? 'third party' : side === 'unknown' ? 'side unknown' : `${sideName(side)} side`);

/** Actors with their side, kind, every alias and whom they belong to, each linking to their incidents. */
export function ActorList({ actors, all }: { actors: Actor[]; all: Actor[] }) {
  const byId = new Map(all.map((a) => [a.id, a]));
  return (
    <ul className="reference-list">
      {actors.map((a) => {
        const parent = a.parent_id ? byId.get(a.parent_id) : undefined;
        return (
          <li key={a.id} className="card reference-card">
            <h2>{a.name}</h2>
            <p className="kind">
              <SideBadge side={a.side} /> {sideWords(a.side)} · {KINDS[a.kind] ?? a.kind} · {a.country}
              {parent ? (
                <>
                  {' '}· part of <Link to={`/actors?q=${encodeURIComponent(parent.name)}`}>{parent.name}</Link>
                </>
              ) : a.parent_id ? ` · part of ${a.parent_id}` : null}
            </p>
            {a.aliases.length > 0 && (
              <dl className="names">
                <div>
                  <dt>Also called</dt>
                  <dd>{a.aliases.join(' · ')}</dd>
                </div>
              </dl>
            )}
            {a.note ? <p className="note">{a.note}</p> : null}
            <p className="links">
              <Link to={`/timeline?actor=${encodeURIComponent(a.id)}`}>Incidents involving them, on the timeline</Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
