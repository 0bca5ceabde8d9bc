import { normalizeName, placeNames, type Place } from '../../domain/index.js';
import type { PlaceRequest } from '../row-format.js';
import { slugId } from './slug-id.js';

/**
 * Finds a row's place in the record by any of its names (in the row's country), else makes
 * one from the row's name and coordinates. New places wait in `added` until the batch that
 * first uses them is written.
 */
export class PlaceResolver {
  private readonly byName = new Map<string, string>();
  private readonly ids = new Set<string>();
  added: Place[] = [];

  constructor(places: Place[]) {
    for (const p of places) this.remember(p);
  }

  private remember(p: Place): void {
    this.ids.add(p.id);
    for (const name of placeNames(p)) {
      const key = `${p.country}|${normalizeName(name)}`;
      if (!this.byName.has(key)) this.byName.set(key, p.id);
    }
  }

  /** Names as rows wrote them: a file repeats a few hundred places a million times. */
  private readonly asWritten = new Map<string, string>();

  resolve(r: PlaceRequest): string {
    const written = this.asWritten.get(`${r.country}|${r.name}`);
    if (written) return written;
    const id = this.find(r);
    this.asWritten.set(`${r.country}|${r.name}`, id);
    return id;
  }

  private find(r: PlaceRequest): string {
    const key = `${r.country}|${normalizeName(r.name)}`;
    const known = this.byName.get(key);
    if (known) return known;
    let id = slugId(`${r.country}-${r.name}`);
    for (let n = 2; this.ids.has(id); n++) id = slugId(`${r.country}-${r.name}-${n}`);
    const place: Place = {
      id,
      name: r.name,
      names: {},
      aliases: [],
      level: r.level ?? 'settlement',
      country: r.country,
      ...(r.parent_id ? { parent_id: r.parent_id } : {}),
      lat: r.lat ?? 0,
      lon: r.lon ?? 0,
    };
    this.remember(place);
    this.added.push(place);
    return id;
  }

  /** The places made since the last call, to write with the batch. */
  take(): Place[] {
    const taken = this.added;
    this.added = [];
    return taken;
  }
}
