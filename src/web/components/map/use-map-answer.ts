import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/api-client';
import { filtersToQuery, type IncidentFilters } from '../../hooks/use-incident-filters';
import type { MapAnswer, WebConfig } from './map-types';

/** What the map shows: west, south, east, north in degrees, and the zoom level. */
export type MapView = { bbox: [number, number, number, number]; zoom: number };

/** GET /map for a view; the last answer stays drawn while the next one loads, and a superseded request is cancelled. */
export function useMapAnswer(filters: IncidentFilters, view: MapView | undefined) {
  return useQuery({
    queryKey: ['map', filters, view],
    queryFn: ({ signal }) => apiGet<MapAnswer>('/map', { ...filtersToQuery(filters), bbox: view!.bbox.join(','), zoom: view!.zoom }, signal),
    enabled: view !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** GET /web-config, once a session: whether a tile server is configured. */
export function useWebConfig() {
  return useQuery({ queryKey: ['web-config'], queryFn: ({ signal }) => apiGet<WebConfig>('/web-config', {}, signal), staleTime: Infinity });
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The view to ask for: the visible bounds widened by a quarter on each side (a small pan then
 * needs no new answer to fill its edges), within the world, rounded so nearby views share a cache entry.
 */
export function viewFor(bounds: { west: number; south: number; east: number; north: number }, zoom: number): MapView {
  const padX = (bounds.east - bounds.west) / 4;
  const padY = (bounds.north - bounds.south) / 4;
  const west = round(clamp(bounds.west - padX, -180, 180));
  const east = round(clamp(bounds.east + padX, -180, 180));
  const south = round(clamp(bounds.south - padY, -90, 90));
  const north = round(clamp(bounds.north + padY, -90, 90));
  return { bbox: [west, south, east > west ? east : 180, north > south ? north : 90], zoom: clamp(Math.round(zoom), 0, 18) };
}
