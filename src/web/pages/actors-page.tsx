import { Empty, ErrorMessage, Loading } from '../components/layout/status';
import { ActorList } from '../components/reference/actor-list';
import { SearchBox, useSearchWords } from '../components/reference/search-box';
import { useActors } from '../hooks/use-actors';
import '../components/reference/reference.css';

/** States, forces, officials and organisations with every name they go by, found by any of them. */
export default function ActorsPage() {
  const [q, setQ] = useSearchWords();
  const all = useActors();
  const found = useActors(q);
  const actors = q.trim() ? found : all;
  return (
    <>
      <h1>Actors</h1>
      <SearchBox q={q} onChange={setQ} label="Find an actor by any of its names" placeholder="e.g. Defence Ministry, Pashinyan, OSCE" />
      {actors.isPending ? (
        <Loading what="actors" />
      ) : actors.isError ? (
        <ErrorMessage error={actors.error} doing="read the actors" />
      ) : actors.data.length === 0 ? (
        <Empty>No actor goes by “{q}”. Try the start of a name, or another spelling.</Empty>
      ) : (
        <>
          <p className="reference-count" role="status">
            {actors.data.length === 1 ? '1 actor' : `${actors.data.length} actors`}
            {q.trim() ? ` ${actors.data.length === 1 ? 'goes' : 'go'} by “${q.trim()}”` : ' in the record'}
          </p>
          <ActorList actors={actors.data} all={all.data ?? actors.data} />
        </>
      )}
    </>
  );
}
