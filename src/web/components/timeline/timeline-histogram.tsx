import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { StatsBucket } from '../../api/types';
import { histogramBars, histogramPlot } from '../charts/histogram-spec';
import { intervalFor, spanLabel, type Interval } from '../charts/periods';
import { PlotFigure } from '../charts/plot-figure';
import { MARGIN } from '../charts/render-plot';
import { snap, zoomIn, zoomOut, pan, type View } from './zoom';
import './timeline.css';

type Props = {
  /** GET /stats?by=none at `interval`, for the view. */
  buckets: StatsBucket[];
  interval: Interval;
  view: View;
  /** The record's first and last year under the other filters: how far zooming out goes. */
  extent: View | undefined;
  /** Set once the figures of this view are drawn. */
  ready: boolean;
  /** Shows another span of days; none for the whole record. */
  onZoom(view: View | undefined): void;
};

type Scale = { invert(x: number): Date };

/**
 * The timeline's histogram of incidents over time, zoomed by clicking a bar, dragging across a
 * span, the buttons, or the keyboard (arrows pick a bar, Enter opens it, + and − zoom).
 */
export function TimelineHistogram({ buckets, interval, view, extent, ready, onZoom }: Props) {
  const help = useId();
  const [picked, setPicked] = useState<string>();
  const [brush, setBrush] = useState<{ x0: number; x1: number }>();
  const scale = useRef<Scale | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  // Bars starting before the view are incidents that run into it: the list shows them, the axis cannot.
  const bars = useMemo(() => histogramBars(buckets, interval).filter((b) => b.start >= view[0] && b.start < view[1]), [buckets, interval, view]);
  const shownBuckets = useMemo(() => buckets.filter((b) => bars.some((bar) => bar.period === b.period)), [buckets, bars]);
  useEffect(() => setPicked(undefined), [view[0].getTime(), view[1].getTime()]);

  const render = useCallback((width: number) => histogramPlot(shownBuckets, { interval, domain: view, width, highlight: picked }), [shownBuckets, interval, view, picked]);
  const onDrawn = useCallback((svg: SVGSVGElement | null) => {
    svgRef.current = svg;
    const x = (svg as unknown as { scale?(name: string): Scale | undefined })?.scale?.('x');
    scale.current = svg && x ? x : null;
  }, []);

  const pointerX = (e: PointerEvent) => {
    const svg = svgRef.current;
    if (!svg) return 0;
    const box = svg.getBoundingClientRect();
    return ((e.clientX - box.left) * svg.width.baseVal.value) / Math.max(box.width, 1);
  };
  const dateAt = (x: number) => scale.current?.invert(Math.max(MARGIN.left, Math.min(x, (svgRef.current?.width.baseVal.value ?? 0) - MARGIN.right)));
  const barAt = (date: Date | undefined) => date && bars.find((b) => b.start <= date && date < b.end);
  const whole = (v: View) => (extent && v[0] <= extent[0] && v[1] >= extent[1] ? undefined : v);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = pointerX(e);
    setBrush({ x0: x, x1: x });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => brush && setBrush({ ...brush, x1: pointerX(e) });
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!brush) return;
    const x1 = pointerX(e);
    setBrush(undefined);
    if (Math.abs(x1 - brush.x0) < 5) {
      const bar = barAt(dateAt(x1));
      if (bar) onZoom([bar.start, bar.end]);
      return;
    }
    const a = dateAt(Math.min(brush.x0, x1)), b = dateAt(Math.max(brush.x0, x1));
    if (a && b) onZoom(whole(snap(a, b)));
  };

  const step = (delta: number) => {
    if (!bars.length) return;
    const i = bars.findIndex((b) => b.period === picked);
    const next = i < 0 ? (delta > 0 ? 0 : bars.length - 1) : Math.max(0, Math.min(bars.length - 1, i + delta));
    setPicked(bars[next].period);
  };
  const pickedBar = bars.find((b) => b.period === picked);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1),
      ArrowLeft: () => step(-1),
      Home: () => setPicked(bars[0]?.period),
      End: () => setPicked(bars[bars.length - 1]?.period),
      Enter: () => pickedBar && onZoom([pickedBar.start, pickedBar.end]),
      ' ': () => pickedBar && onZoom([pickedBar.start, pickedBar.end]),
      '+': () => onZoom(zoomIn(view, pickedBar?.start)),
      '=': () => onZoom(zoomIn(view, pickedBar?.start)),
      '-': () => onZoom(whole(zoomOut(view, extent))),
      PageUp: () => onZoom(pan(view, -1)),
      PageDown: () => onZoom(pan(view, 1)),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const zoomedIn = intervalFor(view[0], view[1]) === 'day' && view[1].getTime() - view[0].getTime() <= 86_400_000;
  const atWhole = !whole(view);

  return (
    <div className="timeline-histogram">
      <div className="zoom-controls" role="group" aria-label="Zoom the timeline">
        <button type="button" onClick={() => onZoom(zoomIn(view, pickedBar?.start))} disabled={zoomedIn}>
          Zoom in
        </button>
        <button type="button" onClick={() => onZoom(whole(zoomOut(view, extent)))} disabled={atWhole}>
          Zoom out
        </button>
        <button type="button" onClick={() => onZoom(pan(view, -1))} disabled={!!extent && view[0] <= extent[0]}>
          ← Earlier
        </button>
        <button type="button" onClick={() => onZoom(pan(view, 1))} disabled={!!extent && view[1] >= extent[1]}>
          Later →
        </button>
        <button type="button" onClick={() => onZoom(undefined)} disabled={atWhole}>
          Whole record
        </button>
        <span className="view-label" aria-live="polite">
          {spanLabel(view[0], view[1])} <span className="muted">· bars per {interval}</span>
        </span>
      </div>
      <div
        className="histogram-area"
        tabIndex={0}
        role="group"
        aria-label={`Incidents per ${interval}, ${spanLabel(view[0], view[1])}`}
        aria-describedby={help}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setBrush(undefined)}
      >
        <PlotFigure render={render} onDrawn={onDrawn} aria-hidden="true" ready={ready} className="histogram-figure" />
        {brush && Math.abs(brush.x1 - brush.x0) >= 5 && (
          <div className="brush" style={{ left: Math.min(brush.x0, brush.x1), width: Math.abs(brush.x1 - brush.x0), top: MARGIN.top, bottom: MARGIN.bottom }} />
        )}
      </div>
      <p id={help} className="muted hint">
        Click a bar to see its incidents, or drag across the chart to pick a span. With the keyboard: arrows pick a bar, Enter shows it, + and − zoom, Page Up
        and Page Down move earlier and later.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {pickedBar ? `${pickedBar.title}. Press Enter to show it.` : ''}
      </p>
    </div>
  );
}
