import * as Plot from '@observablehq/plot';

/** The frame margins every chart uses, so pointer positions can be read back as dates. */
export const MARGIN = { top: 18, right: 16, bottom: 30, left: 48 };

/**
 * Plot.plot, minus the <style> element Plot adds to each SVG: the server's CSP forbids inline
 * styles, so charts.css carries the same rules. `document` is the page's in the browser and
 * jsdom's in snapshot tests.
 */
export function renderPlot(options: Plot.PlotOptions): SVGSVGElement {
  const svg = Plot.plot({ className: 'truce-plot', ...MARGIN_OPTIONS, ...options }) as unknown as SVGSVGElement;
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  return svg;
}

const MARGIN_OPTIONS = { marginTop: MARGIN.top, marginRight: MARGIN.right, marginBottom: MARGIN.bottom, marginLeft: MARGIN.left };

/** Space a bar gets between neighbours: none once bars are thinner than a few pixels. */
export function barInset(width: number, domain: [Date, Date], periodMs: number): number {
  const span = domain[1].getTime() - domain[0].getTime();
  const px = ((width - MARGIN.left - MARGIN.right) * periodMs) / Math.max(span, 1);
  return px > 6 ? 1 : px > 3 ? 0.5 : 0;
}

/** How many ticks the time axis asks for: about one per 80 pixels, never finer than a bar. */
export function tickCount(width: number, domain: [Date, Date], periodMs: number): number {
  const periods = Math.max(1, Math.round((domain[1].getTime() - domain[0].getTime()) / Math.max(periodMs, 1)));
  return Math.max(2, Math.min(periods, Math.floor((width - MARGIN.left - MARGIN.right) / 80)));
}
