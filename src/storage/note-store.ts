import type { Incident } from '../domain/index.js';

/** Fields a person may edit on an incident (a reconciled one keeps them as overrides). */
export type IncidentEdit = Partial<Pick<Incident, 'title' | 'summary' | 'type' | 'date'>>;

/** A person's note on an incident, or an analyst's proposed edit waiting for a reviewer. */
export type IncidentNote = {
  id: string;
  incident_id: string;
  /** The user's name. */
  author: string;
  kind: 'note' | 'proposal';
  text: string;
  /** A proposal's edit. */
  fields?: IncidentEdit;
  created_at: string;
};

export interface NoteStore {
  addNote(note: Omit<IncidentNote, 'id' | 'created_at'>): Promise<IncidentNote>;
  /** An incident's notes, oldest first. */
  listNotes(incidentId: string): Promise<IncidentNote[]>;
  getNote(id: string): Promise<IncidentNote | undefined>;
}
