import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { usePlaces } from '../../hooks/use-places';
import { usePlaceNames } from '../../settings/place-names';
import { ErrorMessage } from '../layout/status';
import { loadBaseLayer } from './base-layer';
import { prepareBase } from './base-map-geometry';
import { baseMapTiles } from './base-map-tiles';
import { clusterIcon, clusterLabel, groupBySpot, incidentIcon, incidentLabel, incidentPopup } from './map-icons';
import { MapLegend } from './map-legend';
import type { MapAnswer } from './map-types';
import { precisionSymbol, sidesClass } from './precision-symbol';
import { REGION_LABEL_MIN_ZOOM, regionLabels } from './region-labels';
import { useMapAnswer, useWebConfig, viewFor, type MapView } from './use-map-answer';
import './incident-map.css';

/** Where the map opens: the South Caucasus. */
export const INITIAL_CENTER: [number, number] = [40, 46];
export const INITIAL_ZOOM = 7;
/** Waiting this long after the map stops moving before asking for the new view. */
const MOVE_DEBOUNCE_MS = 200;

type Props = {
  filters: IncidentFilters;
  className?: string;
  /** CSS height of the map itself (the legend comes below it); 420px unless given. */
  height?: string | number;
  /** Hides the legend (a small embedded map can link to the full one instead). */
  legend?: boolean;
  /** Told of every answer drawn, for counts and lists beside the map. */
  onAnswer?(answer: MapAnswer): void;
};

type Layers = { markers: L.LayerGroup; areas: L.LayerGroup; regions: L.LayerGroup };

const cssVar = (el: HTMLElement, name: string, fallback: string) => getComputedStyle(el).getPropertyValue(name).trim() || fallback;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Incidents on a map: groups where they crowd (the server groups them, so a million incidents
 * cost what a few dozen do), single incidents drawn so how precisely each is located shows,
 * coloured by the sides involved. Borders are Natural Earth's, drawn without a tile server; a
 * configured tile server is drawn beneath them. The container gets data-ready="true" once the
 * first answer is drawn.
 */
export function IncidentMap({ filters, className, height = 420, legend = true, onAnswer }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map>(null);
  const layers = useRef<Layers>(null);
  const [view, setView] = useState<MapView>();
  const [ready, setReady] = useState(false);
  const [baseError, setBaseError] = useState<unknown>();
  const navigate = useNavigate();
  const answer = useMapAnswer(filters, view);
  const config = useWebConfig();
  const places = usePlaces();
  const names = usePlaceNames();
  const tiles = config.data?.tiles;
  // Until the server says whether tiles are configured, the borders wait: drawn once, filled or not.
  const tilesKnown = config.data !== undefined || config.isError;

  // The map itself, once: Leaflet owns this element's children from here on.
  useEffect(() => {
    const el = box.current!;
    const map = L.map(el, { center: INITIAL_CENTER, zoom: INITIAL_ZOOM, minZoom: 2, maxZoom: 18, maxBounds: [[-85, -200], [85, 200]], worldCopyJump: false });
    map.attributionControl.setPrefix(false);
    map.createPane('base').style.zIndex = '250';
    map.createPane('regions').style.zIndex = '450';
    map.getPane('regions')!.style.pointerEvents = 'none';
    layers.current = { areas: L.layerGroup().addTo(map), regions: L.layerGroup().addTo(map), markers: L.layerGroup().addTo(map) };
    mapRef.current = map;
    const current = () => {
      const b = map.getBounds();
      return viewFor({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, map.getZoom());
    };
    setView(current());
    let timer: ReturnType<typeof setTimeout> | undefined;
    map.on('moveend', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setView(current()), MOVE_DEBOUNCE_MS);
    });
    map.on('zoomend', () => el.classList.toggle('regions-shown', map.getZoom() >= REGION_LABEL_MIN_ZOOM));
    el.classList.toggle('regions-shown', map.getZoom() >= REGION_LABEL_MIN_ZOOM);
    return () => {
      clearTimeout(timer);
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Links in popups go through the router, not a page load.
  useEffect(() => {
    const el = box.current!;
    const follow = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest('a[data-route]') as HTMLAnchorElement | null;
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      navigate(link.pathname);
    };
    el.addEventListener('click', follow);
    return () => el.removeEventListener('click', follow);
  }, [navigate]);

  // Natural Earth's countries, fetched once; filled as land only when no tile server draws the ground.
  useEffect(() => {
    if (!tilesKnown) return;
    const map = mapRef.current!;
    const el = box.current!;
    let added: L.Layer[] = [];
    let cancelled = false;
    loadBaseLayer().then(
      (base) => {
        if (cancelled) return;
        const style = { land: tiles ? undefined : cssVar(el, '--map-land', '#f2efe6'), coast: cssVar(el, '--map-coast', '#8aa4b8'), border: cssVar(el, '--map-border', '#4a4f57') };
        // The land's outline in the coast's colour: borders are drawn over it, darker, so what stays light is the coast.
        added = [baseMapTiles(prepareBase(base.land, base.borders), style, { pane: 'base' })];
        for (const layer of added) layer.addTo(map);
      },
      (error) => !cancelled && setBaseError(error),
    );
    map.attributionControl.addAttribution('Borders: Natural Earth');
    return () => {
      cancelled = true;
      for (const layer of added) layer.remove();
    };
  }, [tilesKnown, !!tiles]);

  // A configured tile server, beneath the borders.
  useEffect(() => {
    if (!tiles) return;
    const layer = L.tileLayer(tiles.url, { attribution: escapeHtml(tiles.attribution), maxZoom: 18 }).addTo(mapRef.current!);
    box.current!.classList.add('with-tiles');
    return () => {
      layer.remove();
      box.current?.classList.remove('with-tiles');
    };
  }, [tiles]);

  // Region names, in the reader's naming convention.
  useEffect(() => {
    const group = layers.current!.regions;
    group.clearLayers();
    for (const m of regionLabels(places.data ?? [], names.label)) group.addLayer(m);
  }, [places.data, names.label]);

  // Each answer: groups, then incidents standing alone, with circles of uncertainty for areas.
  const data = answer.data;
  useEffect(() => {
    if (!data) return;
    const map = mapRef.current!;
    const { markers, areas } = layers.current!;
    markers.clearLayers();
    areas.clearLayers();
    for (const c of data.clusters) {
      const marker = L.marker([c.lat, c.lon], { icon: clusterIcon(c), keyboard: true, title: clusterLabel(c), riseOnHover: true });
      const zoomIn = () => map.setView([c.lat, c.lon], Math.min(c.expansion_zoom, map.getMaxZoom()));
      // Leaflet turns Enter on a focused marker into 'keypress' only (popups listen to it); a group zooms.
      marker.on('click', zoomIn);
      marker.on('keypress', (e) => (e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter' && zoomIn());
      markers.addLayer(marker);
      marker.getElement()?.setAttribute('aria-label', clusterLabel(c));
    }
    for (const group of groupBySpot(data.incidents)) {
      const { lat, lon, precision } = group[0];
      const symbol = precisionSymbol(precision);
      if (symbol.radius) {
        const sides = sidesClass([...new Set(group.flatMap((i) => i.sides))]);
        areas.addLayer(L.circle([lat, lon], { radius: symbol.radius, interactive: false, className: `map-uncertainty sides-${sides}` }));
      }
      const marker = L.marker([lat, lon], { icon: incidentIcon(group), keyboard: true, title: incidentLabel(group), riseOnHover: true });
      marker.bindPopup(() => incidentPopup(group), { maxWidth: 320, autoPanPadding: [16, 16] });
      markers.addLayer(marker);
      marker.getElement()?.setAttribute('aria-label', incidentLabel(group));
    }
    setReady(true);
    onAnswer?.(data);
  }, [data, onAnswer]);

  const style = { height: typeof height === 'number' ? `${height}px` : height };
  return (
    <div className={`incident-map-frame ${className ?? ''}`}>
      <div ref={box} className="incident-map" style={style} data-ready={ready ? 'true' : undefined} aria-busy={answer.isFetching} role="region" aria-label="Map of incidents" />
      {answer.error ? <ErrorMessage error={answer.error} doing="load the map's incidents" /> : null}
      {baseError ? <ErrorMessage error={baseError} doing="draw the borders" /> : null}
      {legend && <MapLegend />}
    </div>
  );
}
