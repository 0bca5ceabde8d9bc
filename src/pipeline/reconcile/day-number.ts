const cache = new Map<string, number>();

/** Days since 1970-01-01 for an ISO day: dates compare and subtract as integers. */
export function dayNumber(iso: string): number {
  let n = cache.get(iso);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
    // Bounded: a run sees a few thousand distinct days.
    if (cache.size < 100_000) cache.set(iso, n);
  }
  return n;
}

/** The ISO day of a day number, the inverse of dayNumber. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
