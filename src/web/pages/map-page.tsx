import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { FilterBar } from '../components/filters/filter-bar';
import { IncidentMap } from '../components/map/incident-map';
import type { MapAnswer } from '../components/map/map-types';
import { precisionSymbol, sidesWords } from '../components/map/precision-symbol';
import { useIncidentFilters } from '../hooks/use-incident-filters';
import './map-page.css';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** What the view holds, in words: how many incidents, and how many of the filtered ones cannot be drawn. */
function MapCounts({ answer }: { answer: MapAnswer }) {
  const inView = answer.clusters.reduce((n, c) => n + c.count, 0) + answer.incidents.length + answer.left_out;
  return (
    <p className="map-counts" role="status" aria-live="polite">
      <strong>{plural(inView, 'incident')}</strong> in this view, of {plural(answer.total, 'incident')} on the map.
      {answer.unlocated > 0 && ` ${plural(answer.unlocated, 'incident')} matching the filters ${answer.unlocated === 1 ? 'has' : 'have'} no known place and ${answer.unlocated === 1 ? 'is' : 'are'} not drawn.`}
      {answer.left_out > 0 && ` ${plural(answer.left_out, 'more incident')} in view: zoom in or filter to see them.`}
    </p>
  );
}

/** The incidents standing alone in the view, as a list: the same links as the map's popups, for keyboards and screen readers. */
function InViewList({ answer }: { answer: MapAnswer }) {
  if (!answer.incidents.length) return null;
  return (
    <details className="map-list">
      <summary>List the {plural(answer.incidents.length, 'incident')} shown one by one</summary>
      <ul>
        {answer.incidents.map((i) => (
          <li key={i.id}>
            <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.title}</Link> <small>{i.date} · {precisionSymbol(i.precision).label.toLowerCase()} · {sidesWords(i.sides)}</small>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The map page: the filters (kept in the URL), the map with its legend, and what the view holds. */
export default function MapPage() {
  const [filters, setFilters] = useIncidentFilters();
  const [answer, setAnswer] = useState<MapAnswer>();
  const onAnswer = useCallback((a: MapAnswer) => setAnswer(a), []);
  return (
    <div className="map-page">
      <h1>Map of incidents</h1>
      <FilterBar filters={filters} onChange={setFilters} />
      {answer && <MapCounts answer={answer} />}
      <IncidentMap filters={filters} height="calc(100vh - 15rem)" onAnswer={onAnswer} />
      {answer && <InViewList answer={answer} />}
    </div>
  );
}
