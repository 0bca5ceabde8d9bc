/** Whether to print JSON: asked for with --json, or stdout is not a terminal (a pipe or a file). */
export function wantsJson(opts: { json?: boolean }): boolean {
  return Boolean(opts.json) || !process.stdout.isTTY;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Lays rows out in columns for a terminal, cutting the last column to the screen's width. */
export function formatTable(headers: string[], rows: string[][], width = process.stdout.columns || 120): string {
  const widths = headers.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => {
    const text = cells.map((c, i) => (i === cells.length - 1 ? c : (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))).join('  ');
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "4" for a settled figure, "4–6" for a range: how a casualty range reads in a table. */
export function formatRange(low: number, high: number): string {
  return low === high ? String(low) : `${low}–${high}`;
}
