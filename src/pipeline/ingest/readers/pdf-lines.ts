/** One run of text on a PDF page, in PDF points with y growing upwards (pdfjs's transform[4], [5]). */
export type PdfTextItem = { str: string; x: number; y: number; width: number; /** font size */ size: number };
/** A page's text items and its size. */
export type PdfPage = { width: number; height: number; items: PdfTextItem[] };
/** One line of text as printed, with where it sits. */
export type PdfLine = { text: string; x: number; y: number; size: number };

/** Two columns need a gutter at least this wide (points) with no text crossing it. */
const MIN_GUTTER = 12;

/**
 * A page's lines in reading order: items with (nearly) the same baseline make one line,
 * lines run top to bottom. A page set in two columns is read left column first, then
 * right, with full-width lines above the columns (title) before and the rest after.
 */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((i) => i.str.trim() !== '');
  const columns = splitColumns(items, page.width);
  if (!columns) return groupLines(items);
  const top = Math.max(...[...columns.left, ...columns.right].map((i) => i.y));
  const above = columns.spanning.filter((i) => i.y > top);
  const below = columns.spanning.filter((i) => i.y <= top);
  return [...groupLines(above), ...groupLines(columns.left), ...groupLines(columns.right), ...groupLines(below)];
}

function groupLines(items: PdfTextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = row ? Math.max(2, 0.5 * Math.min(row[0].size, item.size)) : 0;
    if (row && Math.abs(row[0].y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = row[0].str;
    for (let i = 1; i < row.length; i++) {
      const prev = row[i - 1];
      const gap = row[i].x - (prev.x + prev.width);
      const spaced = /\s$/.test(text) || /^\s/.test(row[i].str);
      text += (gap > 0.15 * Math.min(prev.size, row[i].size) && !spaced ? ' ' : '') + row[i].str;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), x: row[0].x, y: row[0].y, size: Math.max(...row.map((i) => i.size)) };
  });
}

/**
 * Finds a vertical gutter in the middle half of the page that (almost) no text crosses and
 * that has a good share of the text on each side. Cheap: one coverage count per point of width.
 */
function splitColumns(items: PdfTextItem[], width: number): { left: PdfTextItem[]; right: PdfTextItem[]; spanning: PdfTextItem[] } | undefined {
  if (items.length < 10 || !(width > 0)) return undefined;
  const cover = new Array<number>(Math.ceil(width) + 1).fill(0);
  for (const i of items) {
    for (let x = Math.max(0, Math.floor(i.x)); x <= Math.min(cover.length - 1, Math.ceil(i.x + i.width)); x++) cover[x]++;
  }
  const allowance = Math.floor(items.length * 0.1); // full-width titles, headers and footers cross the gutter
  let best: [number, number] | undefined;
  let start = -1;
  for (let x = Math.floor(width * 0.25); x <= Math.ceil(width * 0.75) + 1; x++) {
    const free = x <= width * 0.75 && cover[x] <= allowance;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (!best || x - start > best[1] - best[0]) best = [start, x];
      start = -1;
    }
  }
  if (!best || best[1] - best[0] < MIN_GUTTER) return undefined;
  const [from, to] = best;
  const left = items.filter((i) => i.x + i.width <= from + 1);
  const right = items.filter((i) => i.x >= to - 1);
  const spanning = items.filter((i) => !left.includes(i) && !right.includes(i));
  const body = left.length + right.length;
  if (left.length < 5 || right.length < 5 || left.length < body * 0.2 || right.length < body * 0.2) return undefined;
  // Ragged single-column text also leaves gaps; real columns start at a shared left margin.
  const margin = Math.min(...right.map((i) => i.x));
  if (right.filter((i) => i.x - margin < 2).length < Math.min(5, right.length * 0.3)) return undefined;
  return { left, right, spanning };
}
