import type { Named } from '../../hooks/use-peace';
import { usePlaceNames } from '../../settings/place-names';

/** Actors' names joined for reading: "Armenia, Azerbaijan". */
export const names = (list: Named[]) => list.map((n) => n.name).join(', ');

/** Places in the reader's naming convention, joined for reading. */
export function PlaceNames({ places }: { places: Named[] }) {
  const { label } = usePlaceNames();
  return <>{places.map((p) => label(p)).join(', ')}</>;
}

/** One labelled fact of a card ("Parties: Armenia, Azerbaijan"); left out when empty. */
export function Fact({ term, children, when = true }: { term: string; children: React.ReactNode; when?: boolean }) {
  if (!when) return null;
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
