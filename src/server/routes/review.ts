import { z } from 'zod';
import { ReviewStatus } from '../../domain/index.js';
import { EventTypeNotation } from '../../domain/event-types.js';
import { DateNotation } from '../../domain/date-range.js';
import { createIncident, NewIncident } from '../../review/new-incident.js';
import { editIncident, mergeIncidents, reviewClaim, reviewIncident, splitIncident } from '../../review/review-actions.js';
import { route, type ApiRoute } from '../api-route.js';
import { notFound } from '../errors.js';

const VERB = { accepted: 'accept', disputed: 'dispute', rejected: 'reject', unreviewed: 'reopen' } as const;
const Decision = z.strictObject({ status: ReviewStatus.describe('accepted, disputed, rejected, or unreviewed to reopen') });
const Edit = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  summary: z.string().max(5000).optional(),
  type: EventTypeNotation.optional().describe('an ACLED sub-event type, e.g. "Armed clash"'),
  date: DateNotation.optional().describe("the record's date notation: 2020-07-12, 2020-07-12..2020-07-15, 2020-07"),
});
const Note = z.strictObject({ text: z.string().trim().min(1).max(10_000) });
const Proposal = Edit.extend({ reason: z.string().trim().min(1).max(5000).describe('why the edit is right, for the reviewer') });

/** A person's decisions: review claims and incidents, merge, split, edit; notes and proposed edits; incidents by hand. */
export function reviewRoutes(): ApiRoute[] {
  return [
    route({
      method: 'post', path: '/incidents', summary: 'Create an incident by hand, with at least one claim citing a stored document; it waits for review', tag: 'review',
      access: 'analyst', write: true, status: 201, body: NewIncident, errors: [409],
      async handler({ store, body, audit }) {
        const change = await createIncident(store, body);
        await audit({ action: 'incident.create', ...change });
        return change.after;
      },
    }),
    route({
      method: 'post', path: '/claims/{id}/review', summary: 'Accept, dispute, reject or reopen a claim (ids contain "/": send it as %2F); a rejected claim leaves the figures', tag: 'review',
      access: 'reviewer', write: true, body: Decision,
      async handler({ store, params, body, audit }) {
        const { incident_id, ...change } = await reviewClaim(store, params.id, body.status);
        await audit({ action: `claim.${VERB[body.status]}`, ...change });
        return { claim: change.after, incident_id };
      },
    }),
    route({
      method: 'post', path: '/incidents/{id}/review', summary: "Set an incident's review status", tag: 'review',
      access: 'reviewer', write: true, body: Decision,
      async handler({ store, params, body, audit }) {
        const change = await reviewIncident(store, params.id, body.status);
        await audit({ action: 'incident.review', ...change });
        return (await store.getIncident(params.id)) ?? change.after;
      },
    }),
    route({
      method: 'post', path: '/incidents/{id}/merge', summary: "Merge other incidents into this one: their documents' reports are placed in it for good", tag: 'review',
      access: 'reviewer', write: true, errors: [409], body: z.strictObject({ others: z.array(z.string().min(1)).min(1).max(100) }),
      async handler({ store, params, body, audit }) {
        const change = await mergeIncidents(store, params.id, body.others);
        await audit({ action: 'incident.merge', ...change, after: { ...change.after, merged: body.others } });
        return store.getIncident(params.id);
      },
    }),
    route({
      method: 'post', path: '/incidents/{id}/split', summary: 'Split document reports off into an incident of their own', tag: 'review',
      access: 'reviewer', write: true, status: 201, errors: [409], body: z.strictObject({ reports: z.array(z.string().min(1)).min(1).max(1000) }),
      async handler({ store, params, body, audit }) {
        const { new_id, ...change } = await splitIncident(store, params.id, body.reports);
        await audit({ action: 'incident.split', ...change, after: { ...change.after, split_into: new_id } });
        return { id: params.id, new_id, incident: await store.getIncident(new_id) };
      },
    }),
    route({
      method: 'patch', path: '/incidents/{id}', summary: "Edit an incident's title, summary, type or date; kept when reconciliation runs again", tag: 'review',
      access: 'reviewer', write: true, body: Edit,
      async handler({ store, params, body, audit }) {
        const change = await editIncident(store, params.id, body);
        await audit({ action: 'incident.edit', ...change });
        return store.getIncident(params.id);
      },
    }),
    route({
      method: 'get', path: '/incidents/{id}/notes', summary: "An incident's notes and proposed edits, oldest first", tag: 'review', access: 'read',
      async handler({ store, params }) {
        if (!(await store.getIncident(params.id))) throw notFound('incident', params.id);
        return { items: await store.listNotes(params.id) };
      },
    }),
    route({
      method: 'post', path: '/incidents/{id}/notes', summary: 'Add a note to an incident', tag: 'review',
      access: 'analyst', write: true, status: 201, body: Note,
      async handler({ store, params, body, audit, caller }) {
        if (!(await store.getIncident(params.id))) throw notFound('incident', params.id);
        const note = await store.addNote({ incident_id: params.id, author: caller!.user.name, kind: 'note', text: body.text });
        await audit({ action: 'note.add', target_kind: 'incident', target_id: params.id, before: null, after: note });
        return note;
      },
    }),
    route({
      method: 'post', path: '/incidents/{id}/proposals', summary: 'Propose an edit for a reviewer to apply', tag: 'review',
      access: 'analyst', write: true, status: 201, body: Proposal,
      async handler({ store, params, body, audit, caller }) {
        if (!(await store.getIncident(params.id))) throw notFound('incident', params.id);
        const { reason, ...fields } = body;
        const note = await store.addNote({ incident_id: params.id, author: caller!.user.name, kind: 'proposal', text: reason, fields });
        await audit({ action: 'incident.propose', target_kind: 'incident', target_id: params.id, before: null, after: note });
        return note;
      },
    }),
    route({
      method: 'post', path: '/proposals/{id}/apply', summary: "Apply an analyst's proposed edit", tag: 'review',
      access: 'reviewer', write: true,
      async handler({ store, params, audit }) {
        const note = await store.getNote(params.id);
        if (!note || note.kind !== 'proposal') throw notFound('proposal', params.id);
        const change = await editIncident(store, note.incident_id, note.fields ?? {});
        await audit({ action: 'incident.edit', ...change, after: { ...change.after, proposal: note.id, proposed_by: note.author } });
        return store.getIncident(note.incident_id);
      },
    }),
  ];
}
