import { Link } from 'react-router';
import type { Place } from '../../hooks/use-places';
import { placeLabel, usePlaceNames } from '../../settings/place-names';

const LEVELS: Record<string, string> = {
  country: 'country',
  admin1: 'region (first-level division)',
  admin2: 'district (second-level division)',
  settlement: 'town or village',
  feature: 'landmark or feature',
};

/** Every name of a place, each said in whose usage, so the reader sees the conventions side by side. */
function PlaceNames({ place }: { place: Place }) {
  const rows: [string, string | undefined][] = [
    ['As reported', place.name],
    ['Armenian convention', place.names.hy],
    ['Azerbaijani convention', place.names.az],
    ['Russian', place.names.ru],
  ];
  return (
    <dl className="names">
      {rows.filter(([, v]) => v).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      {place.aliases.length > 0 && (
        <div>
          <dt>Also written</dt>
          <dd>{place.aliases.join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}

/** Places with every name they go by, shown in the reader's convention, each linking to its incidents. */
export function PlaceList({ places, all }: { places: Place[]; all: Place[] }) {
  const { naming } = usePlaceNames();
  const byId = new Map(all.map((p) => [p.id, p]));
  const shown = (p: Place) => placeLabel(naming, p.name, p);
  return (
    <ul className="reference-list">
      {places.map((p) => {
        const parent = p.parent_id ? byId.get(p.parent_id) : undefined;
        return (
          <li key={p.id} className="card reference-card">
            <h2 className="place-name">{shown(p)}</h2>
            <p className="kind">
              {LEVELS[p.level] ?? p.level} · {p.country}
              {parent ? (
                <>
                  {' '}· in <Link to={`/places?q=${encodeURIComponent(parent.name)}`}>{shown(parent)}</Link>
                </>
              ) : p.parent_id ? ` · in ${p.parent_id}` : null}
            </p>
            <PlaceNames place={p} />
            {p.note ? <p className="note">{p.note}</p> : null}
            <p className="links">
              <Link to={`/timeline?place=${encodeURIComponent(p.id)}`}>Incidents here, on the timeline</Link>
              {p.lat !== null && p.lon !== null ? (
                <>
                  {' · '}
                  <Link to={`/map?place=${encodeURIComponent(p.id)}`}>on the map</Link>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
