import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import './charts.css';

type Props = Omit<HTMLAttributes<HTMLDivElement>, 'children'> & {
  /** Draws the chart at a width, in pixels (a spec function: buckets in, SVG out). */
  render(width: number): SVGSVGElement | null;
  /** Called with each SVG drawn, e.g. to read its scales back for pointer positions. */
  onDrawn?(svg: SVGSVGElement | null): void;
  /**
   * Whether what `render` draws is the answer asked for (not a previous one kept on screen):
   * the div gets data-ready="true" once that is drawn, for tests and benchmarks to wait on.
   */
  ready?: boolean;
};

/**
 * A Plot chart in a div, redrawn when its data or its width changes. The SVG is appended as a
 * node, never as markup, so nothing goes through the HTML parser (and the CSP's style rules).
 */
export function PlotFigure({ render, onDrawn, ready, className, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || width <= 0) return;
    const svg = render(width);
    el.replaceChildren(...(svg ? [svg] : []));
    if (ready && svg) el.setAttribute('data-ready', 'true');
    else el.removeAttribute('data-ready');
    onDrawn?.(svg);
  }, [render, width, onDrawn, ready]);

  return <div ref={box} className={`plot-figure${className ? ` ${className}` : ''}`} {...rest} />;
}
