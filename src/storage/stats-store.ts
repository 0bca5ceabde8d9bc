import type { IncidentQuery } from './store.js';

/** How long a statistics bucket is. Weeks run Monday to Sunday and are named by their Monday. */
export type StatsInterval = 'day' | 'week' | 'month' | 'year';
/** What each period's figures are split by: the sides involved, the ACLED event type, or nothing. */
export type StatsGrouping = 'side' | 'type' | 'none';

/** Which incidents to count and how to bucket them; the filters mean what they mean for listing. */
export type StatsQuery = Pick<IncidentQuery, 'from' | 'to' | 'types' | 'placeIds' | 'actorIds' | 'sides' | 'status' | 'text'> & {
  interval: StatsInterval;
  by: StatsGrouping;
};

/** Sums of incidents' derived casualty ranges. */
export type RangeSum = { low: number; best: number; high: number };

/** One period (and group): '2020' for a year, '2020-09' for a month, '2020-09-21' for the week starting that Monday, '2020-09-27' for a day. */
export type StatsBucket = { period: string; group?: string; incidents: number; killed: RangeSum; wounded: RangeSum };

/** What the statistics resource needs of a store. */
export interface StatsStore {
  /**
   * Incidents and their killed and wounded ranges per period, in period (then group) order.
   * An incident counts once, in the period its date range starts in.
   */
  incidentStats(query: StatsQuery): Promise<StatsBucket[]>;
  /**
   * A value that changes whenever anything stored may have changed, by this process or
   * another: caches of read answers compare it instead of expiring.
   */
  dataVersion(): Promise<string>;
}
