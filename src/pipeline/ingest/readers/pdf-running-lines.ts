import type { PdfLine } from './pdf-lines.js';

/** Lines counted as top or bottom of a page when looking for running headers and footers. */
const EDGE = 2;
const PAGE_NUMBER = /^(?:(?:page|p\.|стр\.?|страница|səhifə|էջ)\s*)?\d{1,4}(?:\s*(?:of|\/|из)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/**
 * Pages without their running headers and footers: a line that, with digits ignored, sits
 * among the top or bottom two lines of at least half the pages (and two at least), and
 * bare page numbers ("3", "Page 3 of 10", "- 3 -") at a page's top or bottom.
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const key = (line: PdfLine) => line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edge = (lines: PdfLine[], i: number) => i < EDGE || i >= lines.length - EDGE;
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => edge(lines, i)).map(key));
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) =>
    lines.filter((line, i) => !(edge(lines, i) && ((pagesWith.get(key(line)) ?? 0) >= needed || PAGE_NUMBER.test(line.text)))),
  );
}
