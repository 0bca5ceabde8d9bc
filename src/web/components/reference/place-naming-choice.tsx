import { useId } from 'react';
import { PLACE_NAMINGS, usePlaceNames } from '../../settings/place-names';
import './reference.css';

/**
 * The reader's place-name convention as radio buttons. The choice applies on every page and is
 * remembered in this browser; it changes only how names are shown, never the record.
 */
export function PlaceNamingChoice() {
  const { naming, setNaming } = usePlaceNames();
  const name = useId();
  return (
    <fieldset className="place-naming">
      <legend>Show place names</legend>
      {PLACE_NAMINGS.map((n) => (
        <label key={n.value} className="choice">
          <input type="radio" name={name} value={n.value} checked={naming === n.value} onChange={() => setNaming(n.value)} />
          {n.label}
        </label>
      ))}
      <p className="hint">The name of a place is itself contested (Stepanakert or Khankendi). This changes how names are shown on every page, in this browser only.</p>
    </fieldset>
  );
}
