import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QueryValues } from '../api/api-client';

/** The incident filters the API takes (GET /incidents, /stats, /map), as the pages hold them. */
export type IncidentFilters = {
  /** A day, month or year: 2020, 2020-09 or 2020-09-27. */
  from?: string;
  to?: string;
  type?: string[];
  place?: string[];
  actor?: string[];
  /** AM, AZ or a third party's code. */
  side?: string[];
  status?: string[];
  /** Words in titles, summaries and claims. */
  q?: string;
};

const LISTS = ['type', 'place', 'actor', 'side', 'status'] as const;
const TEXTS = ['from', 'to', 'q'] as const;

/** Reads the filters from a URL's query (repeated parameters for lists). */
export function filtersFromParams(params: URLSearchParams): IncidentFilters {
  const f: IncidentFilters = {};
  for (const k of TEXTS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  for (const k of LISTS) {
    const v = params.getAll(k).filter(Boolean);
    if (v.length) f[k] = v;
  }
  return f;
}

/** The filters as API query values; `only` keeps the ones an endpoint takes (GET /stats has no q or status). */
export function filtersToQuery(f: IncidentFilters, only?: readonly (keyof IncidentFilters)[]): QueryValues {
  const q: QueryValues = {};
  for (const [k, v] of Object.entries(f) as [keyof IncidentFilters, string | string[] | undefined][]) {
    if (v === undefined || (Array.isArray(v) && !v.length) || (only && !only.includes(k))) continue;
    q[k] = v;
  }
  return q;
}

/** Whether any filter is set. */
export const hasFilters = (f: IncidentFilters) => Object.keys(filtersToQuery(f)).length > 0;

/**
 * The filters of this page, kept in the URL so any view can be shared or bookmarked;
 * other query parameters of the page (a zoom level, a selection) are left as they are.
 */
export function useIncidentFilters(): [IncidentFilters, (next: IncidentFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (next: IncidentFilters) => {
      setParams(
        (current) => {
          const p = new URLSearchParams(current);
          for (const k of [...TEXTS, ...LISTS]) p.delete(k);
          for (const [k, v] of Object.entries(filtersToQuery(next))) for (const one of Array.isArray(v) ? v : [v]) p.append(k, String(one));
          return p;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return [filters, setFilters];
}
