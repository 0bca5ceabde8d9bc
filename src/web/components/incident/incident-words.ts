import type { DateRange } from '../../api/types';

// The words the incident, document and review pages share for the record's codes and dates.

const day = (iso: string, opts: Intl.DateTimeFormatOptions) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', ...opts });

/** A date range as precisely as the sources pin it: "12 July 2020", "12–15 July 2020", "July 2020", "2021–2023". */
export function dateLabel(d: DateRange | undefined | null): string {
  if (!d) return 'date unknown';
  switch (d.precision) {
    case 'day':
      return day(d.start, { day: 'numeric', month: 'long', year: 'numeric' });
    case 'days':
      if (d.start.slice(0, 7) === d.end.slice(0, 7)) return `${Number(d.start.slice(8))}–${day(d.end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
      return `${day(d.start, { day: 'numeric', month: 'short', year: 'numeric' })} – ${day(d.end, { day: 'numeric', month: 'short', year: 'numeric' })}`;
    case 'month':
      return day(d.start, { month: 'long', year: 'numeric' });
    case 'months':
      return `${day(d.start, { month: 'short', year: 'numeric' })} – ${day(d.end, { month: 'short', year: 'numeric' })}`;
    case 'year':
      return d.start.slice(0, 4);
    case 'years':
      return `${d.start.slice(0, 4)}–${d.end.slice(0, 4)}`;
    default:
      return d.start === d.end ? d.start : `${d.start} – ${d.end}`;
  }
}

/** What the precision means for a reader. */
export const PRECISION_WORDS: Record<string, string> = {
  day: 'known to the day',
  days: 'over several days, or on one day not pinned down',
  month: 'known to the month only',
  months: 'known only to within several months',
  year: 'known to the year only',
  years: 'known only to within several years',
};

/** A date range in the record's own notation, as PATCH /incidents/{id} reads it back. */
export function dateNotation(d: DateRange): string {
  switch (d.precision) {
    case 'day':
      return d.start;
    case 'month':
      return d.start.slice(0, 7);
    case 'months':
      return `${d.start.slice(0, 7)}..${d.end.slice(0, 7)}`;
    case 'year':
      return d.start.slice(0, 4);
    case 'years':
      return `${d.start.slice(0, 4)}..${d.end.slice(0, 4)}`;
    default:
      return d.start === d.end ? d.start : `${d.start}..${d.end}`;
  }
}

/** Claims are grouped by who speaks: the two parties, then everyone else. */
export type SpeakerSide = 'AM' | 'AZ' | 'third';
export const speakerSide = (country: string): SpeakerSide => (country === 'AM' || country === 'AZ' ? country : 'third');
export const SPEAKER_SIDES: { side: SpeakerSide; label: string }[] = [
  { side: 'AM', label: 'Armenian sources' },
  { side: 'AZ', label: 'Azerbaijani sources' },
  { side: 'third', label: 'Third parties and others' },
];

/** The in-page anchor of a claim's card, so figures and highlights can point at it. */
export const claimAnchor = (id: string) => `claim-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** How a claimant stands to what they say. */
export const STANCE_WORDS: Record<string, string> = {
  reports: 'reports',
  asserts: 'asserts',
  accuses: 'accuses',
  denies: 'denies',
  demands: 'demands',
};

/** How a figure is hedged in the words of the source. */
export const HEDGE_WORDS: Record<string, string> = {
  exact: '',
  at_least: 'at least',
  more_than: 'more than',
  up_to: 'up to',
  fewer_than: 'fewer than',
  about: 'about',
  between: 'between',
};

/** A figure as its claim states it: "at least 4", "up to 20", "3–5". */
export function statedFigure(f: { hedge: string; count: number | null; low: number | null; high: number | null }): string {
  if (f.hedge === 'between') return `${f.low ?? f.count}–${f.high ?? '?'}`;
  const words = HEDGE_WORDS[f.hedge] ?? f.hedge;
  return `${words ? `${words} ` : ''}${f.count ?? '?'}`;
}

/** A casualty group in words. */
export const GROUP_WORDS: Record<string, string> = { military: 'military', civilian: 'civilians', unknown: 'not said whether military or civilian' };
