import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { usePlaces, type Place } from '../hooks/use-places';

/**
 * How place names are shown. The choice of name is itself contested (Stepanakert or Khankendi),
 * so the reader chooses: the name the reports use, the Armenian or the Azerbaijani convention, or both.
 */
export type PlaceNaming = 'reported' | 'hy' | 'az' | 'both';

export const PLACE_NAMINGS: { value: PlaceNaming; label: string }[] = [
  { value: 'reported', label: 'As reported (international English usage)' },
  { value: 'hy', label: 'Armenian convention' },
  { value: 'az', label: 'Azerbaijani convention' },
  { value: 'both', label: 'Both conventions' },
];

const STORAGE_KEY = 'truce.placeNaming';

type PlaceNames = { naming: PlaceNaming; setNaming(n: PlaceNaming): void; label(place: { id: string; name: string }): string };

const PlaceNamesContext = createContext<PlaceNames | null>(null);

function stored(): PlaceNaming {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return v === 'hy' || v === 'az' || v === 'both' ? v : 'reported';
}

/** A place's name in one convention; the reported name where the convention has none of its own. */
export function placeLabel(naming: PlaceNaming, fallback: string, place: Place | undefined): string {
  if (!place || naming === 'reported') return place?.name ?? fallback;
  const hy = place.names.hy ?? place.name;
  const az = place.names.az ?? place.name;
  if (naming === 'hy') return hy;
  if (naming === 'az') return az;
  return hy === az ? hy : `${hy} / ${az}`;
}

export function PlaceNamesProvider({ children }: { children: ReactNode }) {
  const [naming, setState] = useState<PlaceNaming>(stored);
  const places = usePlaces();
  const byId = useMemo(() => new Map((places.data ?? []).map((p) => [p.id, p])), [places.data]);
  const setNaming = useCallback((n: PlaceNaming) => {
    localStorage.setItem(STORAGE_KEY, n);
    setState(n);
  }, []);
  const label = useCallback((p: { id: string; name: string }) => placeLabel(naming, p.name, byId.get(p.id)), [naming, byId]);
  const value = useMemo(() => ({ naming, setNaming, label }), [naming, setNaming, label]);
  return <PlaceNamesContext.Provider value={value}>{children}</PlaceNamesContext.Provider>;
}

/** The reader's place-name convention, and `label(place)` to show a place in it. */
export function usePlaceNames(): PlaceNames {
  const v = useContext(PlaceNamesContext);
  if (!v) throw new Error('usePlaceNames needs a PlaceNamesProvider above it');
  return v;
}
