import type { DateRange } from '../../api/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (iso: string) => ({ y: iso.slice(0, 4), m: Number(iso.slice(5, 7)) - 1, d: Number(iso.slice(8, 10)) });

/**
 * A date range as precisely as the sources pin it, no more: "March 2019" for a month,
 * "9–10 Oct 2020" for a few days, "2021–2023" for years.
 */
export function formatDateRange(r: DateRange): string {
  const a = parts(r.start);
  const b = parts(r.end);
  const p = r.precision;
  if (p.startsWith('year')) return a.y === b.y ? a.y : `${a.y}–${b.y}`;
  if (p.startsWith('month')) {
    if (a.y === b.y && a.m === b.m) return `${FULL_MONTHS[a.m]} ${a.y}`;
    return a.y === b.y ? `${MONTHS[a.m]}–${MONTHS[b.m]} ${a.y}` : `${MONTHS[a.m]} ${a.y} – ${MONTHS[b.m]} ${b.y}`;
  }
  if (r.start === r.end) return `${a.d} ${MONTHS[a.m]} ${a.y}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m]} – ${b.d} ${MONTHS[b.m]} ${a.y}`;
  return `${a.d} ${MONTHS[a.m]} ${a.y} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
}
