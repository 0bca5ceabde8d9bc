import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import { useIncident } from '../hooks/use-incident';
import { AccountsBySide } from '../components/incident/accounts-by-side';
import { CasualtyTable } from '../components/incident/casualty-table';
import { CorroborationBox } from '../components/incident/corroboration-box';
import { CitedDocuments } from '../components/incident/cited-documents';
import { Disagreement, IncidentFacts } from '../components/incident/incident-facts';
import { IncidentHistory } from '../components/incident/incident-history';
import { IncidentNotes } from '../components/incident/incident-notes';
import { IncidentReviewPanel } from '../components/incident/incident-review-panel';
import { ResponsibilityAccounts } from '../components/incident/responsibility-accounts';
import { ErrorMessage, Loading } from '../components/layout/status';
import { ReviewStatusLabel } from '../components/side-badge';
import '../components/incident/incident.css';

/** One incident: what happened, every side's account with its source, the figures and who says them, and the reviewer's tools. */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const reviewer = can('reviewer');
  const editing = params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    }, { replace: true });

  useEffect(() => {
    if (incident.data) document.title = `${incident.data.title} — Truce`;
  }, [incident.data]);
  // A link to one claim (#claim-...) can only scroll once the claims are on the page.
  useEffect(() => {
    if (incident.data && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [incident.data]);

  if (incident.isLoading) return <Loading what="the incident" />;
  if (incident.error) return <ErrorMessage error={incident.error} doing="load the incident" />;
  const i = incident.data!;
  const casualtiesDisputed = (i.disagreement?.fields.casualties ?? 0) > 0 || i.claims.some((c) => c.casualties?.length && c.status === 'disputed');
  return (
    <article className="incident-page">
      <p className="crumbs">
        <Link to="/timeline">Timeline</Link> › incident <code>{i.id}</code>
      </p>
      <h1>
        {i.title} <ReviewStatusLabel status={i.status} />
      </h1>
      <Disagreement incident={i} />
      <div className="incident-top">
        <IncidentFacts incident={i} />
        {reviewer ? (
          <IncidentReviewPanel incident={i} editing={editing} setEditing={setEditing} tool={params.get('tool')} />
        ) : (
          <p className="muted review-hint">Reviewers can accept, dispute or reject this incident and its claims after signing in.</p>
        )}
      </div>

      <section aria-labelledby="accounts">
        <h2 id="accounts">Accounts ({i.claims.length})</h2>
        <p className="muted">Each claim as its source made it, grouped by the side of whoever made it.</p>
        <AccountsBySide claims={i.claims} canReview={reviewer} />
      </section>

      <section aria-labelledby="casualties">
        <h2 id="casualties">Casualties</h2>
        <CasualtyTable ranges={i.casualties} claims={i.claims} disputed={casualtiesDisputed} />
      </section>

      <div className="incident-pair">
        <ResponsibilityAccounts responsibility={i.responsibility} />
        <CorroborationBox corroboration={i.corroboration} />
      </div>

      <CitedDocuments documents={i.documents} />
      <div className="incident-pair">
        <IncidentNotes incidentId={i.id} />
        <IncidentHistory incidentId={i.id} claims={i.claims} />
      </div>
    </article>
  );
}
