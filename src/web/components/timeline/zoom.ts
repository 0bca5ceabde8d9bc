import { addInterval, boundsOf, ceilTo, daysBetween, endOf, floorTo, startOf } from '../charts/periods';

/** The days looked at: [start, end), end being the day after the last. */
export type View = [Date, Date];
/** A view as the filters hold it; none for the whole record. */
export type Bounds = { from: string; to: string } | undefined;

const DAY = 86_400_000;

/** The view the filters select, the record's extent filling in an open end. */
export function viewOf(from: string | undefined, to: string | undefined, extent: View | undefined): View | undefined {
  const start = from ? startOf(from) : extent?.[0];
  const end = to ? endOf(to) : extent?.[1];
  return start && end && start < end ? [start, end] : undefined;
}

/**
 * A span widened to whole years (over a few years) or months (over a few months), so the URL
 * says 2020 or 2020-09 rather than a run of days.
 */
export function snap(start: Date, end: Date): View {
  const days = daysBetween(start, end);
  const whole = days > 3 * 366 ? 'year' : days > 62 ? 'month' : 'day';
  return [floorTo(start, whole), ceilTo(end, whole)];
}

/** A view as filter bounds; none once it covers the whole record. */
export function boundsFor(view: View, extent: View | undefined): Bounds {
  if (extent && view[0] <= extent[0] && view[1] >= extent[1]) return undefined;
  return boundsOf(view[0], view[1]);
}

/** A third of the view, around a day (the middle unless one is picked); a day is as close as it goes. */
export function zoomIn(view: View, around?: Date): View {
  const days = daysBetween(view[0], view[1]);
  if (days <= 1) return view;
  const keep = Math.max(1, Math.round(days / 3));
  const centre = around ?? new Date((view[0].getTime() + view[1].getTime()) / 2);
  let start = floorTo(new Date(centre.getTime() - (keep / 2) * DAY), 'day');
  if (start < view[0]) start = view[0];
  let end = new Date(start.getTime() + keep * DAY);
  if (end > view[1]) (end = view[1]), (start = new Date(end.getTime() - keep * DAY));
  return snap(start, end);
}

/** Three times the view around its middle, kept within the record. */
export function zoomOut(view: View, extent: View | undefined): View {
  const days = daysBetween(view[0], view[1]);
  let start = new Date(view[0].getTime() - days * DAY);
  let end = new Date(view[1].getTime() + days * DAY);
  if (extent && start < extent[0]) start = extent[0];
  if (extent && end > extent[1]) end = extent[1];
  return snap(start, end);
}

/** The view moved one whole view earlier (-1) or later (1), by years or months when it is made of them. */
export function pan(view: View, direction: -1 | 1): View {
  const { from, to } = boundsOf(view[0], view[1]);
  if (from.length === 4 || from.length === 7) {
    const unit = from.length === 4 ? 'year' : 'month';
    const n = unit === 'year' ? Number(to) - Number(from) + 1 : (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;
    return [addInterval(view[0], unit, direction * n), addInterval(view[1], unit, direction * n)];
  }
  const days = daysBetween(view[0], view[1]);
  return [addInterval(view[0], 'day', direction * days), addInterval(view[1], 'day', direction * days)];
}
