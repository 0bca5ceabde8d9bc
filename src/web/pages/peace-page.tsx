import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { AgreementList } from '../components/peace/agreement-list';
import { MeetingTimeline } from '../components/peace/meeting-timeline';
import { PeriodFilter } from '../components/peace/period-filter';
import { PreconditionGroups } from '../components/peace/precondition-groups';
import { Empty, ErrorMessage, Loading } from '../components/layout/status';
import { useAgreements, useMeetings, usePreconditions, type Period } from '../hooks/use-peace';
import '../components/peace/peace.css';

/** The peace process: agreements and their provisions, who demands what of whom, and the meetings, each with its sources. */
export default function PeacePage() {
  const [params, setParams] = useSearchParams();
  const period: Period = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const agreements = useAgreements(period);
  const preconditions = usePreconditions(period);
  const meetings = useMeetings(period);
  const setPeriod = (next: Period) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      for (const k of ['from', 'to'] as const) next[k] ? p.set(k, next[k]!) : p.delete(k);
      return p;
    });
  // A shared link to a section (#meetings) can only be followed once the sections have loaded.
  const { hash } = useLocation();
  const followed = useRef(false);
  const loaded = !agreements.isPending && !preconditions.isPending && !meetings.isPending;
  useEffect(() => {
    if (!loaded || !hash || followed.current) return;
    followed.current = true;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);
  const count = (list?: unknown[]) => (list ? ` (${list.length})` : '');

  return (
    <>
      <h1>Peace process</h1>
      <PeriodFilter period={period} onChange={setPeriod} />
      <nav aria-label="Sections of this page">
        <ul className="peace-toc">
          <li><a href="#agreements">Agreements{count(agreements.data)}</a></li>
          <li><a href="#preconditions">Preconditions and demands{count(preconditions.data)}</a></li>
          <li><a href="#meetings">Meetings{count(meetings.data)}</a></li>
        </ul>
      </nav>

      <section id="agreements" className="peace-section" aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">Agreements</h2>
        {agreements.isPending ? <Loading what="agreements" /> : agreements.isError ? <ErrorMessage error={agreements.error} doing="read the agreements" />
          : agreements.data.length ? <AgreementList agreements={agreements.data} /> : <Empty>No agreement in this period.</Empty>}
      </section>

      <section id="preconditions" className="peace-section" aria-labelledby="preconditions-heading">
        <h2 id="preconditions-heading">Preconditions and demands</h2>
        <p className="muted">Grouped by who demands something, of whom.</p>
        {preconditions.isPending ? <Loading what="preconditions" /> : preconditions.isError ? <ErrorMessage error={preconditions.error} doing="read the preconditions" />
          : preconditions.data.length ? <PreconditionGroups preconditions={preconditions.data} agreements={agreements.data ?? []} /> : <Empty>No precondition in this period.</Empty>}
      </section>

      <section id="meetings" className="peace-section" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings</h2>
        {meetings.isPending ? <Loading what="meetings" /> : meetings.isError ? <ErrorMessage error={meetings.error} doing="read the meetings" />
          : meetings.data.length ? <MeetingTimeline meetings={meetings.data} agreements={agreements.data ?? []} /> : <Empty>No meeting in this period.</Empty>}
      </section>
    </>
  );
}
