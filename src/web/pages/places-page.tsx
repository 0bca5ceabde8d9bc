import { Empty, ErrorMessage, Loading } from '../components/layout/status';
import { PlaceList } from '../components/reference/place-list';
import { PlaceNamingChoice } from '../components/reference/place-naming-choice';
import { SearchBox, useSearchWords } from '../components/reference/search-box';
import { usePlaces } from '../hooks/use-places';
import '../components/reference/reference.css';

/** The gazetteer: every place with all its names, found by any of them, shown in the reader's convention. */
export default function PlacesPage() {
  const [q, setQ] = useSearchWords();
  const all = usePlaces();
  const found = usePlaces(q.trim() || undefined);
  const places = q.trim() ? found : all;
  return (
    <>
      <h1>Places</h1>
      <PlaceNamingChoice />
      <SearchBox q={q} onChange={setQ} label="Find a place by any of its names" placeholder="e.g. Khankendi, Stepanakert, Shusha" />
      {places.isPending ? (
        <Loading what="places" />
      ) : places.isError ? (
        <ErrorMessage error={places.error} doing="read the places" />
      ) : places.data.length === 0 ? (
        <Empty>No place goes by “{q}”. Try the start of a name, or another spelling.</Empty>
      ) : (
        <>
          <p className="reference-count" role="status">
            {places.data.length === 1 ? '1 place' : `${places.data.length} places`}
            {q.trim() ? ` ${places.data.length === 1 ? 'goes' : 'go'} by “${q.trim()}”` : ' in the record'}
          </p>
          <PlaceList places={places.data} all={all.data ?? places.data} />
        </>
      )}
    </>
  );
}
